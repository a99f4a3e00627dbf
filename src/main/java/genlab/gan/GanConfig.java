package genlab.gan;

import genlab.GenLabException;

/**
 * Every hyper-parameter of a GAN run (saved as {@code config.json}).
 *
 * @param dimension values per example: 784 for images, 2 for points
 * @param zDim dimension of z ~ U[-1, 1]^zDim
 * @param hidden width of each of the two hidden layers of the MLPs
 * @param channels channel multiplier of the conv pair (1 = 2-4-8 / 16-8-4-2 channels)
 * @param batchesPerEpoch batches per epoch for 2-D streams (image epochs are one pass over the data)
 */
public record GanConfig(
        String model,
        String dataset,
        int dimension,
        Architecture arch,
        GeneratorLoss generatorLoss,
        int zDim,
        int hidden,
        int channels,
        int dSteps,
        int gSteps,
        int epochs,
        int batchSize,
        int batchesPerEpoch,
        double learningRate,
        int seed) {

    public static final String MODEL = "gan";

    /** Checks every value; a bad one is a {@link GenLabException} naming its flag. */
    public GanConfig validated() {
        positive("--z-dim", zDim);
        positive("--hidden", hidden);
        positive("--channels", channels);
        positive("--d-steps", dSteps);
        positive("--g-steps", gSteps);
        positive("--epochs", epochs);
        positive("--batch-size", batchSize);
        positive("--batches-per-epoch", batchesPerEpoch);
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new GenLabException("--lr must be a positive finite number, got " + learningRate);
        }
        if (arch == Architecture.CONV && dimension != 784) {
            throw new GenLabException("--arch conv needs 28x28 images, dataset " + dataset + " has " + dimension
                    + " values per example (use --arch mlp)");
        }
        return this;
    }

    /** True for 28x28 image data (samples are images in [0, 1]); false for points in the plane. */
    public boolean images() {
        return dimension == 784;
    }

    private static void positive(String flag, int value) {
        if (value <= 0) {
            throw new GenLabException(flag + " must be a positive integer, got " + value);
        }
    }
}
