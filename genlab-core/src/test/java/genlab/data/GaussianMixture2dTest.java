package genlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GaussianMixture2dTest {

    @Test
    void modesSitWhereTheBenchmarksPutThem() {
        GaussianMixture2d ring = GaussianMixture2d.ring8();
        assertThat(ring.modes()).hasNumberOfRows(8);
        for (double[] m : ring.modes()) {
            assertThat(Math.hypot(m[0], m[1])).isCloseTo(2, within(1e-12));
        }
        GaussianMixture2d grid = GaussianMixture2d.grid25();
        assertThat(grid.modes()).hasNumberOfRows(25);
        assertThat(grid.modes()[0]).containsExactly(-4, -4);
        assertThat(grid.modes()[24]).containsExactly(4, 4);
        assertThat(grid.std()).isEqualTo(0.05);
    }

    @Test
    void samplesHaveTheMixturesMeanAndSpread() {
        GaussianMixture2d grid = GaussianMixture2d.grid25();
        int n = 200_000;
        float[] p = new float[2 * n];
        grid.sample(new Random(3), p, n);
        double meanX = 0;
        double varX = 0;
        double within = 0;
        for (int i = 0; i < n; i++) {
            meanX += p[2 * i] / n;
            varX += p[2 * i] * (double) p[2 * i] / n;
            // distance to the nearest grid point along x, in stds
            double r = p[2 * i] - 2 * Math.round(p[2 * i] / 2.0);
            within += r * r / n;
        }
        // x is uniform on {-4,-2,0,2,4} plus N(0, .05^2): mean 0, variance 8 + .0025
        assertThat(meanX).isCloseTo(0, within(0.02));
        assertThat(varX).isCloseTo(8.0025, within(0.1));
        assertThat(Math.sqrt(within)).isCloseTo(0.05, within(0.001));
    }

    @Test
    void evaluationPassesRepeatAndTrainingPassesDoNot() {
        MixtureStream stream = new MixtureStream(GaussianMixture2d.ring8(), 4, 2, new Random(1), 99);
        stream.startPass(false);
        float[] a = stream.batch(0).clone();
        stream.startPass(false);
        assertThat(stream.batch(0)).isEqualTo(a);
        stream.startPass(true);
        assertThat(stream.batch(0)).isNotEqualTo(a);
        assertThat(GaussianMixture2d.byId("mnist")).isEmpty();
    }
}
