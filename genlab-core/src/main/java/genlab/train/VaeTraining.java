package genlab.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import genlab.ConfigException;
import genlab.Recipe;
import genlab.TrainingConfig;
import genlab.data.ImageDatasets;
import genlab.data.ImageSet;
import genlab.nn.EngineArrays;
import genlab.report.ImageGrid;
import genlab.report.RunReport;
import genlab.run.RunFolder;
import genlab.vae.Vae;
import genlab.vae.VaeConfig;
import genlab.vae.VaeNet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Trains a VAE into a run folder: per epoch a sample grid, and at the end {@code samples.png},
 * {@code reconstructions.png} and the final line. With {@code resume} it continues after the
 * run's checkpoint.
 */
public final class VaeTraining {

    private static final int RECONSTRUCTED = 32;

    private VaeTraining() {}

    /** Trains the reference networks of {@code recipe}'s model on {@code splits} into the new run {@code run}; returns the last epoch. */
    public static EpochResult train(Recipe<VaeConfig> recipe, RunFolder run, ImageDatasets.Splits splits,
            RunSettings settings) throws IOException {
        return train(recipe, run, splits, settings, false);
    }

    /** As above; with {@code resume}, continues after the run's checkpoint. */
    static EpochResult train(Recipe<VaeConfig> recipe, RunFolder run, ImageDatasets.Splits splits, RunSettings settings,
            boolean resume) throws IOException {
        return train(recipe, VaeNet.mlp(recipe.model()), run, splits, settings, resume);
    }

    /**
     * Trains {@code net} (not yet initialized: it is initialized here, after the engine is seeded)
     * as {@code recipe} says on {@code splits} into the new run {@code run}; returns the last epoch.
     */
    public static EpochResult train(Recipe<VaeConfig> recipe, VaeNet net, RunFolder run, ImageDatasets.Splits splits,
            RunSettings settings) throws IOException {
        return train(recipe, net, run, splits, settings, false);
    }

    private static EpochResult train(Recipe<VaeConfig> recipe, VaeNet net, RunFolder run, ImageDatasets.Splits splits,
            RunSettings settings, boolean resume) throws IOException {
        VaeConfig config = recipe.model();
        TrainingConfig training = recipe.training();
        if (splits.train().dimension() != config.dimension()) {
            throw new ConfigException("dimension", "is " + config.dimension() + " but " + splits.source().name()
                    + " has images of " + splits.train().shape() + ", " + splits.train().dimension() + " values");
        }
        Trainer trainer = settings.trainer(training);
        trainer.listener().notice("run folder: " + run.dir());
        TrainingData data = TrainingData.images(splits, training, config.binarize());
        try (NDManager manager = NDManager.newBaseManager()) {
            Vae vae = new Vae(manager, config, net);
            EpochResult last = TrainingRun.of(run, trainer, recipe).optResume(resume)
                    .train(vae, data, manager, result -> {
                        SampleGrids.write(manager, vae, config.imageShape(),
                                run.file(String.format("samples-epoch%02d.png", result.epoch())));
                        return EpochSummary.NONE;
                    });
            SampleGrids.write(manager, vae, config.imageShape(), run.file("samples.png"));
            // a static binarization draws image after image: the first images' are the whole test set's first
            writeReconstructions(manager, vae, TrainingData.testSet(splits.test().first(RECONSTRUCTED), config.binarize(),
                    training.seed()), run.file("reconstructions.png"));
            RunReport.write(run);
            settings.listener().notice(finalLine(last));
            return last;
        }
    }

    /** Rows of 8 test images, each row followed by the row of their reconstructions. */
    private static void writeReconstructions(NDManager manager, Vae vae, ImageSet test, Path file) throws IOException {
        int d = test.dimension();
        int columns = 8;
        try (NDManager scope = manager.newSubManager()) {
            // a test set of fewer images leaves the last rows of the grid black
            float[] inputs = Arrays.copyOf(test.values(0, Math.min(RECONSTRUCTED, test.count())), RECONSTRUCTED * d);
            NDArray x = EngineArrays.of(scope, inputs, new Shape(RECONSTRUCTED, d));
            float[] outputs = vae.reconstruct(x).toFloatArray();
            float[] interleaved = new float[2 * RECONSTRUCTED * d];
            for (int row = 0; row < RECONSTRUCTED / columns; row++) {
                int from = row * columns * d;
                System.arraycopy(inputs, from, interleaved, 2 * from, columns * d);
                System.arraycopy(outputs, from, interleaved, 2 * from + columns * d, columns * d);
            }
            ImageGrid.write(file, ImageGrid.render(interleaved, 2 * RECONSTRUCTED, test.shape(), columns));
        }
    }

    /** {@code final train loss: ... · test loss: ... (recon ..., KL ...)}. */
    public static String finalLine(EpochResult r) {
        return String.format(Locale.ROOT, "final train loss: %.2f nats/sample · test loss: %.2f nats/sample (recon %.2f, KL %.2f)",
                r.train().get("loss"), r.test().get("loss"), r.test().get("recon"), r.test().get("kl"));
    }
}
