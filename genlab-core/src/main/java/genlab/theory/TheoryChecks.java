package genlab.theory;

import genlab.math.SymmetricMatrices;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Every identity of the theory checked numerically (the rows of {@code genlab theory}): each
 * closed form against Monte-Carlo, numerical integration or a numerical optimizer.
 */
public final class TheoryChecks {

    private static final int RANDOM_CASES = 1000;
    private static final double EXACT = 1e-12;

    private final long seed;
    private final int samples;

    /**
     * @param seed seed of every random draw
     * @param samples Monte-Carlo sample count for the Gaussian KL rows
     */
    public TheoryChecks(long seed, int samples) {
        if (samples < 2) {
            throw new IllegalArgumentException("samples must be at least 2, got " + samples);
        }
        this.seed = seed;
        this.samples = samples;
    }

    public List<IdentityCheck> all() {
        List<IdentityCheck> rows = new ArrayList<>();
        rows.add(klNonNegative());
        rows.add(klSelfZero());
        rows.add(klAsymmetric());
        rows.add(gaussianKlEqualVariance());
        rows.add(gaussianKlToPrior());
        rows.add(elboBound());
        rows.add(elboAtOptimum());
        rows.add(optimalPosterior());
        rows.add(discriminatorHalf());
        rows.add(valueIsJsd());
        rows.add(primalConvex());
        rows.add(softplusConjugate());
        rows.add(quadraticConjugate());
        for (double c : new double[] {0.1, 1, 10}) {
            rows.add(strongDuality(c));
        }
        return rows;
    }

    private Random rng(int row) {
        return new Random(seed * 1_000_003L + row);
    }

    private static double[] randomDistribution(Random rng, int k) {
        double[] p = new double[k];
        double sum = 0;
        for (int i = 0; i < k; i++) {
            p[i] = -Math.log(1 - rng.nextDouble()); // Exp(1) draws normalized: uniform on the simplex
            sum += p[i];
        }
        for (int i = 0; i < k; i++) {
            p[i] /= sum;
        }
        return p;
    }

    IdentityCheck klNonNegative() {
        Random rng = rng(1);
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < RANDOM_CASES; i++) {
            min = Math.min(min, Information.kl(randomDistribution(rng, 5), randomDistribution(rng, 5)));
        }
        return new IdentityCheck("kl-nonnegative", "KL(p||q) >= 0", 0, min, min,
                "min over " + RANDOM_CASES + " random pairs, K = 5", min >= 0);
    }

    IdentityCheck klSelfZero() {
        Random rng = rng(2);
        double worst = 0;
        for (int i = 0; i < RANDOM_CASES; i++) {
            double[] q = randomDistribution(rng, 5);
            worst = Math.max(worst, Math.abs(Information.kl(q, q)));
        }
        return new IdentityCheck("kl-self", "KL(q||q) = 0", 0, worst, worst,
                "max over " + RANDOM_CASES + " random q, K = 5", worst <= EXACT);
    }

    IdentityCheck klAsymmetric() {
        double[] p = {0.9, 0.1};
        double[] q = {0.5, 0.5};
        double pq = Information.kl(p, q);
        double qp = Information.kl(q, p);
        return new IdentityCheck("kl-asymmetric", "KL(p||q) != KL(q||p), p=(.9,.1), q=(.5,.5)", pq, qp,
                Math.abs(pq - qp), "both closed forms; ok when they differ", Math.abs(pq - qp) > 0.01);
    }

    IdentityCheck gaussianKlEqualVariance() {
        double mq = 1.0;
        double mp = -0.5;
        double s2 = 0.7;
        double sd = Math.sqrt(s2);
        Random rng = rng(4);
        MeanAndError mc = monteCarlo(rng, () -> {
            double z = mq + sd * rng.nextGaussian();
            // log q(z) - log p(z), the shared normalizer cancels
            return (-(z - mq) * (z - mq) + (z - mp) * (z - mp)) / (2 * s2);
        });
        return mcRow("kl-gauss-equal-var", "KL(N(mq,s2)||N(mp,s2)) = (mq-mp)^2/(2 s2)",
                GaussianKl.equalVariance(mq, mp, s2), mc);
    }

    IdentityCheck gaussianKlToPrior() {
        double[] mu = {0.8, -1.2, 0.1};
        double[] logvar = {-1.0, 0.5, -0.2};
        Random rng = rng(5);
        MeanAndError mc = monteCarlo(rng, () -> {
            double logRatio = 0;
            for (int j = 0; j < mu.length; j++) {
                double eps = rng.nextGaussian();
                double z = mu[j] + Math.exp(logvar[j] / 2) * eps;
                // log N(z; mu, v) - log N(z; 0, 1) = -eps^2/2 - logvar/2 + z^2/2
                logRatio += -eps * eps / 2 - logvar[j] / 2 + z * z / 2;
            }
            return logRatio;
        });
        return mcRow("kl-diag-prior", "KL(N(mu,diag v)||N(0,I)) = -1/2 sum(1+log v-mu^2-v)",
                GaussianKl.diagonalToStandardNormal(mu, logvar), mc);
    }

    private static DiscreteLatentModel exampleModel() {
        return new DiscreteLatentModel(new double[] {0.5, 0.3, 0.15, 0.05}, new double[] {0.02, 0.3, 0.6, 0.9});
    }

    IdentityCheck elboBound() {
        DiscreteLatentModel model = exampleModel();
        Random rng = rng(6);
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < RANDOM_CASES; i++) {
            best = Math.max(best, model.elbo(randomDistribution(rng, 4)).elbo());
        }
        double logEvidence = model.logEvidence();
        return new IdentityCheck("elbo-bound", "ELBO(q) <= log p(x)", logEvidence, best, logEvidence - best,
                "max ELBO over " + RANDOM_CASES + " random q, K = 4", best <= logEvidence + EXACT);
    }

    IdentityCheck elboAtOptimum() {
        DiscreteLatentModel model = exampleModel();
        double logEvidence = model.logEvidence();
        double atOptimum = model.elbo(model.optimalPosterior()).elbo();
        return new IdentityCheck("elbo-optimal", "ELBO(p(z|x)) = log p(x)", logEvidence, atOptimum,
                Math.abs(logEvidence - atOptimum), "ELBO evaluated at optimalPosterior",
                Math.abs(logEvidence - atOptimum) <= EXACT);
    }

    IdentityCheck optimalPosterior() {
        DiscreteLatentModel model = exampleModel();
        double[] bayes = model.optimalPosterior();
        double[] ascended = maximizeElboByMirrorAscent(model, 4, 2000);
        double worst = 0;
        for (int z = 0; z < bayes.length; z++) {
            worst = Math.max(worst, Math.abs(bayes[z] - ascended[z]));
        }
        return new IdentityCheck("posterior-bayes", "argmax_q ELBO = p(x|z)p(z)/p(x), entry z=2", bayes[2],
                ascended[2], worst, "exponentiated-gradient ascent on the ELBO, 2000 steps; max over z",
                worst <= 1e-9);
    }

    /** Mirror (exponentiated-gradient) ascent on the simplex with step 0.1 from the uniform q. */
    static double[] maximizeElboByMirrorAscent(DiscreteLatentModel model, int k, int steps) {
        double[] q = new double[k];
        java.util.Arrays.fill(q, 1.0 / k);
        double step = 0.1;
        for (int t = 0; t < steps; t++) {
            double[] grad = model.elboGradient(q);
            double sum = 0;
            for (int z = 0; z < k; z++) {
                q[z] *= Math.exp(step * grad[z]);
                sum += q[z];
            }
            for (int z = 0; z < k; z++) {
                q[z] /= sum;
            }
        }
        return q;
    }

    private static double[] gaussianDensity(double[] x, double mean, double sd) {
        double[] p = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double u = (x[i] - mean) / sd;
            p[i] = Math.exp(-u * u / 2) / (sd * Math.sqrt(2 * Math.PI));
        }
        return p;
    }

    IdentityCheck discriminatorHalf() {
        double[] x = Quadrature.grid(-8, 8, 1601);
        double[] p = gaussianDensity(x, 0.3, 1.2);
        double worst = 0.5;
        for (double px : p) {
            double d = OptimalDiscriminator.at(px, px);
            if (Math.abs(d - 0.5) > Math.abs(worst - 0.5)) {
                worst = d;
            }
        }
        return new IdentityCheck("dstar-half", "D*(x) = 1/2 when p_G = p_data", 0.5, worst, Math.abs(worst - 0.5),
                "D* on 1601 grid points of N(0.3, 1.2^2); worst point", Math.abs(worst - 0.5) <= EXACT);
    }

    IdentityCheck valueIsJsd() {
        int n = 24001;
        double[] x = Quadrature.grid(-12, 12, n);
        double dx = x[1] - x[0];
        double[] data = gaussianDensity(x, 0, 1);
        double[] gen = gaussianDensity(x, 1.5, 0.8);
        double identity = OptimalDiscriminator.valueFromJsd(data, gen, dx);
        double direct = OptimalDiscriminator.valueOnGrid(data, gen, dx);
        double diff = Math.abs(identity - direct);
        return new IdentityCheck("value-jsd", "V(G,D*) = -log 4 + 2 JSD(p_data,p_G)", identity, direct, diff,
                "integral of p_data log D* + p_G log(1-D*), trapezoid, N(0,1) vs N(1.5,0.8^2)", diff <= 1e-9);
    }

    private static double[][] randomPoints(Random rng, int n, int d, double shift) {
        double[][] points = new double[n][d];
        for (double[] p : points) {
            for (int j = 0; j < d; j++) {
                p[j] = shift + rng.nextGaussian();
            }
        }
        return points;
    }

    IdentityCheck primalConvex() {
        Random rng = rng(11);
        double c = 0.5;
        LogisticDual problem = new LogisticDual(randomPoints(rng, 6, 3, 0.5), randomPoints(rng, 6, 3, -0.5), c);
        double minEigen = Double.POSITIVE_INFINITY;
        for (int i = 0; i < RANDOM_CASES; i++) {
            double[] w = new double[3];
            for (int j = 0; j < 3; j++) {
                w[j] = 5 * rng.nextGaussian();
            }
            for (double e : SymmetricMatrices.eigenvalues(problem.primalHessian(w))) {
                minEigen = Math.min(minEigen, e);
            }
        }
        return new IdentityCheck("primal-convex", "P(w) convex: eig(Hessian) >= C (C = 0.5)", c, minEigen,
                minEigen - c, "min Jacobi eigenvalue at " + RANDOM_CASES + " random w", minEigen >= c - EXACT);
    }

    IdentityCheck softplusConjugate() {
        double worst = 0;
        double shownClosed = 0;
        double shownNumerical = 0;
        for (double lambda : new double[] {-0.999, -0.7, -0.3, -0.001}) {
            double closed = LogisticDual.softplusConjugate(lambda);
            double numerical = Quadrature.goldenSectionMinimum(
                    xi -> lambda * xi + LogisticDual.softplus(xi), -40, 40, 1e-10);
            worst = Math.max(worst, Math.abs(closed - numerical));
            if (lambda == -0.3) {
                shownClosed = closed;
                shownNumerical = numerical;
            }
        }
        return new IdentityCheck("conj-softplus", "min_xi l xi + log(1+e^xi) = H(-l), l = -0.3", shownClosed,
                shownNumerical, worst, "golden section on [-40, 40]; max over l in {-.999,-.7,-.3,-.001}",
                worst <= 1e-9);
    }

    IdentityCheck quadraticConjugate() {
        double[] b = {1.3, -0.4, 2.2};
        double c = 0.7;
        double closed = LogisticDual.quadraticConjugate(b, c);
        double numerical = 0;
        for (double bj : b) {
            // the objective is separable: sum_j C/2 w_j^2 - w_j b_j
            numerical += Quadrature.goldenSectionMinimum(w -> c / 2 * w * w - w * bj, -100, 100, 1e-10);
        }
        double diff = Math.abs(closed - numerical);
        return new IdentityCheck("conj-quadratic", "min_w C/2||w||^2 - w.b = -||b||^2/(2C)", closed, numerical,
                diff, "golden section per coordinate, b = (1.3,-0.4,2.2), C = 0.7", diff <= 1e-9);
    }

    IdentityCheck strongDuality(double c) {
        Random rng = rng(20 + (int) Math.round(10 * c));
        LogisticDual problem = new LogisticDual(randomPoints(rng, 8, 3, 0.7), randomPoints(rng, 8, 3, -0.7), c);
        LogisticDual.DualSolution dual = problem.solveDual(1e-13, 100_000);
        double primal = problem.primal(problem.minimizePrimal(1e-12, 100));
        double relative = Math.abs(primal - dual.value()) / Math.max(1, Math.abs(primal));
        return new IdentityCheck("strong-duality-C" + c, "max_l g(l) = min_w P(w), C = " + c, dual.value(), primal,
                relative, "dual: coordinate ascent (" + dual.sweeps() + " sweeps); primal: Newton; relative gap",
                relative <= 1e-6);
    }

    private record MeanAndError(double mean, double standardError, int n) {}

    private MeanAndError monteCarlo(Random rng, java.util.function.DoubleSupplier draw) {
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < samples; i++) {
            double v = draw.getAsDouble();
            sum += v;
            sumSquares += v * v;
        }
        double mean = sum / samples;
        double variance = (sumSquares - samples * mean * mean) / (samples - 1);
        return new MeanAndError(mean, Math.sqrt(variance / samples), samples);
    }

    private IdentityCheck mcRow(String id, String identity, double closed, MeanAndError mc) {
        double diff = Math.abs(closed - mc.mean());
        return new IdentityCheck(id, identity, closed, mc.mean(), diff,
                String.format(java.util.Locale.ROOT, "Monte-Carlo, %d samples, seed %d; ok within 5 s.e. (%.1e)",
                        mc.n(), seed, 5 * mc.standardError()),
                diff <= 5 * mc.standardError());
    }
}
