package genlab.gan;

import static genlab.ConfigChecks.positive;
import static genlab.ConfigChecks.positiveFinite;

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
        Integer limit) implements genlab.RunConfig<GanConfig> {

    public static final String MODEL = "gan";

    /** Checks every value; a bad one is a {@link genlab.ConfigException} naming its field. */
    @Override
    public GanConfig validated() {
        FeatureSpec spec = features == null ? null : FeatureSpec.parse(features);
        positive("zDim", zDim);
        positive("hidden", hidden);
        positive("channels", channels);
        positive("dSteps", dSteps);
        positive("gSteps", gSteps);
        positive("epochs", epochs);
        if (limit != null) {
            positive("limit", limit);
        }
        positive("batchSize", batchSize);
        positive("batchesPerEpoch", batchesPerEpoch);
        positiveFinite("learningRate", learningRate);
        Architecture.requireFits("arch", arch, dataset, dimension);
        if (spec != null) {
            GameSizes.check(arch, zDim, hidden, dimension, channels, batchSize, "features", spec.size(dimension),
                    spec.storedFloats(dimension));
        } else {
            boolean conv = arch == Architecture.CONV;
            GameSizes.check(arch, zDim, hidden, dimension, channels, batchSize, conv ? "channels" : "hidden",
                    conv ? channels : hidden, GanNets.discriminatorParameters(arch, hidden, dimension, channels));
        }
        return this;
    }

    /** True for 28x28 image data (samples are images in [0, 1]); false for points in the plane. */
    public boolean images() {
        return dimension == 784;
    }
}
