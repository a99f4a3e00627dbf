package genlab.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import genlab.data.GaussianMixture2d;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Statistics of shards merged in double precision equal the statistics of the whole set: the
 * feature moments (Chan's pairwise update), the Inception Score from its sums, the class shares,
 * and the mode coverage.
 */
class ShardMergeTest {

    private static final int[] CUTS = {0, 1, 700, 2400, 3000};

    @Test
    void mergedFeatureMomentsAreTheMomentsOfTheWholeSet() {
        // features far from 0 with a small spread: the case where raw sums of squares would cancel
        double[][] features = rows(3000, 16, 7, 100.0, 0.5);
        FeatureMoments whole = FeatureMoments.of(features);
        FeatureMoments merged = FeatureMoments.of(Arrays.copyOfRange(features, CUTS[0], CUTS[1]));
        for (int s = 1; s + 1 < CUTS.length; s++) {
            merged = merged.plus(FeatureMoments.of(Arrays.copyOfRange(features, CUTS[s], CUTS[s + 1])));
        }
        assertThat(merged.count()).isEqualTo(3000);
        for (int i = 0; i < 16; i++) {
            assertThat(merged.mean()[i]).isCloseTo(whole.mean()[i], within(1e-12 * 100));
            for (int j = 0; j < 16; j++) {
                assertThat(merged.centredSquares()[i][j]).isCloseTo(whole.centredSquares()[i][j],
                        within(1e-9 * Math.abs(whole.centredSquares()[i][i])));
            }
        }
        assertThat(FrechetDistance.between(merged.fit(), whole.fit())).isCloseTo(0, within(1e-9));
    }

    @Test
    void mergedSampleStatisticsGiveTheScoresOfTheWholeSet() {
        double[][] probabilities = softmaxRows(rows(3000, 10, 11, 0.0, 3.0));
        double[][] features = rows(3000, 8, 12, 1.0, 1.0);
        SampleStatistics whole = SampleStatistics.of(new ClassifierOutputs(probabilities, features));
        SampleStatistics merged = null;
        for (int s = 0; s + 1 < CUTS.length; s++) {
            SampleStatistics part = SampleStatistics.of(new ClassifierOutputs(
                    Arrays.copyOfRange(probabilities, CUTS[s], CUTS[s + 1]), Arrays.copyOfRange(features, CUTS[s], CUTS[s + 1])));
            merged = merged == null ? part : merged.plus(part);
        }
        double is = InceptionScore.of(probabilities);
        assertThat(is).isBetween(2.0, 10.0);
        assertThat(whole.inceptionScore()).isCloseTo(is, within(1e-12 * is));
        assertThat(merged.inceptionScore()).isCloseTo(is, within(1e-12 * is));
        assertThat(merged.largestClassShare()).isEqualTo(whole.largestClassShare()).isBetween(0.1, 0.2);
        assertThat(FrechetDistance.between(merged.features().fit(), whole.features().fit())).isCloseTo(0, within(1e-9));
    }

    @Test
    void mergedCoverageCountsEveryPointOnce() {
        GaussianMixture2d ring = GaussianMixture2d.ring8();
        float[] points = new float[2 * 3000];
        ring.sample(new Random(3), points, 3000);
        for (int i = 0; i < 300; i++) {
            points[2 * i] = 10f;   // far from every mode: not high-quality
        }
        ModeCoverage whole = ModeCoverage.of(points, 3000, ring);
        ModeCoverage merged = null;
        for (int s = 0; s + 1 < CUTS.length; s++) {
            int n = CUTS[s + 1] - CUTS[s];
            ModeCoverage part = ModeCoverage.of(Arrays.copyOfRange(points, 2 * CUTS[s], 2 * CUTS[s + 1]), n, ring);
            merged = merged == null ? part : merged.plus(part);
        }
        assertThat(merged.countsPerMode()).isEqualTo(whole.countsPerMode());
        assertThat(merged.total()).isEqualTo(3000);
        assertThat(merged.highQuality()).isEqualTo(whole.highQuality()).isLessThan(2700);
        assertThat(merged.covered()).isEqualTo(8);
        assertThat(merged.klToUniform()).isEqualTo(whole.klToUniform());
    }

    private static double[][] rows(int n, int d, long seed, double offset, double scale) {
        Random random = new Random(seed);
        double[][] rows = new double[n][d];
        for (double[] row : rows) {
            for (int j = 0; j < d; j++) {
                row[j] = offset + scale * random.nextGaussian() * (1 + j % 3);
            }
        }
        return rows;
    }

    private static double[][] softmaxRows(double[][] logits) {
        double[][] p = new double[logits.length][];
        for (int i = 0; i < logits.length; i++) {
            double sum = Arrays.stream(logits[i]).map(Math::exp).sum();
            p[i] = Arrays.stream(logits[i]).map(v -> Math.exp(v) / sum).toArray();
        }
        return p;
    }
}
