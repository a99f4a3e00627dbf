package genlab.eval;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What the sample scores need to know of a set of samples, in a form that merges: the count, the
 * sum of p(y|x), the sum of sum_y p(y|x) log p(y|x), the samples per most probable class, and the
 * moments of the classifier's features. Shards of samples scored apart and merged in double
 * precision give the Inception Score, Frechet distance and largest class share of all of them, to
 * rounding.
 *
 * @param count samples n
 * @param probabilitySums sum_x p(y|x), per class
 * @param negativeEntropySum sum_x sum_y p(y|x) log p(y|x), nats
 * @param classCounts samples whose most probable class is y
 * @param features the moments of the feature vectors
 */
public record SampleStatistics(long count, double[] probabilitySums, double negativeEntropySum, long[] classCounts,
        FeatureMoments features) implements Serializable {

    /** The statistics of the classifier's outputs on a set of samples. */
    public static SampleStatistics of(ClassifierOutputs outputs) {
        double[][] probabilities = outputs.probabilities();
        int classes = probabilities[0].length;
        double[] sums = new double[classes];
        double negativeEntropy = 0;
        long[] counts = new long[classes];
        for (double[] row : probabilities) {
            int best = 0;
            for (int y = 0; y < classes; y++) {
                sums[y] += row[y];
                negativeEntropy += row[y] == 0 ? 0 : row[y] * Math.log(row[y]);
                best = row[y] > row[best] ? y : best;
            }
            counts[best]++;
        }
        return new SampleStatistics(probabilities.length, sums, negativeEntropy, counts,
                FeatureMoments.of(outputs.features()));
    }

    /** The statistics of both sets together: sums add, feature moments merge ({@link FeatureMoments#plus}). */
    public SampleStatistics plus(SampleStatistics other) {
        double[] sums = new double[probabilitySums.length];
        long[] counts = new long[classCounts.length];
        for (int y = 0; y < sums.length; y++) {
            sums[y] = probabilitySums[y] + other.probabilitySums[y];
            counts[y] = classCounts[y] + other.classCounts[y];
        }
        return new SampleStatistics(count + other.count, sums, negativeEntropySum + other.negativeEntropySum, counts,
                features.plus(other.features));
    }

    /**
     * IS = exp(E_x KL(p(y|x) || p(y))) = exp(E_x sum_y p(y|x) log p(y|x) - sum_y p(y) log p(y)),
     * p(y) = E_x p(y|x); the same number as {@link InceptionScore#of} on the rows, to rounding.
     */
    public double inceptionScore() {
        double marginalTerm = 0;
        for (double sum : probabilitySums) {
            double p = sum / count;
            marginalTerm += p == 0 ? 0 : p * Math.log(p);
        }
        return Math.exp(Math.max(0, negativeEntropySum / count - marginalTerm));
    }

    /** The largest fraction of samples that share one most probable class (0.1 for balanced digits, 1 for one class). */
    public double largestClassShare() {
        return Arrays.stream(classCounts).max().orElseThrow() / (double) count;
    }
}
