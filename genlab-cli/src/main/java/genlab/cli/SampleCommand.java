package genlab.cli;

import genlab.AtomicFile;
import genlab.ConfigChecks;
import genlab.run.RunFolder;
import genlab.train.SampleGrids;
import java.io.IOException;
import java.nio.file.Path;
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

    @Option(names = "--n", description = "Number of samples, at most 100000 images or 1000000 points "
            + "(default ${DEFAULT-VALUE}).")
    int n = 64;

    @Option(names = "--out", paramLabel = "FILE", description = "PNG to write (default RUN/prior-samples.png).")
    Path out;

    @Option(names = "--force", description = "Replace the --out file if it exists.")
    boolean force;

    @Option(names = "--seed", description = "Seed of the latent draws (default ${DEFAULT-VALUE}).")
    int seed = 0;

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    public Integer call() throws IOException {
        ConfigChecks.positive("n", n);
        if (out != null) {
            AtomicFile.requireReplaceable(out, force, "out");
        }
        RunFolder run = RunFolder.open(runDir);
        Path target = out != null ? out : run.file("prior-samples.png");
        SampleGrids.drawFromRun(run, n, seed, target, engine.settings());
        System.out.println("wrote " + n + " samples to " + target);
        return 0;
    }
}
