package genlab.gan;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import genlab.data.ImageShape;
import org.junit.jupiter.api.Test;

class GanStepTest {

    private static GanConfig config(Architecture arch, int dimension) {
        return new GanConfig(GanConfig.MODEL, "test", dimension, arch, null, GeneratorLoss.NONSATURATING, 8, 32, 1, 1, 1, 1, 64,
                1, 1e-3, 1, null, dimension == 784 ? ImageShape.MNIST : null, null).validated();
    }

    @Test
    void discriminatorStepsIncreaseItsObjectiveOnAFixedBatch() {
        Engine.getInstance().setRandomSeed(5);
        try (NDManager manager = NDManager.newBaseManager()) {
            Gan gan = new Gan(manager, config(Architecture.MLP, 2));
            NDArray x = manager.randomNormal(new Shape(64, 2)).add(3);
            // d_loss = -(E log D(x) + E log(1 - D(G(z)))): D's objective is its negation
            Engine.getInstance().setRandomSeed(9);
            double before = gan.evaluate(x).get("d_loss");
            for (int i = 0; i < 20; i++) {
                gan.trainStep(x);
            }
            Engine.getInstance().setRandomSeed(9);
            double after = gan.evaluate(x).get("d_loss");
            assertThat(after).isLessThan(before);
        }
    }

    @Test
    void convPairHasTheDocumentedShapes() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Gan gan = new Gan(manager, config(Architecture.CONV, 784));
            NDArray samples = gan.sample(manager, 3);
            assertThat(samples.getShape()).isEqualTo(new Shape(3, 784));
            assertThat(samples.min().getFloat()).isGreaterThanOrEqualTo(0f);
            assertThat(samples.max().getFloat()).isLessThanOrEqualTo(1f);
            assertThat(gan.evaluate(samples)).containsKeys("d_loss", "g_loss", "d_real", "d_fake");
        }
    }
}
