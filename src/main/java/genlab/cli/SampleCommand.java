package genlab.cli;

import ai.djl.ndarray.NDManager;
import genlab.GenLabException;
import genlab.data.GaussianMixture2d;
import genlab.data.ImageDatasets;
import genlab.dualgan.DualGan;
import genlab.dualgan.DualGanConfig;
import genlab.gan.Gan;
import genlab.gan.GanConfig;
import genlab.nn.Checkpoint;
import genlab.nn.GenerativeModel;
import genlab.report.ImageGrid;
import genlab.report.RunFolder;
import genlab.report.ScatterPlot;
import genlab.vae.Vae;
import genlab.vae.VaeConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code genlab sample RUN}: draws from a saved model (VAE or GAN) and writes an image grid, or a
 * scatter plot for 2-D data.
 */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Write a grid of images (or a scatter plot of points) sampled from a trained model.")
public final class SampleCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN", description = "Run folder written by 'genlab vae', 'gan' or 'dualgan'.")
    Path runDir;

    @Option(names = "--n", description = "Number of samples (default ${DEFAULT-VALUE}).")
    int n = 64;

    @Option(names = "--out", paramLabel = "FILE", description = "PNG to write (default RUN/prior-samples.png).")
    Path out;

    @Option(names = "--seed", description = "Seed of the latent draws (default ${DEFAULT-VALUE}).")
    int seed = 0;

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    public Integer call() throws IOException {
        if (n <= 0) {
            throw new GenLabException("--n must be a positive integer, got " + n);
        }
        RunFolder run = RunFolder.open(runDir);
        String model = run.readJson(RunFolder.CONFIG, com.fasterxml.jackson.databind.JsonNode.class).path("model")
                .asText();
        Path target = out != null ? out : run.file("prior-samples.png");
        engine.start(seed);
        try (NDManager manager = NDManager.newBaseManager()) {
            GenerativeModel generative;
            Optional<GaussianMixture2d> mixture = Optional.empty();
            if (GanConfig.MODEL.equals(model)) {
                GanConfig config = run.readJson(RunFolder.CONFIG, GanConfig.class).validated();
                mixture = GaussianMixture2d.byId(config.dataset());
                generative = new Gan(manager, config);
            } else if (DualGanConfig.MODEL.equals(model)) {
                DualGanConfig config = run.readJson(RunFolder.CONFIG, DualGanConfig.class).validated();
                mixture = GaussianMixture2d.byId(config.dataset());
                generative = new DualGan(manager, config);
            } else if (VaeConfig.MODEL.equals(model)) {
                generative = new Vae(manager, run.readJson(RunFolder.CONFIG, VaeConfig.class).validated());
            } else {
                throw new GenLabException(run.file(RunFolder.CONFIG) + ": model '" + model
                        + "', expected vae, gan or dualgan");
            }
            Checkpoint.load(generative.net(), manager, run.file(RunFolder.MODEL));
            float[] values = generative.sample(manager, n).toFloatArray();
            if (mixture.isPresent()) {
                ScatterPlot.write(target, n + " samples of " + run.dir(), values, n, mixture.get());
            } else {
                ImageGrid.write(target, values, n, ImageDatasets.SIDE, ImageDatasets.SIDE);
            }
        }
        System.out.println("wrote " + n + " samples to " + target);
        return 0;
    }
}
