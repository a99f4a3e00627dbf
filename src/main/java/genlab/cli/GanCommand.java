package genlab.cli;

import ai.djl.ndarray.NDManager;
import genlab.gan.Architecture;
import genlab.gan.Gan;
import genlab.gan.GanConfig;
import genlab.gan.GeneratorLoss;
import genlab.nn.EpochResult;
import genlab.report.RunFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code genlab gan}: trains the classical GAN on images or on a 2-D mixture. */
@Command(name = "gan", mixinStandardHelpOptions = true,
        description = "Train a classical GAN (defaults: the small conv GAN on MNIST).")
public final class GanCommand implements Callable<Integer> {

    @Option(names = "--dataset", description = "mnist | fashion-mnist | ring8 | grid25 (default ${DEFAULT-VALUE})")
    String dataset = "mnist";

    @Option(names = "--data", paramLabel = "DIR", description = "Folder with the dataset's IDX files.")
    Path data;

    @Option(names = "--out", paramLabel = "DIR", description = "Run folder (default runs/gan-<dataset>-<timestamp>).")
    Path out;

    @Option(names = "--arch", description = "conv | mlp (default conv for images, mlp for 2-D data).")
    Architecture arch;

    @Option(names = "--generator-loss", description = "minimax | nonsaturating (default ${DEFAULT-VALUE}).")
    GeneratorLoss generatorLoss = GeneratorLoss.NONSATURATING;

    @Option(names = "--epochs", description = "Epochs (default 20 for images, 30 for 2-D data).")
    Integer epochs;

    @Option(names = "--batch-size", description = "Examples per batch (default ${DEFAULT-VALUE}).")
    int batchSize = 256;

    @Option(names = "--batches-per-epoch", description = "Batches per epoch of a 2-D stream (default ${DEFAULT-VALUE}).")
    int batchesPerEpoch = 100;

    @Option(names = "--limit", paramLabel = "N", description = "Train on the first N training images only.")
    Integer limit;

    @Option(names = "--lr", description = "Adam learning rate of both players (default 2e-4 for images, 1e-3 for 2-D data).")
    Double lr;

    @Option(names = "--z-dim", description = "Dimension of z ~ U[-1, 1] (default ${DEFAULT-VALUE}).")
    int zDim = 64;

    @Option(names = "--hidden", description = "Units of each MLP hidden layer (default 128 for 2-D data, 256 for images).")
    Integer hidden;

    @Option(names = "--channels", description = "Channel multiplier of the conv pair (default ${DEFAULT-VALUE}).")
    int channels = 1;

    @Option(names = "--d-steps", description = "Discriminator steps per batch (default ${DEFAULT-VALUE}).")
    int dSteps = 1;

    @Option(names = "--g-steps", description = "Generator steps per batch (default ${DEFAULT-VALUE}).")
    int gSteps = 1;

    @Option(names = "--seed", description = "Seed of every random choice (default ${DEFAULT-VALUE}).")
    int seed = 2;

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    public Integer call() throws IOException {
        String id = GameData.checkedId(dataset);
        int dimension = GameData.dimensionOf(dataset);
        boolean planar = dimension == 2;
        GanConfig config = new GanConfig(GanConfig.MODEL, id, dimension,
                arch != null ? arch : planar ? Architecture.MLP : Architecture.CONV, generatorLoss, zDim,
                hidden != null ? hidden : planar ? 128 : 256, channels, dSteps, gSteps,
                epochs != null ? epochs : planar ? 30 : 20, batchSize, batchesPerEpoch,
                lr != null ? lr : planar ? 1e-3 : 2e-4, seed).validated();
        Path folder = out != null ? out : RunFolder.defaultPath(GanConfig.MODEL, id);
        RunFolder.requireUsable(folder);
        GameData game = GameData.load(dataset, Optional.ofNullable(data), limit, batchSize, batchesPerEpoch, seed);
        RunFolder run = RunFolder.create(folder);
        engine.start(seed);
        System.out.println("run folder: " + run.dir());
        try (NDManager manager = NDManager.newBaseManager()) {
            Gan gan = new Gan(manager, config);
            GameOutputs outputs = new GameOutputs(manager, gan, game.mixture(), run, "GAN");
            EpochResult last = TrainingRun.train(run, manager, config, gan, game.train(), game.test(), config.epochs(),
                    outputs);
            String coverage = outputs.finish();
            Map<String, Double> t = last.train();
            System.out.println(String.format(Locale.ROOT,
                    "final D loss: %.4f · G loss: %.4f nats (D(x) %.3f, D(G(z)) %.3f)", t.get("d_loss"),
                    t.get("g_loss"), t.get("d_real"), t.get("d_fake")) + coverage);
        }
        return 0;
    }
}
