package genlab.cli;

import genlab.gan.GameConfig;
import genlab.gan.GameConfigBuilder;
import genlab.nn.LearningRateSchedule;
import genlab.train.GameData;
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

    @Option(names = "--epochs", description = "Epochs (default 20 for images, 100 for 2-D data, 500 for the mlp dual on grid25).")
    Integer epochs;

    @Option(names = "--batch-size", description = "Examples per batch (default " + GameConfigBuilder.BATCH_SIZE
            + "; 384 for the Dualing GAN's mlp dual on grid25).")
    Integer batchSize;

    @Option(names = "--batches-per-epoch", description = "Batches per epoch of a 2-D stream (default "
            + GameConfigBuilder.BATCHES_PER_EPOCH + ").")
    Integer batchesPerEpoch;

    @Option(names = "--limit", paramLabel = "N", description = "Train on the first N training images only.")
    Integer limit;

    @Option(names = "--lr", description = "Adam learning rate (default 2e-4 for images, 1e-3 for 2-D data).")
    Double lr;

    @Option(names = "--lr-schedule", description = "constant | cosine (annealed to 0) | step (x0.1 at 60%% of the steps, "
            + "x0.01 at 80%%) (default step for 2-D data, constant for images).")
    LearningRateSchedule lrSchedule;

    @Option(names = "--z-dim", description = "Dimension of z ~ U[-1, 1] (default " + GameConfigBuilder.Z_DIM + ").")
    Integer zDim;

    @Option(names = "--hidden", description = "Units of each MLP hidden layer (default 128 for 2-D data; 256 for images, 512 for the Dualing GAN's).")
    Integer hidden;

    @Option(names = "--channels", description = "Channel multiplier k of the conv networks: discriminator 8k-16k, "
            + "generator 16k-8k channels (default " + GameConfigBuilder.CHANNELS + ").")
    Integer channels;

    @Option(names = "--seed", description = "Seed of every random choice (default " + GameConfigBuilder.SEED + ").")
    Integer seed;

    @Option(names = "--pack", description = "Examples the discriminator scores at once, all data or all generated "
            + "(PacGAN's packing; default 1, and 3 for the Dualing GAN's mlp dual on grid25, or 2 when --batch-size is "
            + "not a multiple of 3); it must divide --batch-size.")
    Integer pack;

    /** Sets on {@code builder} the options given on the command line; the others keep the library's defaults. */
    <B extends GameConfigBuilder<B>> B applyTo(B builder) {
        Optional.ofNullable(epochs).ifPresent(builder::optEpochs);
        Optional.ofNullable(batchSize).ifPresent(builder::optBatchSize);
        Optional.ofNullable(batchesPerEpoch).ifPresent(builder::optBatchesPerEpoch);
        Optional.ofNullable(lr).ifPresent(builder::optLearningRate);
        Optional.ofNullable(zDim).ifPresent(builder::optZDim);
        Optional.ofNullable(hidden).ifPresent(builder::optHidden);
        Optional.ofNullable(channels).ifPresent(builder::optChannels);
        Optional.ofNullable(seed).ifPresent(builder::optSeed);
        Optional.ofNullable(pack).ifPresent(builder::optPack);
        return builder.optLimit(limit).optImageShape(image.shape().orElse(null)).optLrSchedule(lrSchedule);
    }

    /** Checks --out before any work, then loads the data of {@code config} (images from --data or the standard places). */
    GameData load(GameConfig config) {
        folder.check();
        return GameData.load(config, Optional.ofNullable(data));
    }
}
