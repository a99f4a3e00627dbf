package genlab.theory;

import genlab.math.Checks;


/**
 * Entropy, cross-entropy, KL and Jensen-Shannon divergences of discrete distributions, in nats.
 * Conventions: 0 log 0 = 0, and KL(p || q) = +infinity where p > 0 = q.
 */
public final class Information {

    private Information() {}

    /** H(p) = -sum_i p_i log p_i. */
    public static double entropy(double[] p) {
        Checks.distribution("p", p);
        double h = 0;
        for (double pi : p) {
            h -= xLogY(pi, pi);
        }
        return h;
    }

    /** H(p) for a Bernoulli(p): -p log p - (1-p) log(1-p); H(0) = H(1) = 0. */
    public static double binaryEntropy(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p = " + p + " is not a probability in [0, 1]");
        }
        return 0.0 - xLogY(p, p) - xLogY(1 - p, 1 - p);
    }

    /** H(p, q) = -sum_i p_i log q_i = H(p) + KL(p || q). */
    public static double crossEntropy(double[] p, double[] q) {
        checkPair(p, q);
        double h = 0;
        for (int i = 0; i < p.length; i++) {
            h -= xLogY(p[i], q[i]);
        }
        return h;
    }

    /** KL(p || q) = sum_i p_i log(p_i / q_i) >= 0, zero iff p = q. */
    public static double kl(double[] p, double[] q) {
        checkPair(p, q);
        double kl = 0;
        for (int i = 0; i < p.length; i++) {
            kl += klTerm(p[i], q[i]);
        }
        return Math.max(0, kl);
    }

    /** JSD(p, q) = KL(p || m)/2 + KL(q || m)/2 with m = (p + q)/2; symmetric, in [0, log 2]. */
    public static double jsd(double[] p, double[] q) {
        checkPair(p, q);
        double jsd = 0;
        for (int i = 0; i < p.length; i++) {
            double m = (p[i] + q[i]) / 2;
            jsd += (klTerm(p[i], m) + klTerm(q[i], m)) / 2;
        }
        return Math.min(Math.log(2), Math.max(0, jsd));
    }

    /**
     * JSD of two densities given by their values on a uniform grid with spacing {@code dx}
     * (each integrating to 1 within the grid): the integral of the discrete terms, trapezoid rule.
     */
    public static double jsdOnGrid(double[] densityP, double[] densityQ, double dx) {
        Checks.sameLength("densityP", densityP, "densityQ", densityQ);
        Checks.positive("dx", dx);
        double[] terms = new double[densityP.length];
        for (int i = 0; i < terms.length; i++) {
            if (!(densityP[i] >= 0) || !(densityQ[i] >= 0)) {
                throw new IllegalArgumentException("densities must be non-negative, got " + densityP[i] + " and "
                        + densityQ[i] + " at index " + i);
            }
            double m = (densityP[i] + densityQ[i]) / 2;
            terms[i] = (klTerm(densityP[i], m) + klTerm(densityQ[i], m)) / 2;
        }
        return Math.max(0, Quadrature.trapezoid(terms, dx));
    }

    // p log(p / q), with 0 log(0 / q) = 0 and p log(p / 0) = +inf for p > 0
    static double klTerm(double p, double q) {
        if (p == 0) {
            return 0;
        }
        return q == 0 ? Double.POSITIVE_INFINITY : p * Math.log(p / q);
    }

    // x log y with 0 log y = 0
    private static double xLogY(double x, double y) {
        return x == 0 ? 0 : x * Math.log(y);
    }

    private static void checkPair(double[] p, double[] q) {
        Checks.sameLength("p", p, "q", q);
        Checks.distribution("p", p);
        Checks.distribution("q", q);
    }
}
