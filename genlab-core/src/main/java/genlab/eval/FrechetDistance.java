package genlab.eval;

import genlab.math.SymmetricMatrices;

/**
 * The Frechet distance between the Gaussian fits N(m1, S1) and N(m2, S2) of two feature sets
 * (FID when the features are a classifier's): d^2 = |m1 - m2|^2 + tr(S1 + S2 - 2 (S1 S2)^(1/2)),
 * in squared feature units. Covariances use the unbiased 1/(n - 1) normalization.
 */
public final class FrechetDistance {

    /** The Gaussian fit of a feature set: mean (d) and covariance (d, d). */
    public record GaussianFit(double[] mean, double[][] covariance) {

        /** Fits n feature rows of dimension d (n >= 2). */
        public static GaussianFit of(double[][] features) {
            return FeatureMoments.of(features).fit();
        }
    }

    private FrechetDistance() {}

    /** d^2 between two fits of the same dimension. */
    public static double between(GaussianFit a, GaussianFit b) {
        int d = a.mean().length;
        double meanTerm = 0;
        double traceTerm = 0;
        for (int j = 0; j < d; j++) {
            double diff = a.mean()[j] - b.mean()[j];
            meanTerm += diff * diff;
            traceTerm += a.covariance()[j][j] + b.covariance()[j][j];
        }
        // tr (S1 S2)^(1/2) = tr (S1^(1/2) S2 S1^(1/2))^(1/2): the middle matrix is symmetric semi-definite
        double[][] root = SymmetricMatrices.sqrt(a.covariance());
        double[][] middle = multiply(multiply(root, b.covariance()), root);
        double crossTrace = 0;
        for (double value : SymmetricMatrices.eigenvalues(symmetrized(middle))) {
            crossTrace += Math.sqrt(Math.max(value, 0));
        }
        return meanTerm + traceTerm - 2 * crossTrace;
    }

    private static double[][] multiply(double[][] x, double[][] y) {
        int n = x.length;
        double[][] product = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                double xik = x[i][k];
                for (int j = 0; j < n; j++) {
                    product[i][j] += xik * y[k][j];
                }
            }
        }
        return product;
    }

    private static double[][] symmetrized(double[][] m) {
        int n = m.length;
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s[i][j] = (m[i][j] + m[j][i]) / 2;
            }
        }
        return s;
    }
}
