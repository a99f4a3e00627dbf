package genlab.eval;

import genlab.eval.FrechetDistance.GaussianFit;
import genlab.math.SymmetricMatrices;
import java.util.Random;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SampleScoresTest {

    @Test
    void oneHotPredictionsOverUniformClassesScoreTheClassCount() {
        double[][] p = new double[1000][10];
        for (int i = 0; i < p.length; i++) {
            p[i][i % 10] = 1;
        }
        assertThat(InceptionScore.of(p)).isCloseTo(10, within(1e-9));
    }

    @Test
    void identicalPredictionsScoreOneAndHalfConfidentOnesScoreBetween() {
        double[][] same = new double[50][];
        for (int i = 0; i < same.length; i++) {
            same[i] = new double[] {0.2, 0.3, 0.5};
        }
        assertThat(InceptionScore.of(same)).isCloseTo(1, within(1e-12));
        // two classes used equally, each prediction (0.9, 0.1) or (0.1, 0.9): KL = log 2 - H(0.9)
        double[][] soft = {{0.9, 0.1}, {0.1, 0.9}};
        double h = -(0.9 * Math.log(0.9) + 0.1 * Math.log(0.1));
        assertThat(InceptionScore.of(soft)).isCloseTo(Math.exp(Math.log(2) - h), within(1e-12));
    }

    @Test
    void frechetDistanceOfAFeatureSetWithItselfIsZero() {
        double[][] features = gaussianRows(new Random(3), 2000, 8, 1.5, 0.7);
        GaussianFit fit = GaussianFit.of(features);
        assertThat(FrechetDistance.between(fit, fit)).isCloseTo(0, within(1e-9));
    }

    @Test
    void frechetDistanceMatchesTheHandComputed2dCase() {
        // m1 = (0,0), S1 = diag(1, 4); m2 = (1, 2), S2 = diag(4, 9):
        // |m1-m2|^2 = 5, tr = 1 + 4 + 4 + 9 = 18, tr sqrt(S1 S2) = sqrt(4) + sqrt(36) = 8 -> 5 + 18 - 16 = 7
        GaussianFit a = new GaussianFit(new double[] {0, 0}, new double[][] {{1, 0}, {0, 4}});
        GaussianFit b = new GaussianFit(new double[] {1, 2}, new double[][] {{4, 0}, {0, 9}});
        assertThat(FrechetDistance.between(a, b)).isCloseTo(7, within(1e-12));
        // rotated: S1 = [[2,1],[1,2]] (eigen 3, 1), S2 = I -> tr sqrt(S1) = sqrt 3 + 1; d^2 = 4 + 2 - 2 (sqrt 3 + 1)
        GaussianFit c = new GaussianFit(new double[] {0, 0}, new double[][] {{2, 1}, {1, 2}});
        GaussianFit identity = new GaussianFit(new double[] {0, 0}, new double[][] {{1, 0}, {0, 1}});
        assertThat(FrechetDistance.between(c, identity)).isCloseTo(6 - 2 * (Math.sqrt(3) + 1), within(1e-12));
        assertThat(FrechetDistance.between(identity, c)).isCloseTo(6 - 2 * (Math.sqrt(3) + 1), within(1e-12));
    }

    @Test
    void gaussianFitRecoversTheSamplingMeanAndCovariance() {
        GaussianFit fit = GaussianFit.of(gaussianRows(new Random(5), 200_000, 2, 2.0, 0.5));
        assertThat(fit.mean()[0]).isCloseTo(0.5, within(0.02));
        assertThat(fit.covariance()[0][0]).isCloseTo(4, within(0.05));
        assertThat(fit.covariance()[0][1]).isCloseTo(0, within(0.03));
    }

    @Test
    void squareRootSquaresBackToTheMatrix() {
        double[][] a = {{4, 1, 0.5}, {1, 3, 0.2}, {0.5, 0.2, 2}};
        double[][] r = SymmetricMatrices.sqrt(a);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double rr = 0;
                for (int k = 0; k < 3; k++) {
                    rr += r[i][k] * r[k][j];
                }
                assertThat(rr).isCloseTo(a[i][j], within(1e-12));
            }
        }
    }

    private static double[][] gaussianRows(Random random, int n, int d, double std, double mean) {
        double[][] rows = new double[n][d];
        for (double[] row : rows) {
            for (int j = 0; j < d; j++) {
                row[j] = mean + std * random.nextGaussian();
            }
        }
        return rows;
    }
}
