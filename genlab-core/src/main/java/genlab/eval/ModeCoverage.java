package genlab.eval;

import genlab.data.GaussianMixture2d;
import genlab.theory.Information;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;

/**
 * How well generated points cover a 2-D mixture's modes: a point is high-quality when it lies
 * within 3 standard deviations of its nearest mode; a mode is covered when at least one
 * high-quality point is assigned to it.
 *
 * @param countsPerMode high-quality points nearest to each mode
 * @param highQuality high-quality points in all
 * @param total points evaluated
 * @param covered modes with at least one high-quality point
 * @param klToUniform KL(histogram of high-quality points over modes || uniform), nats; NaN when there are none
 */
public record ModeCoverage(int[] countsPerMode, int highQuality, int total, int covered, double klToUniform)
        implements Serializable {

    /** Generated points per coverage measurement of a run, at every epoch and by a study's scoring. */
    public static final int POINTS = 2500;

    /** Distance, in standard deviations, within which a point counts as high-quality. */
    public static final double RADIUS_IN_STD = 3;

    /** Measures n points stored as (x0, y0, x1, y1, ...). */
    public static ModeCoverage of(float[] points, int n, GaussianMixture2d mixture) {
        double[][] modes = mixture.modes();
        int[] counts = new int[modes.length];
        double radius2 = Math.pow(RADIUS_IN_STD * mixture.std(), 2);
        int highQuality = 0;
        for (int i = 0; i < n; i++) {
            int nearest = 0;
            double best = Double.POSITIVE_INFINITY;
            for (int k = 0; k < modes.length; k++) {
                double dx = points[2 * i] - modes[k][0];
                double dy = points[2 * i + 1] - modes[k][1];
                double d2 = dx * dx + dy * dy;
                if (d2 < best) {
                    best = d2;
                    nearest = k;
                }
            }
            if (best <= radius2) {
                counts[nearest]++;
                highQuality++;
            }
        }
        return ofCounts(counts, highQuality, n);
    }

    /** The coverage of both point sets together (shards of one set of samples): the counts add. */
    public ModeCoverage plus(ModeCoverage other) {
        int[] counts = new int[countsPerMode.length];
        for (int k = 0; k < counts.length; k++) {
            counts[k] = countsPerMode[k] + other.countsPerMode[k];
        }
        return ofCounts(counts, highQuality + other.highQuality, total + other.total);
    }

    private static ModeCoverage ofCounts(int[] counts, int highQuality, int total) {
        int covered = (int) Arrays.stream(counts).filter(c -> c > 0).count();
        return new ModeCoverage(counts, highQuality, total, covered, klToUniform(counts, highQuality));
    }

    private static double klToUniform(int[] counts, int highQuality) {
        if (highQuality == 0) {
            return Double.NaN;
        }
        double[] histogram = new double[counts.length];
        double[] uniform = new double[counts.length];
        for (int k = 0; k < counts.length; k++) {
            histogram[k] = counts[k] / (double) highQuality;
            uniform[k] = 1.0 / counts.length;
        }
        return Information.kl(histogram, uniform);
    }

    /** Percentage of points that are high-quality. */
    public double highQualityPercent() {
        return 100.0 * highQuality / total;
    }

    /** {@code modes covered: k/K · high-quality: p%}. */
    public String summary() {
        return String.format(Locale.ROOT, "modes covered: %d/%d · high-quality: %.1f%%", covered, countsPerMode.length,
                highQualityPercent());
    }
}
