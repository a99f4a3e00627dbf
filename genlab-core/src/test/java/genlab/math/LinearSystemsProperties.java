package genlab.math;

import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LinearSystemsProperties {

    // a = F F^T / rank + ridge I: positive definite, as ill-conditioned as a small ridge makes it
    private static double[][] spd(Random rng, int n, int rank, double ridge) {
        double[][] f = new double[n][rank];
        for (double[] row : f) {
            for (int j = 0; j < rank; j++) {
                row[j] = rng.nextGaussian();
            }
        }
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = Vectors.dot(f[i], f[j]) / rank + (i == j ? ridge : 0);
            }
        }
        return a;
    }

    // the textbook form: l_ij = (a_ij - sum_k l_ik l_jk) / l_jj, one dot product per entry
    private static double[][] dotProductFactor(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][];
        for (int i = 0; i < n; i++) {
            l[i] = new double[i + 1];
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = i == j ? Math.sqrt(s) : s / l[j][j];
            }
        }
        return l;
    }

    private static double[] gaussian(Random rng, int n) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = rng.nextGaussian();
        }
        return y;
    }

    @Property(tries = 40)
    void theFactorHasTheBitsOfTheDotProductFormAndSolvesTheSystem(@ForAll @IntRange(min = 0, max = 100_000) int seed,
            @ForAll @IntRange(min = 1, max = 200) int n) {
        Random rng = new Random(seed);
        double[][] a = spd(rng, n, 1 + rng.nextInt(n), 1e-3);
        double[] y = gaussian(rng, n);
        // the Dualing GAN's training numbers depend on these bits, not only on the solution; the
        // factorization works in panels of 32 columns, so n up to 200 spans up to 7 of them
        assertThat(LinearSystems.cholesky(a)).isDeepEqualTo(dotProductFactor(a));
        double[] x = LinearSystems.solveSpd(a, y);
        for (int i = 0; i < n; i++) {
            assertThat(Vectors.dot(a[i], x)).isCloseTo(y[i], within(1e-7 * (1 + Math.abs(y[i]))));
        }
    }

    @Example
    void aMatrixThatIsNotPositiveDefiniteIsAnErrorNamingThePivot() {
        double[][] a = {{1, 2}, {2, 1}};
        assertThatThrownBy(() -> LinearSystems.solveSpd(a, new double[] {1, 1}))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("pivot 1 is -3");
    }
}
