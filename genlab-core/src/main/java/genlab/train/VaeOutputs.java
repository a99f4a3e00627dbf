package genlab.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import genlab.data.ImageSet;
import genlab.data.ImageShape;
import genlab.internal.RunSeeds;
import genlab.nn.EngineArrays;
import genlab.report.ImageGrid;
import genlab.run.RunFolder;
import genlab.vae.Vae;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a VAE leaves in its run folder, its samples always decoded from one fixed batch of z so the
 * files show the same samples improve: per epoch {@code epochs/samples-epochNNN.png}, at the end {@code samples.png}
 * and {@code reconstructions.png} (rows of 8 test images, each followed by their reconstructions).
 */
final class VaeOutputs implements RunOutputs {

    static final int RECONSTRUCTED = 32;

    private final NDManager manager;
    private final Vae vae;
    private final Optional<ImageShape> image;
    private final ImageSet reconstructed;
    private final RunFolder run;
    private final int seed;
    private NDArray fixedZ;

    /**
     * @param reconstructed the test images to reconstruct, as the run scores them
     * @param seed the run's seed, of which the fixed z is drawn
     */
    VaeOutputs(NDManager manager, Vae vae, ImageSet reconstructed, RunFolder run, int seed) {
        this.manager = manager;
        this.vae = vae;
        this.image = Optional.of(reconstructed.shape());
        this.reconstructed = reconstructed;
        this.run = run;
        this.seed = seed;
    }

    @Override
    public EpochSummary afterEpoch(EpochResult result) throws IOException {
        SampleGrids.write(decoded(), image, run.epochImage("samples", result.epoch()));
        return EpochSummary.NONE;
    }

    private float[] decoded() {
        try (NDManager scope = manager.newSubManager()) {
            // a copy in the scope: the decoder's activations go where its input lives
            return vae.decode(EngineArrays.in(scope, fixedZ().duplicate())).toFloatArray();
        }
    }

    /**
     * z ~ N(0, I) of a stream of its own, (seed, 0), drawn after the first epoch this process trains:
     * the next epoch re-seeds the engine (RunSeeds), so the draw leaves the training's draws as
     * they are, and a resumed run draws the same z.
     */
    private NDArray fixedZ() {
        if (fixedZ == null) {
            Engine.getInstance().setRandomSeed(RunSeeds.engineSeed(RunSeeds.mix(seed, 0)));
            fixedZ = manager.randomNormal(new Shape(SampleGrids.GRID, vae.config().latent()));
        }
        return fixedZ;
    }

    /** {@code final train loss: ... · test loss: ... (recon ..., KL ...)}. */
    @Override
    public String finish(EpochResult last) throws IOException {
        SampleGrids.write(decoded(), image, run.file("samples.png"));
        writeReconstructions();
        return String.format(Locale.ROOT, "final train loss: %.2f nats/sample · test loss: %.2f nats/sample (recon %.2f, "
                + "KL %.2f)", last.train().get("loss"), last.test().get("loss"), last.test().get("recon"),
                last.test().get("kl"));
    }

    private void writeReconstructions() throws IOException {
        int d = reconstructed.dimension();
        int columns = 8;
        try (NDManager scope = manager.newSubManager()) {
            // a test set of fewer images leaves the last rows of the grid black
            float[] inputs = Arrays.copyOf(reconstructed.values(0, Math.min(RECONSTRUCTED, reconstructed.count())),
                    RECONSTRUCTED * d);
            NDArray x = EngineArrays.of(scope, inputs, new Shape(RECONSTRUCTED, d));
            float[] outputs = vae.reconstruct(x).toFloatArray();
            float[] interleaved = new float[2 * RECONSTRUCTED * d];
            for (int row = 0; row < RECONSTRUCTED / columns; row++) {
                int from = row * columns * d;
                System.arraycopy(inputs, from, interleaved, 2 * from, columns * d);
                System.arraycopy(outputs, from, interleaved, 2 * from + columns * d, columns * d);
            }
            ImageGrid.write(run.file("reconstructions.png"), ImageGrid.render(interleaved, 2 * RECONSTRUCTED,
                    reconstructed.shape(), columns));
        }
    }
}
