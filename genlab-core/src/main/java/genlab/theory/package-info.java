/**
 * The theory as plain Java with no engine: Gaussian KL divergences, information measures, the
 * optimal discriminator and Jensen-Shannon divergence, the logistic dual of the Dualing GAN,
 * quadrature, and the checks that print {@code genlab theory}'s table.
 *
 * <pre>{@code
 * double kl = GaussianKl.univariate(0.5, 2.0, 0.0, 1.0);   // KL(N(0.5, 2) || N(0, 1)) in nats
 * double d = OptimalDiscriminator.at(0.3, 0.1);           // p_data / (p_data + p_g) = 0.75
 * }</pre>
 */
package genlab.theory;
