package genlab.data;

import java.util.Random;

/**
 * An endless stream of points from a {@link GaussianMixture2d}: a training pass draws
 * {@code batchesPerPass} fresh batches from the run's random stream; an evaluation pass replays
 * the same batches every time (drawn from a fixed seed).
 */
public final class MixtureStream implements BatchSource {

    private final GaussianMixture2d mixture;
    private final int batchSize;
    private final int batchesPerPass;
    private final Random trainingRng;
    private final long evaluationSeed;
    private final float[] buffer;
    private Random passRng;

    public MixtureStream(GaussianMixture2d mixture, int batchSize, int batchesPerPass, Random trainingRng,
            long evaluationSeed) {
        if (batchSize <= 0 || batchesPerPass <= 0) {
            throw new IllegalArgumentException("batchSize and batchesPerPass must be positive, got " + batchSize
                    + " and " + batchesPerPass);
        }
        this.mixture = mixture;
        this.batchSize = batchSize;
        this.batchesPerPass = batchesPerPass;
        this.trainingRng = trainingRng;
        this.evaluationSeed = evaluationSeed;
        this.buffer = new float[2 * batchSize];
        this.passRng = new Random(evaluationSeed);
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public int batchCount() {
        return batchesPerPass;
    }

    @Override
    public void startPass(boolean training) {
        passRng = training ? trainingRng : new Random(evaluationSeed);
    }

    @Override
    public int size(int b) {
        return batchSize;
    }

    @Override
    public float[] batch(int b) {
        mixture.sample(passRng, buffer, batchSize);
        return buffer;
    }
}
