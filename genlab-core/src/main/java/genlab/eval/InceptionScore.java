package genlab.eval;

import genlab.theory.Information;

/**
 * The (classifier-based) Inception Score of a set of samples, IS = exp(E_x KL(p(y|x) || p(y))) with
 * p(y) = E_x p(y|x): between 1 (every sample gets the same class distribution) and the number of
 * classes (confident predictions, classes used equally). Dimensionless.
 */
public final class InceptionScore {

    private InceptionScore() {}

    /** IS of the class probabilities p(y|x_i), one row per sample (rows sum to 1). */
    public static double of(double[][] probabilities) {
        int n = probabilities.length;
        int classes = probabilities[0].length;
        double[] marginal = new double[classes];
        for (double[] row : probabilities) {
            for (int y = 0; y < classes; y++) {
                marginal[y] += row[y] / n;
            }
        }
        double meanKl = 0;
        for (double[] row : probabilities) {
            meanKl += Information.kl(row, marginal) / n;
        }
        return Math.exp(meanKl);
    }
}
