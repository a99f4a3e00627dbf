package genlab.cli;

import genlab.LearningRateSchedule;
import genlab.Recipe;
import genlab.RunConfig;
import genlab.TrainingConfig;
import genlab.data.GaussianMixture2d;
import genlab.gan.GameConfig;
import genlab.gan.GameConfigBuilder;
import genlab.gan.GanRecipes;
import genlab.train.RunSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every generator-versus-discriminator command ({@code gan}, {@code dualgan}) shares, with their defaults. */
public final class GameOptions {

    @Option(names = "--data", paramLabel = "DIR", description = "Folder with the dataset's IDX files.")
    Path data;

    @Mixin
    RunFolderOptions folder = new RunFolderOptions();

    @Mixin
    ImageOptions image = new ImageOptions();

    // the options whose defaults differ between the GAN and the Dualing GAN take their help from the
    // command's resource bundle (GanHelp, DualGanHelp)
    @Option(names = "--epochs", descriptionKey = "epochs")
    Integer epochs;

    @Option(names = "--batch-size", descriptionKey = "batch-size")
    Integer batchSize;

    @Option(names = "--batches-per-epoch", description = "Batches per epoch of a 2-D stream (default "
            + GanRecipes.BATCHES_PER_EPOCH + ").")
    Integer batchesPerEpoch;

    @Option(names = "--limit", paramLabel = "N", description = "Train on the first N training images only.")
    Integer limit;

    @Option(names = "--lr", description = "Adam learning rate (default 2e-4 for images, 1e-3 for 2-D data).")
    Double lr;

    @Option(names = "--lr-schedule", description = "constant | cosine (annealed to 0) | step (x0.1 at 60%% of the steps, "
            + "x0.01 at 80%%) (default step for 2-D data, constant for images).")
    LearningRateSchedule lrSchedule;

    @Option(names = "--latent", description = "Dimension of z ~ U[-1, 1] (default " + GameConfigBuilder.LATENT + ").")
    Integer latent;

    @Option(names = "--hidden", descriptionKey = "hidden")
    Integer hidden;

    @Option(names = "--channels", description = "Channel multiplier k of the conv networks: discriminator 8k-16k, "
            + "generator 16k-8k channels (default " + GameConfigBuilder.CHANNELS + ").")
    Integer channels;

    @Option(names = "--seed", description = "Seed of every random choice (default " + GanRecipes.SEED + ").")
    Integer seed;

    @Option(names = "--pack", descriptionKey = "pack")
    Integer pack;

    /** Sets on {@code builder} the model's options given on the command line; the others keep the library's defaults. */
    <B extends GameConfigBuilder<B>> B applyTo(B builder) {
        Optional.ofNullable(latent).ifPresent(builder::optLatent);
        Optional.ofNullable(hidden).ifPresent(builder::optHidden);
        Optional.ofNullable(channels).ifPresent(builder::optChannels);
        Optional.ofNullable(pack).ifPresent(builder::optPack);
        return builder.optLimit(limit).optImageShape(image.shape().orElse(null));
    }

    /** {@code model} with its recipe's training, changed by the training options given on the command line. */
    <C extends RunConfig<C>> Recipe<C> recipe(C model) {
        TrainingConfig.Builder training = model.defaultTraining().toBuilder();
        Optional.ofNullable(epochs).ifPresent(training::optEpochs);
        Optional.ofNullable(batchSize).ifPresent(training::optBatchSize);
        Optional.ofNullable(batchesPerEpoch).ifPresent(training::optBatchesPerEpoch);
        Optional.ofNullable(lr).ifPresent(training::optLearningRate);
        Optional.ofNullable(lrSchedule).ifPresent(training::optLrSchedule);
        Optional.ofNullable(seed).ifPresent(training::optSeed);
        return new Recipe<>(model, training.build());
    }

    /** Trains {@code recipe} as a new run, on one thread for points in the plane and every core for images by default. */
    <C extends RunConfig<C> & GameConfig> void start(Recipe<C> recipe, EngineOptions engine) throws IOException {
        boolean planar = GaussianMixture2d.byId(recipe.model().dataset()).isPresent();
        folder.start(recipe, data, engine.trainingSettings(RunSettings.defaultThreads(planar)));
    }
}
