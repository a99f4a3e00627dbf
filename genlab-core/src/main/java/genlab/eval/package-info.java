/**
 * Evaluation: the classifier behind Inception Score and Frechet distance, mode coverage of 2-D
 * mixtures, and the stability tables that compare GANs over seeds.
 *
 * <pre>{@code
 * ModeCoverage c = ModeCoverage.of(points, 2500, GaussianMixture2d.byId("ring8").orElseThrow());
 * System.out.println(c.summary());   // modes covered: 8/8 · high-quality: 91.8%
 * }</pre>
 */
package genlab.eval;
