package genlab.vae;

import java.util.Arrays;

/**
 * The importance-weighted estimates of log p(x) for a set of images, nats per image: their mean,
 * its standard error over the images, and the negative log-likelihood papers report.
 *
 * @param k the importance samples per image
 * @param perImage the estimate of each image, nats
 */
public record LogLikelihood(int k, double[] perImage) {

    /** The mean estimate, nats per image: (1/n) sum_i log p(x_i). */
    public double mean() {
        return Arrays.stream(perImage).average().orElse(Double.NaN);
    }

    /** The standard error of the mean over the images: s / sqrt(n), nats per image. */
    public double standardError() {
        int n = perImage.length;
        double mean = mean();
        double squares = Arrays.stream(perImage).map(v -> (v - mean) * (v - mean)).sum();
        return n < 2 ? Double.NaN : Math.sqrt(squares / (n - 1) / n);
    }

    /** The negative log-likelihood, -mean, nats per image. */
    public double nll() {
        return -mean();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LogLikelihood o && k == o.k && Arrays.equals(perImage, o.perImage);
    }

    @Override
    public int hashCode() {
        return 31 * k + Arrays.hashCode(perImage);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "log p(x) %.2f ± %.2f nats per image (K = %d, %d images)", mean(),
                standardError(), k, perImage.length);
    }
}
