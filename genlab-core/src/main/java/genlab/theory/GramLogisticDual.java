package genlab.theory;

/**
 * The logistic-discriminator dual in Gram form, with offsets: the Dualing GAN's inner problem when
 * only inner products of the points are known. Points a_1..a_n, the first {@code dataCount} data
 * (label 1) and the rest generated (label 0); score o_i + a_i.s, p(y=1|a_i) = 1/(1 + e^{score});
 * Gram matrix K_ij = a_i.a_j; regularizer C/2 ||s||^2. Values in nats.
 *
 * <p>Primal: P(s) = sum_data softplus(o_i + a_i.s) + sum_gen softplus(-(o_i + a_i.s)) + C/2 ||s||^2.
 * Dual on the box lambda in [-1, 0]^n, with beta_i = lambda_i (data) or 1 + lambda_i (generated):
 * g(lambda) = sum_i H(-lambda_i) - sum_i beta_i o_i - beta^T K beta / (2C), and s = b/C with
 * b = sum_i beta_i a_i at the optimum. With zero offsets this is {@link LogisticDual}'s dual.
 */
public final class GramLogisticDual {

    private final double[][] gram;
    private final int dataCount;
    private final double[] offsets;
    private final double c;

    /** @param gram symmetric n x n Gram matrix; @param offsets the scores o_i at s = 0 */
    public GramLogisticDual(double[][] gram, int dataCount, double[] offsets, double c) {
        int n = gram.length;
        Checks.positive("C", c);
        if (dataCount < 0 || dataCount > n) {
            throw new IllegalArgumentException("dataCount must be in [0, " + n + "], got " + dataCount);
        }
        if (offsets.length != n) {
            throw new IllegalArgumentException("offsets has " + offsets.length + " entries, expected " + n);
        }
        for (int i = 0; i < n; i++) {
            if (gram[i].length != n) {
                throw new IllegalArgumentException("gram row " + i + " has " + gram[i].length + " entries, expected " + n);
            }
            Checks.finite("offsets[" + i + "]", offsets[i]);
        }
        this.gram = gram;
        this.dataCount = dataCount;
        this.offsets = offsets;
        this.c = c;
    }

    /** Number of points. */
    public int size() {
        return gram.length;
    }

    /** beta_i = lambda_i for data points, 1 + lambda_i for generated points: b = sum_i beta_i a_i. */
    public double[] coefficients(double[] lambda) {
        checkBox(lambda);
        double[] beta = lambda.clone();
        for (int i = dataCount; i < beta.length; i++) {
            beta[i] += 1;
        }
        return beta;
    }

    /** g(lambda) = sum H(-lambda_i) - beta.o - beta^T K beta / (2C). */
    public double dual(double[] lambda) {
        double[] beta = coefficients(lambda);
        return dual(lambda, beta, times(beta));
    }

    private double dual(double[] lambda, double[] beta, double[] kBeta) {
        double g = -dot(beta, kBeta) / (2 * c) - dot(beta, offsets);
        for (double l : lambda) {
            g += Information.binaryEntropy(-l);
        }
        return g;
    }

    /** dg/dlambda_i = logit(-lambda_i) - o_i - (K beta)_i / C (infinite at the faces of the box). */
    public double[] dualGradient(double[] lambda) {
        double[] kBeta = times(coefficients(lambda));
        double[] grad = new double[lambda.length];
        for (int i = 0; i < grad.length; i++) {
            grad[i] = Math.log(-lambda[i] / (1 + lambda[i])) - offsets[i] - kBeta[i] / c;
        }
        return grad;
    }

    /** P(s) at the primal point of lambda, s = b/C: scores o + K beta / C, ||s||^2 = beta^T K beta / C^2. */
    public double primalAt(double[] lambda) {
        double[] beta = coefficients(lambda);
        return primalAt(beta, times(beta));
    }

    private double primalAt(double[] beta, double[] kBeta) {
        double p = dot(beta, kBeta) / (2 * c);
        for (int i = 0; i < kBeta.length; i++) {
            double score = offsets[i] + kBeta[i] / c;
            p += LogisticDual.softplus(i < dataCount ? score : -score);
        }
        return p;
    }

    /** The multipliers that are optimal for given scores (KKT): lambda_i = -sigmoid(score_i). */
    public static double[] multipliersFor(double[] scores) {
        double[] lambda = new double[scores.length];
        for (int i = 0; i < lambda.length; i++) {
            lambda[i] = -LogisticDual.sigmoid(scores[i]);
        }
        return lambda;
    }

    /** A dual point after some ascent sweeps, with its dual value and the primal value at s = b/C. */
    public record Solution(double[] lambda, double dual, double primal) {
        /** P(b/C) - g(lambda) >= 0; zero at the optimum. */
        public double gap() {
            return primal - dual;
        }
    }

    /**
     * Runs {@code sweeps} sweeps of exact cyclic coordinate ascent from {@code start} (inside the
     * box). g is strictly concave; each coordinate's maximizer solves dg/dlambda_i = 0, which in
     * t = logit(-lambda_i) reads t = o_i + r_i / C + (s_i - sigmoid(t)) K_ii / C (s_i = 0 for data,
     * 1 for generated, r_i = (K beta)_i without i's own term): the right side is decreasing in t,
     * so the root is bracketed in an interval of width K_ii / C and found by bisection. Every
     * iterate stays in the box and g never decreases.
     */
    public Solution ascend(double[] start, int sweeps) {
        double[] lambda = start.clone();
        double[] beta = coefficients(lambda);
        double[] kBeta = times(beta);
        for (int sweep = 0; sweep < sweeps; sweep++) {
            for (int i = 0; i < lambda.length; i++) {
                double shift = i < dataCount ? 0 : 1;
                double rest = kBeta[i] - beta[i] * gram[i][i];
                double base = offsets[i] + rest / c;
                double kii = gram[i][i] / c;
                double lo = base + (shift - 1) * kii;
                double hi = base + shift * kii;
                for (int it = 0; it < 60 && hi - lo > 1e-12 * (1 + Math.abs(lo)); it++) {
                    double t = (lo + hi) / 2;
                    if (t - base - (shift - LogisticDual.sigmoid(t)) * kii > 0) {
                        hi = t;
                    } else {
                        lo = t;
                    }
                }
                double next = -LogisticDual.sigmoid((lo + hi) / 2);
                double delta = next - lambda[i];
                lambda[i] = next;
                beta[i] += delta;
                for (int j = 0; j < kBeta.length; j++) {
                    kBeta[j] += delta * gram[j][i];
                }
            }
        }
        // beta and K beta are kept current by the sweeps: no O(n^2) product to redo here
        return new Solution(lambda, dual(lambda, beta, kBeta), primalAt(beta, kBeta));
    }

    private double[] times(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = dot(gram[i], v);
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private void checkBox(double[] lambda) {
        if (lambda.length != gram.length) {
            throw new IllegalArgumentException("lambda has " + lambda.length + " entries, expected " + gram.length);
        }
        for (int i = 0; i < lambda.length; i++) {
            if (!(lambda[i] >= -1 && lambda[i] <= 0)) {
                throw new IllegalArgumentException("lambda[" + i + "] = " + lambda[i] + " is outside the box [-1, 0]");
            }
        }
    }
}
