package genlab.train;

import ai.djl.ndarray.NDManager;
import genlab.ConfigChecks;
import genlab.GenLabException;
import genlab.data.GaussianMixture2d;
import genlab.data.ImageShape;
import genlab.report.ImageGrid;
import genlab.report.ScatterPlot;
import genlab.run.RunFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Pictures of a model's samples: a grid of images, or a scatter plot of 2-D points. */
public final class SampleGrids {

    public static final int GRID = 64;
    /** The most points a scatter plot gets, and the most images a grid gets (317 x 317 tiles). */
    public static final int MAX_POINTS = 1_000_000;
    public static final int MAX_IMAGES = 100_000;

    private SampleGrids() {}

    /** Writes the first 64 images of {@code pixels} (values in [0, 1]); nothing for examples that are not images. */
    public static void write(float[] pixels, Optional<ImageShape> image, Path file) throws IOException {
        if (image.isPresent()) {
            ImageGrid.write(file, pixels, GRID, image.get());
        }
    }

    /**
     * Draws {@code n} samples from the saved model of {@code run} with {@code seed} and writes them
     * to {@code file}: a grid for images, a scatter plot over the mixture's modes for 2-D points.
     */
    public static void drawFromRun(RunFolder run, int n, int seed, Path file, RunSettings settings) throws IOException {
        ConfigChecks.positive("n", n);
        settings.startEngine(seed);
        try (NDManager manager = NDManager.newBaseManager()) {
            SavedModel saved = SavedModel.load(run, manager);
            Optional<GaussianMixture2d> mixture = saved.mixture();
            ConfigChecks.atMost("n", n, mixture.isPresent() ? MAX_POINTS : MAX_IMAGES, "a picture of more "
                    + (mixture.isPresent() ? "points" : "images") + " is not useful");
            float[] values = saved.model().sample(manager, n).toFloatArray();
            if (mixture.isPresent()) {
                ScatterPlot.write(file, n + " samples of " + run.dir(), values, n, mixture.get());
            } else {
                ImageGrid.write(file, values, n, saved.image().orElseThrow(() -> new GenLabException(run.file(
                        RunFolder.CONFIG) + ": the run's examples are neither images nor 2-D points")));
            }
        }
    }
}
