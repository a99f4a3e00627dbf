package genlab.cli;

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

    @Option(names = "--epochs", description = "Epochs (default 20 for images, 30 for 2-D data).")
    Integer epochs;

    @Option(names = "--batch-size", description = "Examples per batch (default ${DEFAULT-VALUE}).")
    int batchSize = 256;

    @Option(names = "--batches-per-epoch", description = "Batches per epoch of a 2-D stream (default ${DEFAULT-VALUE}).")
    int batchesPerEpoch = 100;

    @Option(names = "--limit", paramLabel = "N", description = "Train on the first N training images only.")
    Integer limit;

    @Option(names = "--lr", description = "Adam learning rate (default 2e-4 for images, 1e-3 for 2-D data).")
    Double lr;

    @Option(names = "--z-dim", description = "Dimension of z ~ U[-1, 1] (default ${DEFAULT-VALUE}).")
    int zDim = 64;

    @Option(names = "--hidden", description = "Units of each MLP hidden layer (default 128 for 2-D data, 256 for images).")
    Integer hidden;

    @Option(names = "--channels", description = "Channel multiplier k of the conv networks: discriminator 8k-16k, "
            + "generator 16k-8k channels (default ${DEFAULT-VALUE}).")
    int channels = 2;

    @Option(names = "--seed", description = "Seed of every random choice (default ${DEFAULT-VALUE}).")
    int seed = 2;

    int epochs(boolean planar) {
        return epochs != null ? epochs : planar ? 30 : 20;
    }

    int hidden(boolean planar) {
        return hidden != null ? hidden : planar ? 128 : 256;
    }

    double lr(boolean planar) {
        return lr != null ? lr : planar ? 1e-3 : 2e-4;
    }

    GameData load(String dataset) {
        return GameData.load(dataset, Optional.ofNullable(data), limit, batchSize, batchesPerEpoch, seed);
    }
}
