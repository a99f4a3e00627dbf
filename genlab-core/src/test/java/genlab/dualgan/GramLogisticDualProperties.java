package genlab.dualgan;

import genlab.math.Vectors;
import genlab.theory.LogisticDual;
import genlab.theory.LogisticDualProperties;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class GramLogisticDualProperties {

    private static double[][] gram(double[][] a) {
        double[][] k = new double[a.length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                k[i][j] = Vectors.dot(a[i], a[j]);
            }
        }
        return k;
    }

    private static double[][] stacked(double[][] data, double[][] generated) {
        double[][] all = new double[data.length + generated.length][];
        System.arraycopy(data, 0, all, 0, data.length);
        System.arraycopy(generated, 0, all, data.length, generated.length);
        return all;
    }

    private static double[] interior(Random rng, int n) {
        double[] l = new double[n];
        for (int i = 0; i < n; i++) {
            l[i] = -0.05 - 0.9 * rng.nextDouble();
        }
        return l;
    }

    // P(s) written with the points themselves, independent of the Gram algebra
    private static double explicitPrimal(double[][] a, int dataCount, double[] offsets, double[] s, double c) {
        double p = c / 2 * Vectors.dot(s, s);
        for (int i = 0; i < a.length; i++) {
            double score = offsets[i] + Vectors.dot(a[i], s);
            p += LogisticDual.softplus(i < dataCount ? score : -score);
        }
        return p;
    }

    @Property(tries = 60)
    void strongDualityWithoutOffsetsMatchesThePrimalMinimum(@ForAll @IntRange(min = 0, max = 100_000) int seed,
            @ForAll("cs") double c) {
        Random rng = new Random(seed);
        double[][] data = LogisticDualProperties.points(rng, 6, 3, 0.7);
        double[][] generated = LogisticDualProperties.points(rng, 5, 3, -0.7);
        double primalMin = new LogisticDual(data, generated, c).primal(
                new LogisticDual(data, generated, c).minimizePrimal(1e-12, 100));
        GramLogisticDual dual = new GramLogisticDual(gram(stacked(data, generated)), 6, new double[11], c);
        GramLogisticDual.Solution best = dual.ascend(GramLogisticDual.multipliersFor(new double[11]), 400);
        assertThat(best.dual()).isCloseTo(primalMin, within(1e-6 * Math.max(1, Math.abs(primalMin))));
        assertThat(best.gap()).isBetween(-1e-9, 1e-6 * Math.max(1, Math.abs(primalMin)));
        // Newton reaches the same optimum from both sides, to 1e-9
        GramLogisticDual.Solution newton = dual.solve(GramLogisticDual.multipliersFor(new double[11]), 1e-12, 60);
        assertThat(newton.primal()).isCloseTo(primalMin, within(1e-9 * Math.max(1, primalMin)));
        assertThat(newton.dual()).isCloseTo(primalMin, within(1e-9 * Math.max(1, primalMin)));
    }

    @Provide
    Arbitrary<Double> cs() {
        return Arbitraries.of(0.1, 1.0, 10.0);
    }

    @Property(tries = 60)
    void withOffsetsTheGapClosesAndPrimalAtMatchesTheExplicitPrimal(
            @ForAll @IntRange(min = 0, max = 100_000) int seed, @ForAll("cs") double c) {
        Random rng = new Random(seed);
        double[][] a = stacked(LogisticDualProperties.points(rng, 4, 3, 0.5), LogisticDualProperties.points(rng, 4, 3, -0.5));
        double[] offsets = new double[8];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = 2 * rng.nextGaussian();
        }
        GramLogisticDual dual = new GramLogisticDual(gram(a), 4, offsets, c);
        GramLogisticDual.Solution solution = dual.ascend(GramLogisticDual.multipliersFor(offsets), 400);
        // s = b / C, b = sum beta_i a_i
        double[] beta = dual.coefficients(solution.lambda());
        double[] s = new double[3];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < 3; j++) {
                s[j] += beta[i] * a[i][j] / c;
            }
        }
        assertThat(solution.primal()).isCloseTo(explicitPrimal(a, 4, offsets, s, c), within(1e-9));
        assertThat(solution.gap()).isBetween(-1e-9, 1e-6 * Math.max(1, Math.abs(solution.primal())));
    }

    @Property(tries = 100)
    void weakDualityHoldsForAnyFeasiblePair(@ForAll @IntRange(min = 0, max = 100_000) int seed,
            @ForAll @DoubleRange(min = 0.05, max = 20) double c) {
        Random rng = new Random(seed);
        double[][] a = stacked(LogisticDualProperties.points(rng, 3, 2, 0.5), LogisticDualProperties.points(rng, 3, 2, -0.5));
        double[] offsets = {rng.nextGaussian(), 0, 1, -1, 0.5, 3 * rng.nextGaussian()};
        GramLogisticDual dual = new GramLogisticDual(gram(a), 3, offsets, c);
        double[] s = {3 * rng.nextGaussian(), 3 * rng.nextGaussian()};
        assertThat(explicitPrimal(a, 3, offsets, s, c) - dual.dual(interior(rng, 6))).isGreaterThanOrEqualTo(-1e-12);
    }

    @Property(tries = 50)
    void dualGradientMatchesFiniteDifferences(@ForAll @IntRange(min = 0, max = 100_000) int seed) {
        Random rng = new Random(seed);
        double[][] a = stacked(LogisticDualProperties.points(rng, 3, 2, 0.5), LogisticDualProperties.points(rng, 2, 2, -0.5));
        double[] offsets = {0.3, -1, 0, 2, -0.5};
        GramLogisticDual dual = new GramLogisticDual(gram(a), 3, offsets, 0.7);
        double[] lambda = interior(rng, 5);
        double[] grad = dual.dualGradient(lambda);
        double h = 1e-6;
        for (int i = 0; i < lambda.length; i++) {
            double[] up = lambda.clone();
            double[] down = lambda.clone();
            up[i] += h;
            down[i] -= h;
            assertThat(grad[i]).isCloseTo((dual.dual(up) - dual.dual(down)) / (2 * h), within(1e-5));
        }
    }

    @Property(tries = 50)
    void ascentStaysInTheBoxAndNeverDecreasesTheDual(@ForAll @IntRange(min = 0, max = 100_000) int seed,
            @ForAll @DoubleRange(min = 0.01, max = 10) double c) {
        Random rng = new Random(seed);
        double[][] a = stacked(LogisticDualProperties.points(rng, 5, 2, 3), LogisticDualProperties.points(rng, 5, 2, -3));
        double[] offsets = new double[10];
        offsets[0] = 40;
        offsets[9] = -40;
        GramLogisticDual dual = new GramLogisticDual(gram(a), 5, offsets, c);
        double[] lambda = interior(rng, 10);
        double previous = dual.dual(lambda);
        for (int sweep = 0; sweep < 5; sweep++) {
            GramLogisticDual.Solution next = dual.ascend(lambda, 1);
            assertThat(java.util.Arrays.stream(next.lambda()).allMatch(l -> l >= -1 && l <= 0)).isTrue();
            assertThat(next.dual()).isGreaterThanOrEqualTo(previous - 1e-9);
            previous = next.dual();
            lambda = next.lambda();
        }
    }

    // m data and m generated points near one direction of length 5 sqrt(d): a nearly rank-one Gram matrix
    private static double[][] nearlyRankOne(Random rng, int m, int d) {
        double[] v = new double[d];
        for (int k = 0; k < d; k++) {
            v[k] = 5 * rng.nextGaussian();
        }
        double[][] a = new double[2 * m][d];
        for (int i = 0; i < 2 * m; i++) {
            for (int k = 0; k < d; k++) {
                a[i][k] = v[k] * (1 + 0.1 * rng.nextGaussian()) + 1e-3 * rng.nextGaussian();
            }
        }
        return a;
    }

    private static double[] beside(double[][] a, double[] beta, double c) {
        double[] s = new double[a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < s.length; k++) {
                s[k] += beta[i] * a[i][k] / c;
            }
        }
        return s;
    }

    @Provide
    Arbitrary<Double> wideCs() {
        return Arbitraries.of(1e-2, 1e-1, 1.0, 1e2, 1e4, 1e5);
    }

    @Property(tries = 40)
    void newtonClosesTheGapOnNearlyRankOneProblemsForEveryC(@ForAll @IntRange(min = 0, max = 100_000) int seed,
            @ForAll("wideCs") double c, @ForAll @IntRange(min = 2, max = 24) int m) {
        Random rng = new Random(seed);
        double[][] a = nearlyRankOne(rng, m, 6);
        double[] offsets = new double[2 * m];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = rng.nextGaussian();
        }
        GramLogisticDual dual = new GramLogisticDual(gram(a), m, offsets, c);
        GramLogisticDual.Solution solution = dual.solve(GramLogisticDual.multipliersFor(offsets), 1e-10, 60);
        double scale = Math.max(1, Math.abs(solution.primal()));
        // the floor of double precision here is about 1e-8 of P (C = 1e-2, m = 24); 100 coordinate-ascent
        // sweeps leave gaps of 1e1 to 1e3 on these problems
        assertThat(Math.abs(solution.gap())).isLessThanOrEqualTo(1e-7 * scale);
        // beta is the primal point's: P at s = sum beta_i a_i / C, written with the points, is the reported P
        assertThat(explicitPrimal(a, m, offsets, beside(a, solution.beta(), c), c))
                .isCloseTo(solution.primal(), within(1e-8 * scale));
        assertThat(Arrays.stream(solution.lambda()).allMatch(l -> l >= -1 && l <= 0)).isTrue();
    }

    @Example
    void newtonSolvesInAFewStepsWhatCoordinateAscentLeavesFarFromTheOptimum() {
        Random rng = new Random(1);
        double[][] a = nearlyRankOne(rng, 32, 20);
        double[] offsets = new double[64];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = rng.nextGaussian();
        }
        GramLogisticDual dual = new GramLogisticDual(gram(a), 32, offsets, 1e-2);
        double[] start = GramLogisticDual.multipliersFor(offsets);
        // measured: 100 sweeps leave a gap of about 1.7e3 nats; Newton closes it to 1e-9 within 30 steps
        assertThat(dual.ascend(start, 100).gap()).isGreaterThan(100);
        assertThat(dual.solve(start, 1e-9, 30).gap()).isBetween(-1e-9, 1e-9);
    }

    @Example
    void invalidInputNamesTheArgument() {
        double[][] k = {{1, 0}, {0, 1}};
        assertThatThrownBy(() -> new GramLogisticDual(k, 1, new double[2], 0)).hasMessageContaining("C");
        assertThatThrownBy(() -> new GramLogisticDual(k, 3, new double[2], 1)).hasMessageContaining("dataCount");
        assertThatThrownBy(() -> new GramLogisticDual(k, 1, new double[3], 1)).hasMessageContaining("offsets");
        assertThatThrownBy(() -> new GramLogisticDual(k, 1, new double[2], 1).dual(new double[] {0.5, -0.5}))
                .hasMessageContaining("lambda[0] = 0.5 is outside the box");
    }
}
