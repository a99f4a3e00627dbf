package genlab.dualgan;

import genlab.math.Checks;
import genlab.math.LinearSystems;
import genlab.theory.Information;
import genlab.theory.LogisticDual;
import static genlab.math.Vectors.dot;


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
final class GramLogisticDual {

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

    /**
     * A solver's result: multipliers in the box with their dual value g(lambda), and the primal
     * point s = b / C, b = sum_i beta_i a_i, with its value P(s). Weak duality makes
     * {@link #gap()} a certificate: the optimum lies within it of both values.
     */
    public record Solution(double[] lambda, double[] beta, double dual, double primal) {
        /** P(s) - g(lambda) >= 0; zero at the optimum. */
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
        return new Solution(lambda, coefficients(lambda), dual(lambda, beta, kBeta), primalAt(beta, kBeta));
    }

    /**
     * Solves the problem to a duality gap of at most {@code tolerance} nats by Newton's method on
     * the primal in the span of the points (the representer form): s = sum_j u_j a_j, scores
     * z = o + K u, P(u) = sum_i softplus(y_i z_i) + C/2 u^T K u (y_i = +1 data, -1 generated).
     * With q_i = y_i sigmoid(y_i z_i) and D = diag(sigmoid(z) (1 - sigmoid(z))), grad P = K (q + C u)
     * and the Newton step solves (D K + C I) delta = q + C u, computed as
     * delta = (r - D^1/2 M^-1 D^1/2 K r) / C with r = q + C u and M = D^1/2 K D^1/2 + C I, which is
     * symmetric positive definite with eigenvalues at least C: one Cholesky per step, whatever the
     * conditioning of K. Steps are damped by backtracking on P. The certificate pairs P(u) with
     * g at the multipliers that are optimal for the current scores, lambda = -sigmoid(z) (the KKT
     * map); the solution's beta is C u, the coefficients of the iterate itself. (P at b(lambda) / C
     * would pass lambda's rounding through K / C, which for small C is a gap of its own.) In double
     * precision the gap bottoms out near 1e-8 of P on nearly rank-one problems with C = 1e-2
     * (the property tests' worst case); the Dualing GAN asks for {@link DualGanConfig#NEWTON_GAP}
     * nats per data point.
     *
     * @param start the multipliers to start from (u = beta(start) / C), inside the box
     * @param maxSteps Newton steps at most; the solution says the gap it reached
     */
    public Solution solve(double[] start, double tolerance, int maxSteps) {
        Checks.positive("tolerance", tolerance);
        int n = gram.length;
        double[] u = coefficients(start);
        for (int i = 0; i < n; i++) {
            u[i] /= c;
        }
        Iterate current = new Iterate(u, times(u));
        Solution solution = certificate(current);
        for (int step = 0; step < maxSteps && solution.gap() > tolerance; step++) {
            double[] z = current.scores();
            double[] r = new double[n];
            double[] root = new double[n];
            for (int i = 0; i < n; i++) {
                double y = i < dataCount ? 1 : -1;
                r[i] = y * LogisticDual.sigmoid(y * z[i]) + c * current.u[i];
                double p = LogisticDual.sigmoid(z[i]);
                root[i] = Math.sqrt(p * (1 - p));
            }
            double[] kr = times(r);
            double[][] m = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    m[i][j] = root[i] * gram[i][j] * root[j];
                }
                m[i][i] += c;
            }
            double[] rootKr = new double[n];
            for (int i = 0; i < n; i++) {
                rootKr[i] = root[i] * kr[i];
            }
            double[] solved = LinearSystems.solveSpd(m, rootKr);
            double[] delta = new double[n];
            for (int i = 0; i < n; i++) {
                delta[i] = (r[i] - root[i] * solved[i]) / c;
            }
            // backtracking (Armijo) on P along -delta; grad P . delta = (K r) . delta
            double slope = dot(kr, delta);
            Iterate before = current;
            double t = 1;
            for (int k = 0; k < 60; k++) {
                double[] next = before.u.clone();
                for (int i = 0; i < n; i++) {
                    next[i] -= t * delta[i];
                }
                current = new Iterate(next, times(next));
                if (current.primal <= before.primal - 1e-4 * t * slope) {
                    break;
                }
                t /= 2;
            }
            solution = certificate(current);
        }
        return solution;
    }

    // an iterate u with K u and P(u) = sum_i softplus(y_i z_i) + C/2 u^T K u, computed once
    private final class Iterate {
        final double[] u;
        final double[] ku;
        final double primal;

        Iterate(double[] u, double[] ku) {
            this.u = u;
            this.ku = ku;
            double p = c / 2 * dot(u, ku);
            for (int i = 0; i < ku.length; i++) {
                double z = offsets[i] + ku[i];
                p += LogisticDual.softplus(i < dataCount ? z : -z);
            }
            this.primal = p;
        }

        // z = o + K u
        double[] scores() {
            double[] z = ku.clone();
            for (int i = 0; i < z.length; i++) {
                z[i] += offsets[i];
            }
            return z;
        }
    }

    // the iterate u (beta = C u) with P(u), and the KKT multipliers of its scores with their g
    private Solution certificate(Iterate iterate) {
        double[] lambda = multipliersFor(iterate.scores());
        double[] beta = new double[iterate.u.length];
        for (int i = 0; i < beta.length; i++) {
            beta[i] = c * iterate.u[i];
        }
        return new Solution(lambda, beta, dual(lambda), iterate.primal);
    }

    // K v, four rows at a time: four independent sums keep the CPU busy where one waits on its own
    // additions, and each row still adds its terms in index order (the bits of dot(gram[i], v))
    private double[] times(double[] v) {
        int n = v.length;
        double[] out = new double[n];
        int i = 0;
        for (; i + 3 < n; i += 4) {
            double[] k0 = gram[i];
            double[] k1 = gram[i + 1];
            double[] k2 = gram[i + 2];
            double[] k3 = gram[i + 3];
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int j = 0; j < n; j++) {
                double vj = v[j];
                s0 += k0[j] * vj;
                s1 += k1[j] * vj;
                s2 += k2[j] * vj;
                s3 += k3[j] * vj;
            }
            out[i] = s0;
            out[i + 1] = s1;
            out[i + 2] = s2;
            out[i + 3] = s3;
        }
        for (; i < n; i++) {
            out[i] = dot(gram[i], v);
        }
        return out;
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
