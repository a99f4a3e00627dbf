package genlab.theory;

import genlab.math.Checks;


/**
 * The GAN's optimal discriminator for a fixed generator and the value of the game there, for
 * densities (or probabilities) given point by point. Values in nats.
 */
public final class OptimalDiscriminator {

    private OptimalDiscriminator() {}

    /** D*(x) = p_data(x) / (p_data(x) + p_G(x)); 1/2 where both are 0 (any value is optimal there). */
    public static double at(double pData, double pG) {
        requireDensities(pData, pG);
        double total = pData + pG;
        return total == 0 ? 0.5 : pData / total;
    }

    /**
     * V(G, D*) = integral p_data log D* + p_G log(1 - D*), for densities on a uniform grid of
     * spacing dx (trapezoid rule). Equals -log 4 + 2 JSD(p_data, p_G).
     */
    public static double valueOnGrid(double[] pData, double[] pG, double dx) {
        Checks.sameLength("pData", pData, "pG", pG);
        Checks.positive("dx", dx);
        double[] integrand = new double[pData.length];
        for (int i = 0; i < integrand.length; i++) {
            requireDensities(pData[i], pG[i]);
            double total = pData[i] + pG[i];
            // log D* = log(p_data / total) and log(1 - D*) = log(p_G / total), without rounding 1 - D* to 0
            integrand[i] = xLog(pData[i], pData[i] / total) + xLog(pG[i], pG[i] / total);
        }
        return Quadrature.trapezoid(integrand, dx);
    }

    /** The identity's right side: -log 4 + 2 JSD(p_data, p_G). */
    public static double valueFromJsd(double[] pData, double[] pG, double dx) {
        return -Math.log(4) + 2 * Information.jsdOnGrid(pData, pG, dx);
    }

    private static void requireDensities(double pData, double pG) {
        if (!(pData >= 0) || !(pG >= 0) || Double.isInfinite(pData) || Double.isInfinite(pG)) {
            throw new IllegalArgumentException("densities must be finite and non-negative, got pData = " + pData
                    + ", pG = " + pG);
        }
    }

    // p log d with 0 log d = 0
    private static double xLog(double p, double d) {
        return p == 0 ? 0 : p * Math.log(d);
    }
}
