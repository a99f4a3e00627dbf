package genlab.theory;

import genlab.math.SymmetricMatrices;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

public class LogisticDualProperties {

    /** n points in R^d with coordinates shift + N(0, 1). */
    public static double[][] points(Random rng, int n, int d, double shift) {
        double[][] p = new double[n][d];
        for (double[] row : p) {
            for (int j = 0; j < d; j++) {
                row[j] = shift + rng.nextGaussian();
            }
        }
        return p;
    }

    private static double[] box(Random rng, int n) {
        double[] l = new double[n];
        for (int i = 0; i < n; i++) {
            l[i] = -rng.nextDouble();
        }
        return l;
    }

    @Property(tries = 200)
    void dualityGapIsNonNegativeForAnyFeasiblePair(@ForAll @IntRange(min = 0, max = 100_000) int seed,
            @ForAll @DoubleRange(min = 0.05, max = 20) double c) {
        Random rng = new Random(seed);
        LogisticDual problem = new LogisticDual(points(rng, 4, 2, 0.5), points(rng, 3, 2, -0.5), c);
        double[] w = {3 * rng.nextGaussian(), 3 * rng.nextGaussian()};
        assertThat(problem.primal(w) - problem.dual(box(rng, 4), box(rng, 3))).isGreaterThanOrEqualTo(-1e-12);
    }

    @Property(tries = 60)
    void gapVanishesAtTheOptimumAndWIsBOverC(@ForAll @IntRange(min = 0, max = 100_000) int seed,
            @ForAll @DoubleRange(min = 0.1, max = 10) double c) {
        Random rng = new Random(seed);
        LogisticDual problem = new LogisticDual(points(rng, 5, 3, 0.8), points(rng, 5, 3, -0.8), c);
        LogisticDual.DualSolution dual = problem.solveDual(1e-13, 100_000);
        double[] wPrimal = problem.minimizePrimal(1e-12, 100);
        double primal = problem.primal(wPrimal);
        assertThat(dual.value()).isCloseTo(primal, within(1e-6 * Math.max(1, Math.abs(primal))));
        assertThat(problem.weights(dual.lambdaData(), dual.lambdaGenerated())).containsExactly(wPrimal, within(1e-5));
        // KKT: lambda_x = -sigmoid(w.x)
        for (int i = 0; i < dual.lambdaData().length; i++) {
            assertThat(dual.lambdaData()[i]).isBetween(-1.0, 0.0);
        }
    }

    @Property
    void softplusConjugateIsTheBinaryEntropy(@ForAll @DoubleRange(min = -1, max = 0) double lambda) {
        double numerical = Quadrature.goldenSectionMinimum(xi -> lambda * xi + LogisticDual.softplus(xi), -60, 60, 1e-10);
        assertThat(LogisticDual.softplusConjugate(lambda)).isCloseTo(numerical, within(1e-8));
    }

    @Example
    void edgeCasesStayFinite() {
        assertThat(LogisticDual.softplus(1000)).isEqualTo(1000);
        assertThat(LogisticDual.softplus(-1000)).isZero();
        assertThat(LogisticDual.sigmoid(-1000)).isZero();
        assertThat(LogisticDual.sigmoid(1000)).isEqualTo(1);
        LogisticDual far = new LogisticDual(new double[][] {{500}}, new double[][] {{-500}}, 1);
        assertThat(far.primal(new double[] {10})).isFinite();
        assertThat(far.primalGradient(new double[] {-10})[0]).isFinite();
        // box corners: H(0) = H(1) = 0
        assertThat(LogisticDual.softplusConjugate(0)).isZero();
        assertThat(LogisticDual.softplusConjugate(-1)).isZero();
        assertThat(LogisticDual.softplusConjugate(0.1)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(far.dual(new double[] {-1}, new double[] {0})).isFinite();
    }

    @Example
    void eigenvaluesOfAKnownMatrix() {
        double[] eig = SymmetricMatrices.eigenvalues(new double[][] {{2, 1, 0}, {1, 2, 0}, {0, 0, 5}});
        java.util.Arrays.sort(eig);
        assertThat(eig).containsExactly(new double[] {1, 3, 5}, within(1e-12));
    }

    @Example
    void invalidInputNamesTheArgument() {
        double[][] x = {{1, 2}};
        assertThatThrownBy(() -> new LogisticDual(x, x, 0)).hasMessage("C must be positive and finite, got 0.0");
        LogisticDual problem = new LogisticDual(x, x, 1);
        assertThatThrownBy(() -> problem.dual(new double[] {0.5}, new double[] {-0.5}))
                .hasMessage("lambdaData[0] = 0.5 is outside the box [-1, 0]");
        assertThatThrownBy(() -> problem.primal(new double[] {1}))
                .hasMessage("w has 1 entries, expected the dimension 2");
        assertThatThrownBy(() -> new LogisticDual(x, new double[][] {{1}}, 1))
                .hasMessage("generated[0] has 1 coordinates, expected 2");
    }
}
