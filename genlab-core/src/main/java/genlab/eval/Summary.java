package genlab.eval;

import java.util.Arrays;

/**
 * Mean, sample standard deviation (n - 1 in the denominator; 0 for one value), median and maximum
 * of a set of numbers; all NaN for an empty set; mean and deviation are NaN when a value is NaN.
 */
public record Summary(int count, double mean, double std, double median, double max) {

    public static Summary of(double[] values) {
        int n = values.length;
        if (n == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = 0;
        for (double v : values) {
            mean += v / n;
        }
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Summary(n, mean, n > 1 ? Math.sqrt(squares / (n - 1)) : 0, median, sorted[n - 1]);
    }
}
