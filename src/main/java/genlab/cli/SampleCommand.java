package genlab.cli;

import ai.djl.ndarray.NDManager;
import genlab.GenLabException;
import genlab.data.ImageDatasets;
import genlab.nn.Checkpoint;
import genlab.report.ImageGrid;
import genlab.report.RunFolder;
import genlab.vae.Vae;
import genlab.vae.VaeConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code genlab sample RUN}: decodes z ~ N(0, I) with a saved VAE and writes the image grid. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Write a grid of images sampled from the prior of a trained model.")
public final class SampleCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN", description = "Run folder written by 'genlab vae'.")
    Path runDir;

    @Option(names = "--n", description = "Number of images (default ${DEFAULT-VALUE}).")
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
        VaeConfig config = run.readJson(RunFolder.CONFIG, VaeConfig.class).validated();
        Path target = out != null ? out : run.file("prior-samples.png");
        engine.start(seed);
        try (NDManager manager = NDManager.newBaseManager()) {
            Vae vae = new Vae(manager, config);
            Checkpoint.load(vae.net(), manager, run.file(RunFolder.MODEL));
            float[] pixels = vae.sample(manager, n).toFloatArray();
            ImageGrid.write(target, pixels, n, ImageDatasets.SIDE, ImageDatasets.SIDE);
        }
        System.out.println("wrote " + n + " samples to " + target);
        return 0;
    }
}
