package genlab.cli;

import ai.djl.ndarray.NDManager;
import genlab.ConfigChecks;
import genlab.data.GaussianMixture2d;
import genlab.data.ImageDatasets;
import genlab.report.ImageGrid;
import genlab.report.RunFolder;
import genlab.report.ScatterPlot;
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
        ConfigChecks.positive("--n", n);
        RunFolder run = RunFolder.open(runDir);
        Path target = out != null ? out : run.file("prior-samples.png");
        engine.start(seed);
        try (NDManager manager = NDManager.newBaseManager()) {
            SavedModel saved = SavedModel.load(run, manager);
            Optional<GaussianMixture2d> mixture = saved.mixture();
            float[] values = saved.model().sample(manager, n).toFloatArray();
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
