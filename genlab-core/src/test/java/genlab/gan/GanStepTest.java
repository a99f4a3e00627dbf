package genlab.gan;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import genlab.ConfigException;
import genlab.Float32;
import genlab.Recipe;
import genlab.data.ImageShape;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

class GanStepTest {

    private static GanConfig config(Architecture arch, int dimension) {
        return new GanConfig(GanConfig.MODEL, "test", dimension, arch, null, GeneratorLoss.NONSATURATING, 8, 32, 1, 1, 1,
                null, dimension == 784 ? ImageShape.MNIST : null, null).validated();
    }

    @Test
    void aPackedDiscriminatorScoresPacksOfConsecutivePoints() {
        Engine.getInstance().setRandomSeed(5);
        try (NDManager manager = NDManager.newBaseManager()) {
            GanConfig config = GanConfig.builder().optDataset("ring8").optPack(2).optHidden(16).build();
            Gan gan = new Gan(manager, config, 5);
            assertThat(gan.net().pack()).isEqualTo(2);
            assertThat(gan.net().exampleShape()).isEqualTo(new Shape(4));
            ParameterStore store = new ParameterStore(manager, false);
            NDArray x = manager.randomNormal(new Shape(7, 2));
            // 7 points are 3 packs and one left out; pack 1 is points 2 and 3 side by side
            NDArray scores = gan.net().score(store, gan.net().packable(x), false);
            assertThat(scores.getShape()).isEqualTo(new Shape(3, 1));
            NDArray second = x.get("2:4").reshape(1, 4);
            // the same pack scored alone: equal up to the batched kernel's order of summation (three
            // layers of at most 16 inputs, products summing to well under 100 in absolute value)
            assertThat(gan.net().discriminator().forward(store, new NDList(second), false).singletonOrThrow().getFloat())
                    .isCloseTo(scores.getFloat(1, 0), Float32.reordered(3 * 16, 100));
            // D(x) of each data pack, counted for both of its points
            double real = 0;
            for (float f : scores.toFloatArray()) {
                real += 2 / (1 + Math.exp(-f));
            }
            assertThat(gan.evaluate(x).get("d_real")).isCloseTo(real, within(1e-4));
            // D's objective rises on a fixed batch; a batch smaller than one pack scores nothing
            Engine.getInstance().setRandomSeed(9);
            double before = gan.evaluate(x).get("d_loss");
            for (int i = 0; i < 20; i++) {
                gan.trainStep(x);
            }
            Engine.getInstance().setRandomSeed(9);
            assertThat(gan.evaluate(x).get("d_loss")).isLessThan(before);
            assertThat(gan.trainStep(x.get("0:1"))).containsExactly(entry("d_loss", 0.0), entry("g_loss", 0.0),
                    entry("d_real", 0.0), entry("d_fake", 0.0));
        }
    }

    @Test
    void aPackMustSplitTheBatchAndFitTheDiscriminator() {
        assertThatThrownBy(() -> Recipe.of(GanConfig.builder().optDataset("grid25").optPack(3).build()))
                .isInstanceOf(ConfigException.class).hasMessage("pack 3 does not divide batchSize 256: a batch is split into packs");
        assertThatThrownBy(() -> GanConfig.builder().optPack(2).build()).isInstanceOf(ConfigException.class)
                .hasMessage("pack 2 needs the mlp or a features discriminator: the conv discriminator scores one image "
                        + "at a time");
        GanConfig images = GanConfig.builder().optArch(Architecture.MLP).optPack(2).build();
        assertThat(GanNets.of(images, 2).exampleShape()).isEqualTo(new Shape(1568));
        assertThat(images.toBuilder().build()).isEqualTo(images);
    }

    @Test
    void discriminatorStepsIncreaseItsObjectiveOnAFixedBatch() {
        Engine.getInstance().setRandomSeed(5);
        try (NDManager manager = NDManager.newBaseManager()) {
            Gan gan = new Gan(manager, config(Architecture.MLP, 2), 1);
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
            Gan gan = new Gan(manager, config(Architecture.CONV, 784), 1);
            NDArray samples = gan.sample(manager, 3);
            assertThat(samples.getShape()).isEqualTo(new Shape(3, 784));
            assertThat(samples.min().getFloat()).isGreaterThanOrEqualTo(0f);
            assertThat(samples.max().getFloat()).isLessThanOrEqualTo(1f);
            assertThat(gan.evaluate(samples)).containsKeys("d_loss", "g_loss", "d_real", "d_fake");
        }
    }
}
