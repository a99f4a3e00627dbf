package genlab.dualgan;

import static genlab.ConfigChecks.positive;
import static genlab.ConfigChecks.positiveFinite;
import genlab.ConfigChecks;
import genlab.gan.Architecture;
import genlab.gan.GameSizes;
import genlab.gan.GanNets;
import genlab.nn.FeatureSpec;


/**
 * Every hyper-parameter of a Dualing GAN run (saved as {@code config.json}).
 *
 * @param dimension values per example: 784 for images, 2 for points
 * @param discriminator linear on features, or an MLP linearized at each step
 * @param features the linear discriminator's feature map ({@link FeatureSpec} text)
 * @param generatorArch the generator network (the classical GAN's)
 * @param c the regularizer C/2 ||w||^2 (linear) or proximal weight C/2 ||s||^2 (MLP) of a batch's summed loss
 * @param limit train on the first {@code limit} training images only (null: all)
 * @param dualSteps coordinate-ascent sweeps over the batch's dual variables per step
 */
public record DualGanConfig(
        String model,
        String dataset,
        int dimension,
        DiscriminatorKind discriminator,
        String features,
        Architecture generatorArch,
        int zDim,
        int hidden,
        int channels,
        double c,
        int dualSteps,
        int epochs,
        int batchSize,
        int batchesPerEpoch,
        double learningRate,
        int seed,
        Integer limit) implements genlab.RunConfig<DualGanConfig> {

    public static final String MODEL = "dualgan";

    /** Checks every value; a bad one is a {@link genlab.ConfigException} naming its field. */
    @Override
    public DualGanConfig validated() {
        FeatureSpec spec = featureSpec();
        positive("zDim", zDim);
        positive("hidden", hidden);
        positive("channels", channels);
        positive("dualSteps", dualSteps);
        positive("epochs", epochs);
        if (limit != null) {
            positive("limit", limit);
        }
        positive("batchSize", batchSize);
        positive("batchesPerEpoch", batchesPerEpoch);
        positiveFinite("c", c);
        positiveFinite("learningRate", learningRate);
        Architecture.requireFits("generatorArch", generatorArch, dataset, dimension);
        boolean linear = discriminator == DiscriminatorKind.LINEAR;
        double parameters = linear ? spec.storedFloats(dimension)
                : GanNets.discriminatorParameters(Architecture.MLP, hidden, dimension, channels);
        GameSizes.check(generatorArch, zDim, hidden, dimension, channels, batchSize, linear ? "features" : "hidden",
                linear ? spec.size(dimension) : hidden, parameters);
        // the dual works on the Gram matrix of the batch's 2n points (doubles in one Java array) and,
        // for the MLP, on the per-example gradients of the 2n points
        ConfigChecks.atMost("batchSize", batchSize, 23_170, "the dual's Gram matrix of 2 x batchSize points must "
                + "fit one array");
        ConfigChecks.fitsInMemory("batchSize", batchSize, 8.0 * 4 * batchSize * batchSize + 4.0 * 2 * batchSize
                * parameters, "the dual's Gram matrix and per-example gradients");
        return this;
    }

    public FeatureSpec featureSpec() {
        return FeatureSpec.parse(features);
    }

    /** True for 28x28 image data. */
    public boolean images() {
        return dimension == 784;
    }

}
