package genlab.train;

import ai.djl.ndarray.NDManager;
import genlab.data.ImageDatasets;
import genlab.nn.GenerativeModel;
import genlab.report.ImageGrid;
import java.io.IOException;
import java.nio.file.Path;

/** Writes an 8x8 grid of 28x28 images drawn from a model. */
public final class SampleGrids {

    public static final int GRID = 64;

    private SampleGrids() {}

    public static void write(NDManager manager, GenerativeModel model, Path file) throws IOException {
        try (NDManager scope = manager.newSubManager()) {
            write(model.sample(scope, GRID).toFloatArray(), file);
        }
    }

    /** Writes the first 64 images of {@code pixels} (64 x 784 values in [0, 1]). */
    public static void write(float[] pixels, Path file) throws IOException {
        ImageGrid.write(file, pixels, GRID, ImageDatasets.SIDE, ImageDatasets.SIDE);
    }
}
