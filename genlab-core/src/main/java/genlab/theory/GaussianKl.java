package genlab.theory;

import genlab.math.Checks;


/**
 * Closed forms of the KL divergence between Gaussians, in nats. Plain Java, double precision.
 */
public final class GaussianKl {

    private GaussianKl() {}

    /**
     * KL(N(mq, vq) || N(mp, vp)) for univariate Gaussians given by mean and variance.
     */
    public static double univariate(double meanQ, double varianceQ, double meanP, double varianceP) {
        Checks.positive("varianceQ", varianceQ);
        Checks.positive("varianceP", varianceP);
        // KL = 1/2 [log(vp/vq) + (vq + (mq - mp)^2) / vp - 1]
        double diff = meanQ - meanP;
        return 0.5 * (Math.log(varianceP / varianceQ) + (varianceQ + diff * diff) / varianceP - 1);
    }

    /** KL(N(mq, s2) || N(mp, s2)) with a shared variance s2. */
    public static double equalVariance(double meanQ, double meanP, double variance) {
        Checks.positive("variance", variance);
        // KL(N(mq,s2)||N(mp,s2)) = (mq-mp)^2/(2 s2)
        double diff = meanQ - meanP;
        return diff * diff / (2 * variance);
    }

    /** KL between diagonal Gaussians: the sum of the univariate KLs over dimensions. */
    public static double diagonal(double[] meanQ, double[] varianceQ, double[] meanP, double[] varianceP) {
        Checks.sameLength("meanQ", meanQ, "varianceQ", varianceQ);
        Checks.sameLength("meanQ", meanQ, "meanP", meanP);
        Checks.sameLength("meanQ", meanQ, "varianceP", varianceP);
        double kl = 0;
        for (int j = 0; j < meanQ.length; j++) {
            kl += univariate(meanQ[j], varianceQ[j], meanP[j], varianceP[j]);
        }
        return kl;
    }

    /**
     * KL(N(mu, diag(exp(logvar))) || N(0, I)), the VAE's KL term, from the encoder's mean and
     * log-variance.
     */
    public static double diagonalToStandardNormal(double[] mean, double[] logVariance) {
        Checks.sameLength("mean", mean, "logVariance", logVariance);
        // KL = -1/2 sum_j (1 + logvar_j - mu_j^2 - exp(logvar_j))
        double sum = 0;
        for (int j = 0; j < mean.length; j++) {
            Checks.finite("logVariance[" + j + "]", logVariance[j]);
            sum += 1 + logVariance[j] - mean[j] * mean[j] - Math.exp(logVariance[j]);
        }
        return -0.5 * sum;
    }
}
