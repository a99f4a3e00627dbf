package genlab.dualgan;

import static genlab.ConfigChecks.positive;
import static genlab.ConfigChecks.positiveFinite;

import genlab.GenLabException;
import genlab.gan.Architecture;
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
        Integer limit) {

    public static final String MODEL = "dualgan";

    /** Checks every value; a bad one is a {@link GenLabException} naming its flag. */
    public DualGanConfig validated() {
        featureSpec();
        positive("--z-dim", zDim);
        positive("--hidden", hidden);
        positive("--channels", channels);
        positive("--dual-steps", dualSteps);
        positive("--epochs", epochs);
        if (limit != null) {
            positive("--limit", limit);
        }
        positive("--batch-size", batchSize);
        positive("--batches-per-epoch", batchesPerEpoch);
        positiveFinite("--c", c);
        positiveFinite("--lr", learningRate);
        if (generatorArch == Architecture.CONV && dimension != 784) {
            throw new GenLabException("--arch conv needs 28x28 images, dataset " + dataset + " has " + dimension
                    + " values per example (use --arch mlp)");
        }
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
