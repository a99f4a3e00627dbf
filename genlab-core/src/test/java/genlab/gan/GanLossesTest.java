package genlab.gan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GanLossesTest {

    private NDManager manager;

    @BeforeEach
    void start() {
        manager = NDManager.newBaseManager();
    }

    @AfterEach
    void stop() {
        manager.close();
    }

    private static double sigmoid(double l) {
        return 1 / (1 + Math.exp(-l));
    }

    @Test
    void lossesMatchHandComputedValues() {
        double[] real = {2.0, -0.5};
        double[] fake = {-1.0, 0.3};
        // -mean log D(x) - mean log(1 - D(G(z)))
        double d = -(Math.log(sigmoid(2.0)) + Math.log(sigmoid(-0.5))) / 2
                - (Math.log(1 - sigmoid(-1.0)) + Math.log(1 - sigmoid(0.3))) / 2;
        double minimax = (Math.log(1 - sigmoid(-1.0)) + Math.log(1 - sigmoid(0.3))) / 2;
        double nonSaturating = -(Math.log(sigmoid(-1.0)) + Math.log(sigmoid(0.3))) / 2;
        NDArray r = manager.create(new float[] {2.0f, -0.5f});
        NDArray f = manager.create(new float[] {-1.0f, 0.3f});
        assertThat((double) GanLosses.discriminator(r, f).getFloat()).isCloseTo(d, within(1e-6));
        assertThat((double) GanLosses.generator(GeneratorLoss.MINIMAX, f).getFloat()).isCloseTo(minimax, within(1e-6));
        assertThat((double) GanLosses.generator(GeneratorLoss.NONSATURATING, f).getFloat())
                .isCloseTo(nonSaturating, within(1e-6));
        assertThat(real.length + fake.length).isEqualTo(4);
    }

    @Test
    void extremeLogitsStayFinite() {
        // a perfect discriminator (+-1000) costs 0; a perfectly fooled one costs 1000 per term, never inf
        NDArray sure = manager.create(new float[] {1000f});
        NDArray fooled = manager.create(new float[] {-1000f});
        assertThat(GanLosses.discriminator(sure, fooled).getFloat()).isZero();
        assertThat(GanLosses.discriminator(fooled, sure).getFloat()).isEqualTo(2000f);
        assertThat(GanLosses.generator(GeneratorLoss.NONSATURATING, fooled).getFloat()).isEqualTo(1000f);
        assertThat(GanLosses.generator(GeneratorLoss.MINIMAX, sure).getFloat()).isEqualTo(-1000f);
        assertThat(GanLosses.generator(GeneratorLoss.MINIMAX, fooled).getFloat()).isZero();
    }
}
