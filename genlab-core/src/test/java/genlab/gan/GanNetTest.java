package genlab.gan;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import genlab.ConfigException;
import genlab.LearningRateSchedule;
import genlab.Recipe;
import genlab.TrainingConfig;
import genlab.data.ImageShape;
import genlab.dualgan.DiscriminatorKind;
import genlab.dualgan.DualGanConfig;
import genlab.dualgan.DualGanRecipes;
import genlab.dualgan.DualSolver;
import genlab.dualgan.ProximalMetric;
import genlab.nn.Mlp;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A GAN takes the user's players; shapes that do not fit are errors naming the player. */
class GanNetTest {

    private static final GanConfig CONFIG = GanConfig.builder().optDataset("ring8").optArch(Architecture.MLP).optDimension(6).optLatent(3)
            .optHidden(5).build();

    private static GanNet.Builder net() {
        return GanNet.builder().setGenerator(Mlp.builder().setSizes(3, 5, 6).build())
                .setDiscriminator(Mlp.builder().setSizes(6, 5, 1).build()).setExampleShape(new Shape(6)).setLatent(3);
    }

    @Test
    void usersPlayersTrainAndSample() {
        try (NDManager manager = NDManager.newBaseManager()) {
            // the discriminator sees each example as a 2 x 3 image and flattens it itself
            Gan gan = new Gan(manager, CONFIG, net().setExampleShape(new Shape(2, 3)).setDiscriminator(
                    new SequentialBlock().add(Blocks.batchFlattenBlock()).add(Mlp.builder().setSizes(6, 5, 1).build()))
                    .build());
            double loss = gan.trainStep(manager.randomNormal(new Shape(8, 6))).get("d_loss");
            assertThat(loss).isFinite().isPositive();
            assertThat(gan.sample(manager, 3).getShape()).isEqualTo(new Shape(3, 6));
        }
    }

    @Test
    void aGeneratorOfTheWrongWidthIsNamed() {
        try (NDManager manager = NDManager.newBaseManager()) {
            GanNet wrong = net().setGenerator(Linear.builder().setUnits(4).build()).build();
            assertThatThrownBy(() -> new Gan(manager, CONFIG, wrong)).isInstanceOf(ConfigException.class)
                    .hasMessage("generator returns [(1, 4)] for z of shape (1, 3), expected one output of 6 values per "
                            + "row (example shape (6))");
        }
    }

    @Test
    void aDiscriminatorWithMoreThanOneScoreIsNamed() {
        try (NDManager manager = NDManager.newBaseManager()) {
            GanNet wrong = net().setDiscriminator(Linear.builder().setUnits(2).build()).build();
            assertThatThrownBy(() -> new Gan(manager, CONFIG, wrong)).isInstanceOf(ConfigException.class)
                    .hasMessage("discriminator returns [(1, 2)] for an example of shape (1, 6), expected one score: "
                            + "(1, 1) or (1)");
        }
    }

    @Test
    void aConfigThatDisagreesWithThePlayersIsNamed() {
        try (NDManager manager = NDManager.newBaseManager()) {
            assertThatThrownBy(() -> new Gan(manager, CONFIG.toBuilder().optLatent(4).build(), net().build()))
                    .hasMessage("latent is 4 but the networks' latent is 3");
            assertThatThrownBy(() -> net().setDiscriminator(null).build()).hasMessage("discriminator is required");
            // a pack of 2 examples of 6 values, for a config that packs none
            GanNet packed = net().setDiscriminator(Mlp.builder().setSizes(12, 5, 1).build())
                    .setExampleShape(new Shape(12)).optPack(2).build();
            assertThat(packed.dimension()).isEqualTo(6);
            assertThatThrownBy(() -> new Gan(manager, CONFIG, packed)).isInstanceOf(ConfigException.class)
                    .hasMessage("pack is 1 but the networks' pack is 2");
            assertThatThrownBy(() -> net().optPack(4).build()).isInstanceOf(ConfigException.class)
                    .hasMessage("pack 4 does not divide the 6 values of exampleShape (6)");
        }
    }

    @Test
    void buildersHoldTheCommandLinesDefaults() {
        GanConfig images = GanConfig.builder().build();
        assertThat(images).isEqualTo(new GanConfig(GanConfig.MODEL, "mnist", 784, Architecture.CONV, null,
                GeneratorLoss.NONSATURATING, 64, 256, 2, 1, 1, null, ImageShape.MNIST, 1));
        assertThat(images.defaultTraining()).isEqualTo(new TrainingConfig(20, 256, 100, 2e-4, LearningRateSchedule.CONSTANT, 2));
        assertThat(images.toBuilder().build()).isEqualTo(images);
        GanConfig points = GanConfig.builder().optDataset("RING8").build();
        assertThat(points).isEqualTo(new GanConfig(GanConfig.MODEL, "ring8", 2, Architecture.MLP, null,
                GeneratorLoss.NONSATURATING, 64, 128, 2, 1, 1, null, null, 1));
        assertThat(points.defaultTraining()).isEqualTo(new TrainingConfig(100, 256, 100, 1e-3, LearningRateSchedule.STEP, 2));
        DualGanConfig dual = DualGanConfig.builder().build();
        assertThat(dual).isEqualTo(new DualGanConfig(DualGanConfig.MODEL, "ring8", 2, DiscriminatorKind.MLP,
                "rff:256:0.3", Architecture.MLP, 64, 128, 2, 1e4, 3, null, null, DualSolver.NEWTON,
                GeneratorLoss.MINIMAX, ProximalMetric.EUCLIDEAN, 1));
        assertThat(DualGanRecipes.ring8()).isEqualTo(new Recipe<>(dual, points.defaultTraining()));
        assertThat(dual.toBuilder().build()).isEqualTo(dual);
        DualGanConfig dualImages = DualGanConfig.builder().optDataset("fashion-mnist").build();
        assertThat(dualImages.discriminator()).isEqualTo(DiscriminatorKind.MLP);
        assertThat(dualImages.c()).isEqualTo(3);
        assertThat(dualImages.metric()).isEqualTo(ProximalMetric.PER_TENSOR);
        assertThat(dualImages.generatorObjective()).isEqualTo(GeneratorLoss.MINIMAX);
        assertThat(DualGanConfig.builder().optDataset("mnist").optProximalMetric(ProximalMetric.EUCLIDEAN).build().c())
                .isEqualTo(3e3);
        assertThat(dualImages.dualSteps()).isEqualTo(100);
        assertThat(dualImages.solver()).isEqualTo(DualSolver.NEWTON);
        assertThat(dualImages.generatorArch()).isEqualTo(Architecture.CONV);
        assertThat(DualGanConfig.builder().optDiscriminator(DiscriminatorKind.LINEAR).build().c()).isEqualTo(3);
    }

    @Test
    void aDualGanConfigWithoutTheNewerFieldsMeansWhatItDidWhenItWasWritten() {
        DualGanConfig nonSaturating = DualGanConfig.builder().optGeneratorLoss(GeneratorLoss.NONSATURATING).build();
        assertThat(nonSaturating.toBuilder().build()).isEqualTo(nonSaturating);
        assertThat(nonSaturating.generatorObjective()).isEqualTo(GeneratorLoss.NONSATURATING);
        // a config.json from before the fields: null solver, generator loss, metric and pack
        DualGanConfig old = new DualGanConfig(DualGanConfig.MODEL, "ring8", 2, DiscriminatorKind.MLP, "rff:256:0.3",
                Architecture.MLP, 64, 128, 2, 1e4, 3, null, null, null, null, null, null);
        assertThat(old.solver()).isEqualTo(DualSolver.ASCENT);
        assertThat(new TrainingConfig(30, 256, 100, 1e-3, null, 2).schedule()).isEqualTo(LearningRateSchedule.CONSTANT);
        assertThat(old.generatorObjective()).isEqualTo(GeneratorLoss.MINIMAX);
        assertThat(old.metric()).isEqualTo(ProximalMetric.EUCLIDEAN);
        assertThat(old.packSize()).isEqualTo(1);
        // and rebuilt (a resumed run), it keeps that meaning on grid25, whose defaults are now others
        DualGanConfig oldGrid = new DualGanConfig(DualGanConfig.MODEL, "grid25", 2, DiscriminatorKind.MLP, "rff:256:0.3",
                Architecture.MLP, 64, 128, 2, 1e4, 3, null, null, null, null, null, null);
        DualGanConfig rebuilt = oldGrid.toBuilder().build();
        assertThat(List.<Object>of(rebuilt.solver(), rebuilt.generatorObjective(), rebuilt.metric(), rebuilt.c()))
                .containsExactly(DualSolver.ASCENT, GeneratorLoss.MINIMAX, ProximalMetric.EUCLIDEAN, 1e4);
        Recipe<DualGanConfig> grid = DualGanRecipes.grid25();
        assertThat(List.<Object>of(grid.model().metric(), grid.model().c(), grid.model().generatorObjective(),
                grid.model().packSize(), grid.training().batchSize(), grid.training().epochs()))
                .containsExactly(ProximalMetric.PER_TENSOR, 3.0, GeneratorLoss.NONSATURATING, 3, 384, 500);
        assertThat(grid.model().toBuilder().build()).isEqualTo(grid.model());
        // a batch that packs of 3 do not split takes packs of 2; the GAN's batch stays 256
        assertThat(DualGanRecipes.pack(DiscriminatorKind.MLP, "grid25", 256)).isEqualTo(2);
        assertThat(DualGanRecipes.pack(DiscriminatorKind.MLP, "grid25", 96)).isEqualTo(3);
        assertThat(DualGanRecipes.pack(DiscriminatorKind.LINEAR, "grid25", 96)).isEqualTo(1);
        assertThat(GanConfig.builder().optDataset("grid25").build().defaultTraining().batchSize()).isEqualTo(256);
        // the dual's MLP on images is twice the GAN's width, unless a width is set
        assertThat(DualGanConfig.builder().optDataset("mnist").build().hidden()).isEqualTo(512);
        assertThat(DualGanConfig.builder().optDataset("mnist").optHidden(256).build().hidden()).isEqualTo(256);
        assertThat(DualGanConfig.builder().optDataset("ring8").build().hidden()).isEqualTo(128);
        assertThat(GanConfig.builder().optDataset("mnist").build().hidden()).isEqualTo(256);
        DualGanConfig gridUnpacked = DualGanConfig.builder().optDataset("grid25").optPack(1).build();
        assertThat(List.<Object>of(gridUnpacked.c(), gridUnpacked.defaultTraining().epochs())).containsExactly(10.0, 500);
        assertThat(DualGanConfig.builder().optDataset("ring8").optPack(2).build().c()).isEqualTo(1e4);
        DualGanConfig gridEuclidean = DualGanConfig.builder().optDataset("grid25")
                .optProximalMetric(ProximalMetric.EUCLIDEAN).build();
        assertThat(gridEuclidean.c()).isEqualTo(1e4);
        DualGanConfig gridLinear = DualGanConfig.builder().optDataset("grid25").optDiscriminator(DiscriminatorKind.LINEAR)
                .build();
        assertThat(List.<Object>of(gridLinear.metric(), gridLinear.c(), gridLinear.generatorObjective(),
                gridLinear.packSize(), gridLinear.defaultTraining().epochs())).containsExactly(ProximalMetric.EUCLIDEAN, 3.0,
                GeneratorLoss.MINIMAX, 1, 100);
    }

    @Test
    void aBadSettingIsNamedByItsField() {
        assertThatThrownBy(() -> GanConfig.builder().optDSteps(0).build()).isInstanceOf(ConfigException.class)
                .hasMessage("dSteps must be a positive integer, got 0");
        assertThatThrownBy(() -> DualGanConfig.builder().optC(-1).build()).isInstanceOf(ConfigException.class)
                .hasMessage("c must be a positive finite number, got -1.0");
        assertThatThrownBy(() -> DualGanConfig.builder().optDiscriminator(DiscriminatorKind.LINEAR)
                .optProximalMetric(ProximalMetric.PER_TENSOR).build()).isInstanceOf(ConfigException.class)
                .hasMessage("proximalMetric per-tensor needs the mlp discriminator: the linear dual has no proximal term");
        // no way around the checks: the canonical constructors run them too
        assertThatThrownBy(() -> new GanConfig(GanConfig.MODEL, "ring8", 2, Architecture.MLP, null,
                GeneratorLoss.NONSATURATING, 64, 128, 2, 0, 1, null, null, 1)).isInstanceOf(ConfigException.class)
                .hasMessage("dSteps must be a positive integer, got 0");
        assertThatThrownBy(() -> new TrainingConfig(0, 128, null, 1e-3, null, 2)).isInstanceOf(ConfigException.class)
                .hasMessage("epochs must be a positive integer, got 0");
        assertThatThrownBy(() -> GanConfig.builder().optDataset("cifar").build())
                .hasMessage("unknown dataset 'cifar', expected one of [mnist, fashion-mnist, ring8, grid25, images:DIR]");
    }
}
