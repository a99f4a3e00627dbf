package genlab.gan;

import com.fasterxml.jackson.annotation.JsonAlias;
import genlab.ConfigChecks;
import genlab.TrainingConfig;
import genlab.data.ImageShape;
import genlab.nn.FeatureSpec;
import static genlab.ConfigChecks.positive;

/**
 * The GAN's own fields of a run's config.json.
 *
 * @param dimension values per example: 784 for images, 2 for points
 * @param latent dimension of z ~ U[-1, 1]^latent
 * @param hidden width of each of the two hidden layers of the MLPs
 * @param features null for the architecture's discriminator network; else the discriminator is
 *     logistic regression on these features ({@link FeatureSpec} text), the Dualing GAN's linear family
 * @param channels channel multiplier of the conv pair (discriminator 8k-16k, generator 16k-8k channels)
 * @param limit train on the first {@code limit} training images only (null: all)
 * @param image the shape of one example image; null for points in the plane
 * @param pack examples the discriminator scores at once (PacGAN's packing); null for 1 (what a
 *     config.json older than the field means)
 */
public record GanConfig(
        String model,
        String dataset,
        int dimension,
        Architecture arch,
        String features,
        GeneratorLoss generatorLoss,
        @JsonAlias("zDim") int latent,
        int hidden,
        int channels,
        int dSteps,
        int gSteps,
        Integer limit,
        ImageShape image,
        Integer pack) implements genlab.RunConfig<GanConfig>, GameConfig {

    public static final String MODEL = "gan";

    /** Checks every value on construction: a bad one is a {@link genlab.ConfigException} naming its field. */
    public GanConfig(String model, String dataset, int dimension, Architecture arch, String features,
            GeneratorLoss generatorLoss, int latent, int hidden, int channels, int dSteps, int gSteps, Integer limit,
            ImageShape image, Integer pack) {
        this.model = model;
        this.dataset = dataset;
        this.dimension = dimension;
        this.arch = arch;
        this.features = features;
        this.generatorLoss = generatorLoss;
        this.latent = latent;
        this.hidden = hidden;
        this.channels = channels;
        this.dSteps = dSteps;
        this.gSteps = gSteps;
        this.limit = limit;
        this.image = image;
        this.pack = pack;
        validated();
    }

    /** Checks every value; a bad one is a {@link genlab.ConfigException} naming its field. */
    @Override
    public GanConfig validated() {
        if (features != null) {
            FeatureSpec.parse(features);
        }
        positive("latent", latent);
        positive("hidden", hidden);
        positive("channels", channels);
        ConfigChecks.stepsPerBatch("dSteps", dSteps);
        ConfigChecks.stepsPerBatch("gSteps", gSteps);
        if (limit != null) {
            positive("limit", limit);
        }
        positive("pack", packSize());
        Architecture.requireFits("arch", arch, this);
        if (discriminatorIsConv() && packSize() > 1) {
            throw new genlab.ConfigException("pack", packSize() + " needs the mlp or a features discriminator: "
                    + "the conv discriminator scores one image at a time");
        }
        sizes().checkParameters();
        return this;
    }

    /** The recipe's training: {@link GanRecipes#training} for points in the plane or for other examples. */
    @Override
    public TrainingConfig defaultTraining() {
        return GanRecipes.training(dimension == 2);
    }

    /** The batch splits into packs, and its activations fit the memory. */
    @Override
    public void requireTrainable(TrainingConfig training) {
        requirePackable(training.batchSize());
        sizes().checkBatch(training.batchSize());
    }

    private boolean discriminatorIsConv() {
        return arch == Architecture.CONV && features == null;
    }

    // the discriminator's input is a pack of m examples
    private GameSizes sizes() {
        int scored = packSize() * dimension;
        if (features != null) {
            FeatureSpec spec = FeatureSpec.parse(features);
            return new GameSizes(this, "features", spec.size(scored), spec.storedFloats(scored));
        }
        boolean conv = discriminatorIsConv();
        return new GameSizes(this, conv ? "channels" : "hidden", conv ? channels : hidden,
                GanNets.discriminatorParameters(arch, hidden, scored, channels));
    }

    @Override
    public int packSize() {
        return pack == null ? 1 : pack;
    }

    @Override
    public Architecture generatorArchitecture() {
        return arch;
    }

    /**
     * A builder with every default of {@code genlab gan}: the small conv GAN on MNIST, or for a 2-D
     * data set the MLP pair, non-saturating generator loss, one step of each player per batch.
     */
    public static Builder builder() {
        return new Builder("mnist");
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        return new Builder(dataset).optArch(arch).optFeatures(features).optGeneratorLoss(generatorLoss)
                .optDSteps(dSteps).optGSteps(gSteps).optDimension(dimension).optLatent(latent).optHidden(hidden).optChannels(channels)
                .optLimit(limit).optImageShape(image).optPack(packSize());
    }

    /** Builds a {@link GanConfig}; {@link #build()} validates. */
    public static final class Builder extends GameConfigBuilder<Builder> {

        private Architecture arch;
        private String features;
        private GeneratorLoss generatorLoss = GeneratorLoss.NONSATURATING;
        private int dSteps = 1;
        private int gSteps = 1;

        private Builder(String dataset) {
            super(dataset);
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** The networks (default: MLP for points, conv for images). */
        public Builder optArch(Architecture arch) {
            this.arch = arch;
            return this;
        }

        /** Logistic regression on these features ({@link FeatureSpec} text) as the discriminator (default: none). */
        public Builder optFeatures(String features) {
            this.features = features;
            return this;
        }

        /** The generator's loss (default non-saturating). */
        public Builder optGeneratorLoss(GeneratorLoss generatorLoss) {
            this.generatorLoss = generatorLoss;
            return this;
        }

        /** Discriminator steps per batch (default 1). */
        public Builder optDSteps(int dSteps) {
            this.dSteps = dSteps;
            return this;
        }

        /** Generator steps per batch (default 1). */
        public Builder optGSteps(int gSteps) {
            this.gSteps = gSteps;
            return this;
        }

        /** The configuration, validated: a bad value is a {@link genlab.ConfigException} naming its field. */
        public GanConfig build() {
            return new GanConfig(MODEL, datasetId(), dimension(), architecture(arch), features, generatorLoss, latent(),
                    hidden(), channels(), dSteps, gSteps, limit(), imageShape(), packOr(1)).validated();
        }
    }
}
