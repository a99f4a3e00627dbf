package genlab.gan;

import static genlab.ConfigChecks.positive;
import static genlab.ConfigChecks.positiveFinite;

import genlab.GenLabException;
import genlab.nn.FeatureSpec;

/**
 * Every hyper-parameter of a GAN run (saved as {@code config.json}).
 *
 * @param dimension values per example: 784 for images, 2 for points
 * @param zDim dimension of z ~ U[-1, 1]^zDim
 * @param hidden width of each of the two hidden layers of the MLPs
 * @param features null for the architecture's discriminator network; else the discriminator is
 *     logistic regression on these features ({@link FeatureSpec} text), the Dualing GAN's linear family
 * @param channels channel multiplier of the conv pair (discriminator 8k-16k, generator 16k-8k channels)
 * @param limit train on the first {@code limit} training images only (null: all)
 * @param batchesPerEpoch batches per epoch for 2-D streams (image epochs are one pass over the data)
 */
public record GanConfig(
        String model,
        String dataset,
        int dimension,
        Architecture arch,
        String features,
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
        int seed,
        Integer limit) {

    public static final String MODEL = "gan";

    /** Checks every value; a bad one is a {@link GenLabException} naming its flag. */
    public GanConfig validated() {
        if (features != null) {
            FeatureSpec.parse(features);
        }
        positive("--z-dim", zDim);
        positive("--hidden", hidden);
        positive("--channels", channels);
        positive("--d-steps", dSteps);
        positive("--g-steps", gSteps);
        positive("--epochs", epochs);
        if (limit != null) {
            positive("--limit", limit);
        }
        positive("--batch-size", batchSize);
        positive("--batches-per-epoch", batchesPerEpoch);
        positiveFinite("--lr", learningRate);
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
}
