package genlab.gan;

import genlab.LearningRateSchedule;
import genlab.Recipe;
import genlab.TrainingConfig;

/**
 * The trainings the games are known to work with (docs/results.md, docs/dualgan.md): 100 epochs of
 * 100 fresh batches on points in the plane, at 1e-3 with the step schedule, whose last 40% of steps
 * at a tenth and a hundredth of the rate settle the samples on the modes; 20 passes over an image
 * set at 2e-4. Both take batches of {@value #BATCH_SIZE} and seed {@value #SEED}.
 */
public final class GanRecipes {

    /** Examples per batch. */
    public static final int BATCH_SIZE = 256;
    /** Fresh batches per epoch of a 2-D stream. */
    public static final int BATCHES_PER_EPOCH = 100;
    /** The seed of every random choice. */
    public static final int SEED = 2;

    private GanRecipes() {}

    /** The GAN on ring8: the MLP pair, non-saturating generator loss. */
    public static Recipe<GanConfig> ring8() {
        return Recipe.of(GanConfig.builder().optDataset("ring8").build());
    }

    /** The small conv GAN on MNIST. */
    public static Recipe<GanConfig> mnist() {
        return Recipe.of(GanConfig.builder().build());
    }

    /** A game's training on points in the plane ({@code planar}) or on images. */
    public static TrainingConfig training(boolean planar) {
        return TrainingConfig.builder().optEpochs(planar ? 100 : 20).optBatchSize(BATCH_SIZE)
                .optBatchesPerEpoch(BATCHES_PER_EPOCH).optLearningRate(planar ? 1e-3 : 2e-4)
                .optLrSchedule(planar ? LearningRateSchedule.STEP : LearningRateSchedule.CONSTANT).optSeed(SEED).build();
    }
}
