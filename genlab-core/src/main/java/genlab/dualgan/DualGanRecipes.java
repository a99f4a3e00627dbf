package genlab.dualgan;

import genlab.Recipe;
import genlab.TrainingConfig;
import genlab.gan.GanRecipes;
import genlab.gan.GeneratorLoss;

/**
 * The Dualing GAN's recipes: the settings each data set is known to work with (docs/dualgan.md,
 * sections 5 and 7), and the rules that give a {@link DualGanConfig.Builder} the fields it was not
 * given. The linearized MLP dual is the default discriminator; on ring8 its proximal metric is
 * Euclidean, elsewhere per-tensor; grid25's MLP dual packs 3 points (PacGAN3's packing) in batches
 * of 384, with the non-saturating generator, for 500 epochs.
 */
public final class DualGanRecipes {

    /** The MLP dual's width on images, twice the GAN's. */
    public static final int IMAGE_HIDDEN = 512;

    private static final String GRID25 = "grid25";
    private static final String RING8 = "ring8";

    /** grid25's batch for the MLP dual: 128 packs of 3 points a side. */
    private static final int GRID25_BATCH = 384;
    private static final int GRID25_PACK = 3;
    private static final int GRID25_EPOCHS = 500;

    private DualGanRecipes() {}

    /** ring8: the linearized MLP dual solved by Newton, Euclidean proximal metric, C = 1e4, 100 epochs. */
    public static Recipe<DualGanConfig> ring8() {
        return Recipe.of(DualGanConfig.builder().optDataset(RING8).build());
    }

    /** grid25: the MLP dual on packs of 3, per-tensor metric, C = 3, non-saturating generator, 500 epochs of 384. */
    public static Recipe<DualGanConfig> grid25() {
        return Recipe.of(DualGanConfig.builder().optDataset(GRID25).build());
    }

    /** MNIST: the MLP dual 512 wide with the conv generator, per-tensor metric, C = 3, 20 epochs. */
    public static Recipe<DualGanConfig> mnist() {
        return Recipe.of(DualGanConfig.builder().optDataset("mnist").build());
    }

    /** The training of {@code model}'s recipe: the games' ({@link GanRecipes#training}), or grid25's for its MLP dual. */
    public static TrainingConfig training(DualGanConfig model) {
        TrainingConfig game = GanRecipes.training(model.dimension() == 2);
        return packedGrid(model.discriminator(), model.dataset())
                ? game.toBuilder().optBatchSize(batchSize(model.discriminator(), model.dataset())).optEpochs(GRID25_EPOCHS).build() : game;
    }

    /** The recipe's batch size: 384 for grid25's MLP dual, the games' otherwise. */
    public static int batchSize(DiscriminatorKind kind, String dataset) {
        return packedGrid(kind, dataset) ? GRID25_BATCH : GanRecipes.BATCH_SIZE;
    }

    /** The discriminator family of the recipes: the linearized MLP. */
    public static final DiscriminatorKind DISCRIMINATOR = DiscriminatorKind.MLP;

    /**
     * The pack for batches of {@code batchSize}: for grid25's MLP dual 3, or 2 when the batch is not
     * a multiple of 3; 1 otherwise.
     */
    public static int pack(DiscriminatorKind kind, String dataset, int batchSize) {
        return !packedGrid(kind, dataset) ? 1 : batchSize % GRID25_PACK == 0 ? GRID25_PACK : 2;
    }

    /** The MLP dual's proximal metric: Euclidean on ring8 (and for the linear dual, which has none), per-tensor otherwise. */
    public static ProximalMetric proximalMetric(DiscriminatorKind kind, String dataset) {
        return kind == DiscriminatorKind.MLP && !RING8.equals(dataset) ? ProximalMetric.PER_TENSOR
                : ProximalMetric.EUCLIDEAN;
    }

    /**
     * C: 3 for the linear dual; for the MLP's, 1e4 on points and 3e3 on images in the Euclidean
     * metric, and in the per-tensor one 10 on unpacked points, 3 on images or packed points.
     */
    public static double c(DiscriminatorKind kind, ProximalMetric metric, boolean planar, int pack) {
        if (kind == DiscriminatorKind.LINEAR) {
            return 3;
        }
        if (metric == ProximalMetric.PER_TENSOR) {
            return planar && pack == 1 ? 10 : 3;
        }
        return planar ? 1e4 : 3e3;
    }

    /** Coordinate-ascent sweeps per batch: 3 on points, 100 on images. */
    public static int dualSteps(boolean planar) {
        return planar ? 3 : 100;
    }

    /** The generator's loss: non-saturating for grid25's MLP dual, minimax otherwise. */
    public static GeneratorLoss generatorLoss(DiscriminatorKind kind, String dataset) {
        return packedGrid(kind, dataset) ? GeneratorLoss.NONSATURATING : GeneratorLoss.MINIMAX;
    }

    private static boolean packedGrid(DiscriminatorKind kind, String dataset) {
        return kind == DiscriminatorKind.MLP && GRID25.equals(dataset);
    }
}
