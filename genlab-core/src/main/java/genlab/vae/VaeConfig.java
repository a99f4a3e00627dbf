package genlab.vae;

import genlab.ConfigChecks;
import genlab.TrainingConfig;
import genlab.data.Binarization;
import genlab.data.ImageShape;
import genlab.nn.Mlp;
import java.util.Optional;
import static genlab.ConfigChecks.positive;

/**
 * The VAE's own fields of a run's config.json. The defaults are the reference VAE of PyTorch's
 * example: 784-400-20, Bernoulli, trained by {@link TrainingConfig#builder()}'s defaults (Adam
 * 1e-3, batch 128, 30 epochs, seed 2).
 *
 * @param model always {@value #MODEL}: tells a run folder's reader which model it holds
 * @param sigma the Gaussian decoder's standard deviation (pixel units); unused by Bernoulli
 * @param mcSamples M, reparameterized samples per input for the reconstruction term
 * @param image the shape of one input image; null for inputs that are not images
 */
public record VaeConfig(
        String model,
        String dataset,
        int dimension,
        int hidden,
        int latent,
        LikelihoodKind likelihood,
        double sigma,
        int mcSamples,
        Binarization binarize,
        ImageShape image) implements genlab.RunConfig<VaeConfig> {

    public static final String MODEL = "vae";

    /** Checks every value on construction: a bad one is a {@link genlab.ConfigException} naming its field. */
    public VaeConfig(String model, String dataset, int dimension, int hidden, int latent, LikelihoodKind likelihood,
            double sigma, int mcSamples, Binarization binarize, ImageShape image) {
        this.model = model;
        this.dataset = dataset;
        this.dimension = dimension;
        this.hidden = hidden;
        this.latent = latent;
        this.likelihood = likelihood;
        this.sigma = sigma;
        this.mcSamples = mcSamples;
        this.binarize = binarize;
        this.image = image;
        validated();
    }

    /** The reference configuration. */
    public static VaeConfig reference() {
        return new VaeConfig(MODEL, "mnist", 784, 400, 20, LikelihoodKind.BERNOULLI, 1.0, 1, Binarization.NONE,
                ImageShape.MNIST);
    }

    /** The shape of one input image (MNIST's for a config.json older than the field); none for other inputs. */
    public Optional<ImageShape> imageShape() {
        return ImageShape.stated(image, dimension);
    }

    /** Checks every value; a bad one is a {@link genlab.ConfigException} naming its field. */
    @Override
    public VaeConfig validated() {
        positive("hidden", hidden);
        positive("latent", latent);
        positive("mcSamples", mcSamples);
        // ||x - f(z)||^2 / (2 sigma^2) over D values in float32
        ConfigChecks.between("sigma", sigma, 1e-6, 1e6, "the likelihood's 1 / (2 sigma^2) must stay finite in float32");
        positive("dimension", dimension);
        if (image != null && image.size() != dimension) {
            throw new genlab.ConfigException("dimension", "is " + dimension + " but images of " + image + " have "
                    + image.size() + " values");
        }
        // encoder D-h-(mu, logvar), decoder d-h-D; each parameter has a gradient and two Adam moments
        double parameters = Mlp.parameterCount(dimension, hidden, 2.0 * latent)
                + Mlp.parameterCount(latent, hidden, dimension);
        ConfigChecks.fitsInMemory(hidden >= latent ? "hidden" : "latent", Math.max(hidden, latent), 16 * parameters,
                "the weights, gradients and Adam moments of a " + dimension + "-" + hidden + "-" + latent + " VAE");
        return this;
    }

    /** The reference training: {@link TrainingConfig#builder()}'s defaults. */
    @Override
    public TrainingConfig defaultTraining() {
        return TrainingConfig.builder().build();
    }

    /** A batch's batchSize x mcSamples rows must fit one array, and their activations the memory. */
    @Override
    public void requireTrainable(TrainingConfig training) {
        int batchSize = training.batchSize();
        // the product of two fields is blamed on the one further above its default (128 and 1)
        String rowsField = mcSamples > batchSize / 128.0 ? "mcSamples" : "batchSize";
        ConfigChecks.atMost(rowsField, (long) batchSize * mcSamples, Integer.MAX_VALUE / dimension,
                "batchSize x mcSamples rows of " + dimension + " values must fit one array; batchSize is " + batchSize
                        + ", mcSamples " + mcSamples);
        // each of batchSize x mcSamples rows keeps its layers' outputs and their gradients
        ConfigChecks.fitsInMemory(rowsField, rowsField.equals("batchSize") ? batchSize : mcSamples, 2 * 4.0 * batchSize * mcSamples
                * (2.0 * hidden + 3.0 * latent + 2.0 * dimension), "the activations of one batch");
    }

    /** A builder starting from the reference configuration. */
    public static Builder builder() {
        return reference().toBuilder();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link VaeConfig}: every value has a default ({@link #reference()}), {@link #build()} validates. */
    public static final class Builder {

        private String dataset;
        private int dimension;
        private int hidden;
        private int latent;
        private LikelihoodKind likelihood;
        private double sigma;
        private int mcSamples;
        private Binarization binarize;
        private ImageShape image;

        private Builder(VaeConfig c) {
            this.dataset = c.dataset();
            this.dimension = c.dimension();
            this.hidden = c.hidden();
            this.latent = c.latent();
            this.likelihood = c.likelihood();
            this.sigma = c.sigma();
            this.mcSamples = c.mcSamples();
            this.binarize = c.binarize();
            this.image = c.image();
        }

        /** The data set's name in config.json (default mnist). */
        public Builder optDataset(String dataset) {
            this.dataset = dataset;
            return this;
        }

        /** D, values per input (default 784, a 28 x 28 image), for inputs that are not images. */
        public Builder optDimension(int dimension) {
            this.dimension = dimension;
            this.image = null;
            return this;
        }

        /** The shape of one input image, which sets D (default 1x28x28, MNIST's). */
        public Builder optImageShape(ImageShape image) {
            this.image = image;
            this.dimension = image.size();
            return this;
        }

        /** H, hidden units of the reference networks (default 400). */
        public Builder optHidden(int hidden) {
            this.hidden = hidden;
            return this;
        }

        /** D, the dimension of z (default 20). */
        public Builder optLatent(int latent) {
            this.latent = latent;
            return this;
        }

        /** The decoder's distribution (default Bernoulli). */
        public Builder optLikelihood(LikelihoodKind likelihood) {
            this.likelihood = likelihood;
            return this;
        }

        /** The Gaussian decoder's standard deviation, pixel units (default 1). */
        public Builder optSigma(double sigma) {
            this.sigma = sigma;
            return this;
        }

        /** M, reparameterized samples per input (default 1). */
        public Builder optMcSamples(int mcSamples) {
            this.mcSamples = mcSamples;
            return this;
        }

        /** How pixels become 0/1 (default none: grey levels). */
        public Builder optBinarize(Binarization binarize) {
            this.binarize = binarize;
            return this;
        }

        /** The configuration, validated: a bad value is a {@link genlab.ConfigException} naming its field. */
        public VaeConfig build() {
            return new VaeConfig(MODEL, dataset, dimension, hidden, latent, likelihood, sigma, mcSamples, binarize, image).validated();
        }
    }
}
