package genlab.cli;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import genlab.data.Batches;
import genlab.data.Binarization;
import genlab.data.DatasetLocator;
import genlab.data.DatasetSpec;
import genlab.data.ImageDatasets;
import genlab.data.ImageSet;
import genlab.nn.EpochResult;
import genlab.nn.RunSeeds;
import genlab.report.ImageGrid;
import genlab.report.RunFolder;
import genlab.report.RunReport;
import genlab.vae.LikelihoodKind;
import genlab.vae.Vae;
import genlab.vae.VaeConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code genlab vae}: trains a VAE and writes its run folder; the last line is the final loss. */
@Command(name = "vae", mixinStandardHelpOptions = true,
        description = "Train a variational auto-encoder (defaults: the reference MNIST VAE, 30 epochs).")
public final class VaeCommand implements Callable<Integer> {

    private static final int RECONSTRUCTED = 32;

    @Option(names = "--dataset", description = "mnist | fashion-mnist (default ${DEFAULT-VALUE})")
    String dataset = "mnist";

    @Option(names = "--data", paramLabel = "DIR", description = "Folder with the dataset's IDX files.")
    Path data;

    @Mixin
    RunFolderOptions folder = new RunFolderOptions();

    @Option(names = "--epochs", description = "Passes over the training set (default ${DEFAULT-VALUE}).")
    int epochs = VaeConfig.reference().epochs();

    @Option(names = "--batch-size", description = "Images per batch (default ${DEFAULT-VALUE}).")
    int batchSize = VaeConfig.reference().batchSize();

    @Option(names = "--lr", description = "Adam learning rate (default ${DEFAULT-VALUE}).")
    double lr = VaeConfig.reference().learningRate();

    @Option(names = "--latent", description = "Latent dimension d (default ${DEFAULT-VALUE}).")
    int latent = VaeConfig.reference().latent();

    @Option(names = "--hidden", description = "Hidden units of encoder and decoder (default ${DEFAULT-VALUE}).")
    int hidden = VaeConfig.reference().hidden();

    @Option(names = "--likelihood", description = "bernoulli | gaussian (default ${DEFAULT-VALUE}).")
    LikelihoodKind likelihood = LikelihoodKind.BERNOULLI;

    @Option(names = "--sigma", description = "Std. deviation of the Gaussian decoder, pixel units (default ${DEFAULT-VALUE}).")
    double sigma = VaeConfig.reference().sigma();

    @Option(names = "--mc-samples", paramLabel = "M", description = "Reparameterized samples per input (default ${DEFAULT-VALUE}).")
    int mcSamples = VaeConfig.reference().mcSamples();

    @Option(names = "--binarize", description = "none | dynamic | static (default ${DEFAULT-VALUE}).")
    Binarization binarize = Binarization.NONE;

    @Option(names = "--seed", description = "Seed of every random choice (default ${DEFAULT-VALUE}).")
    int seed = VaeConfig.reference().seed();

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    public Integer call() throws IOException {
        DatasetSpec spec = DatasetSpec.byId(dataset);
        VaeConfig config = new VaeConfig(VaeConfig.MODEL, spec.id(), ImageDatasets.SIDE * ImageDatasets.SIDE, hidden,
                latent, likelihood, sigma, mcSamples, binarize, epochs, batchSize, lr, seed).validated();
        folder.check();
        ImageDatasets.Splits splits = ImageDatasets.load(spec, DatasetLocator.standard(Optional.ofNullable(data)));
        try (RunFolder run = folder.claim(VaeConfig.MODEL, spec.id())) {
            return train(config, run, splits, engine, false);
        }
    }

    /** Trains (or, with {@code resume}, continues after the run's checkpoint) and writes the run folder. */
    static int train(VaeConfig config, RunFolder run, ImageDatasets.Splits splits, EngineOptions engine,
            boolean resume) throws IOException {
        engine.start(config.seed());
        System.out.println("run folder: " + run.dir());
        RunSeeds seeds = RunSeeds.of(config.seed());
        ImageSet train = config.binarize().prepare(splits.train(), config.seed());
        ImageSet test = config.binarize().prepare(splits.test(), config.seed() + 1L);
        try (NDManager manager = NDManager.newBaseManager()) {
            Vae vae = new Vae(manager, config);
            EpochResult last = TrainingRun.train(run, manager, config, vae,
                    new Batches(train, config.batchSize(), config.binarize(), seeds.random()),
                    new Batches(test, config.batchSize(), config.binarize(), seeds.random()), seeds, config.epochs(),
                    resume, result -> {
                        SampleGrids.write(manager, vae, run.file(String.format("samples-epoch%02d.png", result.epoch())));
                        return TrainingRun.EpochSummary.NONE;
                    });
            SampleGrids.write(manager, vae, run.file("samples.png"));
            writeReconstructions(manager, vae, test, run.file("reconstructions.png"));
            RunReport.write(run);
            System.out.println(finalLine(last));
        }
        return 0;
    }

    /** Rows of 8 test images, each row followed by the row of their reconstructions. */
    private static void writeReconstructions(NDManager manager, Vae vae, ImageSet test, Path file) throws IOException {
        int d = test.dimension();
        int columns = 8;
        try (NDManager scope = manager.newSubManager()) {
            float[] inputs = Arrays.copyOf(test.pixels(), RECONSTRUCTED * d);
            NDArray x = scope.create(inputs, new ai.djl.ndarray.types.Shape(RECONSTRUCTED, d));
            float[] outputs = vae.reconstruct(x).toFloatArray();
            float[] interleaved = new float[2 * RECONSTRUCTED * d];
            for (int row = 0; row < RECONSTRUCTED / columns; row++) {
                int from = row * columns * d;
                System.arraycopy(inputs, from, interleaved, 2 * from, columns * d);
                System.arraycopy(outputs, from, interleaved, 2 * from + columns * d, columns * d);
            }
            ImageGrid.write(file, ImageGrid.render(interleaved, 2 * RECONSTRUCTED, ImageDatasets.SIDE,
                    ImageDatasets.SIDE, columns));
        }
    }

    static String finalLine(EpochResult r) {
        return String.format(Locale.ROOT, "final train loss: %.2f nats/sample · test loss: %.2f nats/sample (recon %.2f, KL %.2f)",
                r.train().get("loss"), r.test().get("loss"), r.test().get("recon"), r.test().get("kl"));
    }
}
