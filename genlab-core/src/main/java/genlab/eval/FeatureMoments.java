package genlab.eval;

import genlab.eval.FrechetDistance.GaussianFit;
import java.io.Serializable;

/**
 * The first two moments of a set of feature vectors in a form that merges: count n, mean m and
 * centred sum of squares S = sum_x (f_x - m)(f_x - m)^T. Sets summarized apart and merged give the
 * moments of their union, to rounding.
 */
public record FeatureMoments(long count, double[] mean, double[][] centredSquares) implements Serializable {

    /** The moments of n feature rows of dimension d, in two passes (mean, then centred squares). */
    public static FeatureMoments of(double[][] features) {
        int n = features.length;
        int d = features[0].length;
        double[] mean = new double[d];
        for (double[] row : features) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        double[][] squares = new double[d][d];
        double[] centred = new double[d];
        for (double[] row : features) {
            for (int j = 0; j < d; j++) {
                centred[j] = row[j] - mean[j];
            }
            for (int i = 0; i < d; i++) {
                double ci = centred[i];
                for (int j = i; j < d; j++) {
                    squares[i][j] += ci * centred[j];
                }
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < i; j++) {
                squares[i][j] = squares[j][i];
            }
        }
        return new FeatureMoments(n, mean, squares);
    }

    /**
     * The moments of both sets together (Chan, Golub and LeVeque's pairwise update):
     * m = m_a + (m_b - m_a) n_b / n, S = S_a + S_b + (m_b - m_a)(m_b - m_a)^T n_a n_b / n.
     */
    public FeatureMoments plus(FeatureMoments other) {
        long n = count + other.count;
        int d = mean.length;
        double[] delta = new double[d];
        double[] merged = new double[d];
        for (int j = 0; j < d; j++) {
            delta[j] = other.mean[j] - mean[j];
            merged[j] = mean[j] + delta[j] * other.count / n;
        }
        double weight = (double) count * other.count / n;
        double[][] squares = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                squares[i][j] = centredSquares[i][j] + other.centredSquares[i][j] + delta[i] * delta[j] * weight;
            }
        }
        return new FeatureMoments(n, merged, squares);
    }

    /** The Gaussian fit N(m, S / (n - 1)), the unbiased covariance (n >= 2). */
    public GaussianFit fit() {
        if (count < 2) {
            throw new IllegalArgumentException("a Gaussian fit needs at least 2 rows, got " + count);
        }
        int d = mean.length;
        double[][] covariance = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                covariance[i][j] = centredSquares[i][j] / (count - 1);
            }
        }
        return new GaussianFit(mean.clone(), covariance);
    }
}
