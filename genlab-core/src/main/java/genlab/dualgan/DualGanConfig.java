package genlab.dualgan;

import com.fasterxml.jackson.annotation.JsonAlias;
import genlab.ConfigChecks;
import genlab.TrainingConfig;
import genlab.data.ImageShape;
import genlab.gan.Architecture;
import genlab.gan.GameConfig;
import genlab.gan.GameConfigBuilder;
import genlab.gan.GameSizes;
import genlab.gan.GanNets;
import genlab.gan.GeneratorLoss;
import genlab.nn.FeatureSpec;
import static genlab.ConfigChecks.positive;

/**
 * The Dualing GAN's own fields of a run's config.json.
 *
 * @param dimension values per example: 784 for images, 2 for points
 * @param discriminator linear on features, or an MLP linearized at each step
 * @param features the linear discriminator's feature map ({@link FeatureSpec} text)
 * @param generatorArch the generator network (the classical GAN's)
 * @param c the regularizer C/2 ||w||^2 (linear) or proximal weight C/2 ||s||^2 (MLP) of a batch's summed loss
 * @param limit train on the first {@code limit} training images only (null: all)
 * @param image the shape of one example image; null for points in the plane
 * @param dualSteps coordinate-ascent sweeps over the batch's dual variables per step
 * @param dualSolver how each step's dual is solved; null for coordinate ascent (what a config.json
 *     older than the field means)
 * @param generatorLoss the generator's weighting of its samples; null for minimax (what a
 *     config.json older than the field means)
 * @param proximalMetric the metric of the MLP dual's proximal term; null for Euclidean (what a
 *     config.json older than the field means)
 * @param pack examples the discriminator scores at once (PacGAN's packing); null for 1 (what a
 *     config.json older than the field means)
 */
public record DualGanConfig(
        String model,
        String dataset,
        int dimension,
        DiscriminatorKind discriminator,
        String features,
        Architecture generatorArch,
        @JsonAlias("zDim") int latent,
        int hidden,
        int channels,
        double c,
        int dualSteps,
        Integer limit,
        ImageShape image,
        DualSolver dualSolver,
        GeneratorLoss generatorLoss,
        ProximalMetric proximalMetric,
        Integer pack) implements genlab.RunConfig<DualGanConfig>, GameConfig {

    public static final String MODEL = "dualgan";

    /** Checks every value on construction: a bad one is a {@link genlab.ConfigException} naming its field. */
    public DualGanConfig(String model, String dataset, int dimension, DiscriminatorKind discriminator,
            String features, Architecture generatorArch, int latent, int hidden, int channels, double c, int dualSteps,
            Integer limit, ImageShape image, DualSolver dualSolver, GeneratorLoss generatorLoss,
            ProximalMetric proximalMetric, Integer pack) {
        this.model = model;
        this.dataset = dataset;
        this.dimension = dimension;
        this.discriminator = discriminator;
        this.features = features;
        this.generatorArch = generatorArch;
        this.latent = latent;
        this.hidden = hidden;
        this.channels = channels;
        this.c = c;
        this.dualSteps = dualSteps;
        this.limit = limit;
        this.image = image;
        this.dualSolver = dualSolver;
        this.generatorLoss = generatorLoss;
        this.proximalMetric = proximalMetric;
        this.pack = pack;
        validated();
    }

    /** The duality gap, nats per point of the batch, that {@link DualSolver#NEWTON} solves each step to. */
    public static final double NEWTON_GAP = 1e-4;

    /** The most Newton steps per batch: a bound, not a budget (about 20 reach the gap on nearly rank-one K). */
    public static final int NEWTON_STEPS = 60;

    /** The solver in use: coordinate ascent unless the config asks for Newton. */
    public DualSolver solver() {
        return dualSolver == null ? DualSolver.ASCENT : dualSolver;
    }

    /**
     * The generator's objective: minimax (the dual's own gradient, each sample weighted by
     * D(G(z)) = 1 + lambda_z) unless the config asks for the non-saturating weighting.
     */
    public GeneratorLoss generatorObjective() {
        return generatorLoss == null ? GeneratorLoss.MINIMAX : generatorLoss;
    }

    /** The proximal term's metric: Euclidean unless the config asks for the per-tensor one. */
    public ProximalMetric metric() {
        return proximalMetric == null ? ProximalMetric.EUCLIDEAN : proximalMetric;
    }

    @Override
    public int packSize() {
        return pack == null ? 1 : pack;
    }

    /** Checks every value; a bad one is a {@link genlab.ConfigException} naming its field. */
    @Override
    public DualGanConfig validated() {
        featureSpec();
        positive("latent", latent);
        positive("hidden", hidden);
        positive("channels", channels);
        ConfigChecks.stepsPerBatch("dualSteps", dualSteps);
        if (limit != null) {
            positive("limit", limit);
        }
        positive("pack", packSize());
        // ||b||^2 / (2C) and b / C in float32
        ConfigChecks.between("c", c, 1e-6, 1e12, "the dual's ||b||^2 / 2C must stay finite in float32");
        Architecture.requireFits("generatorArch", generatorArch, this);
        if (linear() && metric() != ProximalMetric.EUCLIDEAN) {
            throw new genlab.ConfigException("proximalMetric", metric().text()
                    + " needs the mlp discriminator: the linear dual has no proximal term");
        }
        sizes().checkParameters();
        return this;
    }

    /** The recipe's training ({@link DualGanRecipes#training}). */
    @Override
    public TrainingConfig defaultTraining() {
        return DualGanRecipes.training(this);
    }

    /** The batch splits into packs, and its activations, Gram matrix and per-example gradients fit the memory. */
    @Override
    public void requireTrainable(TrainingConfig training) {
        int batchSize = training.batchSize();
        requirePackable(batchSize);
        GameSizes sizes = sizes();
        sizes.checkBatch(batchSize);
        // the dual works on the Gram matrix of the batch's 2n points (doubles in one Java array) and,
        // for the MLP, on the per-example gradients of the 2n points
        ConfigChecks.atMost("batchSize", batchSize, 23_170, "the dual's Gram matrix of 2 x batchSize points must "
                + "fit one array");
        ConfigChecks.fitsInMemory("batchSize", batchSize, 8.0 * 4 * batchSize * batchSize + 4.0 * 2 * batchSize
                * sizes.discriminatorParameters(), "the dual's Gram matrix and per-example gradients");
    }

    private boolean linear() {
        return discriminator == DiscriminatorKind.LINEAR;
    }

    // the discriminator scores packs of m examples
    private GameSizes sizes() {
        int scored = packSize() * dimension;
        FeatureSpec spec = featureSpec();
        return linear() ? new GameSizes(this, "features", spec.size(scored), spec.storedFloats(scored))
                : new GameSizes(this, "hidden", hidden, GanNets.discriminatorParameters(Architecture.MLP, hidden, scored,
                        channels));
    }

    public FeatureSpec featureSpec() {
        return FeatureSpec.parse(features);
    }

    @Override
    public Architecture generatorArchitecture() {
        return generatorArch;
    }

    /**
     * A builder with every default of {@code genlab dualgan}: on ring8, the linearized MLP dual
     * with the MLP generator; for images, the MLP dual with the conv generator; the fields left
     * unset follow {@link DualGanRecipes}.
     */
    public static Builder builder() {
        return new Builder("ring8");
    }

    /**
     * A builder starting from this configuration, with the meaning of its fields: a field a
     * config.json older than it leaves null is set to what that null means, not to today's default.
     */
    public Builder toBuilder() {
        return new Builder(dataset).optDiscriminator(discriminator).optFeatures(features)
                .optGeneratorArch(generatorArch).optC(c).optDualSteps(dualSteps).optDimension(dimension).optLatent(latent)
                .optHidden(hidden).optChannels(channels).optLimit(limit).optImageShape(image)
                .optDualSolver(solver()).optGeneratorLoss(generatorObjective()).optProximalMetric(metric())
                .optPack(packSize());
    }

    /** The linear discriminator's default features: 256 random Fourier features of bandwidth 0.3. */
    public static final String FEATURES = "rff:256:0.3";

    /** Builds a {@link DualGanConfig}; {@link #build()} validates. */
    public static final class Builder extends GameConfigBuilder<Builder> {

        private DiscriminatorKind discriminator;
        private String features = FEATURES;
        private Architecture generatorArch;
        private Double c;
        private Integer dualSteps;
        private DualSolver dualSolver;
        private GeneratorLoss generatorLoss;
        private ProximalMetric proximalMetric;

        private Builder(String dataset) {
            super(dataset);
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** The discriminator family (default {@link DualGanRecipes#DISCRIMINATOR}, the linearized MLP). */
        public Builder optDiscriminator(DiscriminatorKind discriminator) {
            this.discriminator = discriminator;
            return this;
        }

        /** The linear discriminator's features, {@link FeatureSpec} text (default {@value #FEATURES}). */
        public Builder optFeatures(String features) {
            this.features = features;
            return this;
        }

        /** The generator network (default: MLP for points, conv for images). */
        public Builder optGeneratorArch(Architecture generatorArch) {
            this.generatorArch = generatorArch;
            return this;
        }

        /**
         * C of the regularizer C/2 ||w||^2 (linear) or of the proximal term C/2 ||s||^2 (MLP), for a
         * batch's summed loss (default {@link DualGanRecipes#c}).
         */
        public Builder optC(double c) {
            this.c = c;
            return this;
        }

        /** Coordinate-ascent sweeps over the dual variables per batch (default 3 for points, 100 for images). */
        public Builder optDualSteps(int dualSteps) {
            this.dualSteps = dualSteps;
            return this;
        }

        /** How each step's dual is solved (default Newton, to a gap of {@link #NEWTON_GAP} nats per point). */
        public Builder optDualSolver(DualSolver dualSolver) {
            this.dualSolver = dualSolver;
            return this;
        }

        /**
         * The generator's weighting of its samples: minimax, the gradient of the dual g itself, or
         * non-saturating, each sample weighted by 1 - D(G(z)) = -lambda_z (default
         * {@link DualGanRecipes#generatorLoss}).
         */
        public Builder optGeneratorLoss(GeneratorLoss generatorLoss) {
            this.generatorLoss = generatorLoss;
            return this;
        }

        /** The metric of the MLP dual's proximal term (default {@link DualGanRecipes#proximalMetric}). */
        public Builder optProximalMetric(ProximalMetric proximalMetric) {
            this.proximalMetric = proximalMetric;
            return this;
        }

        /** The configuration, validated: a bad value is a {@link genlab.ConfigException} naming its field. */
        public DualGanConfig build() {
            String id = datasetId();
            DiscriminatorKind kind = discriminator != null ? discriminator : DualGanRecipes.DISCRIMINATOR;
            int packing = packOr(DualGanRecipes.pack(kind, id, DualGanRecipes.batchSize(kind, id)));
            ProximalMetric metric = proximalMetric != null ? proximalMetric : DualGanRecipes.proximalMetric(kind, id);
            return new DualGanConfig(MODEL, id, dimension(), kind, features, architecture(generatorArch), latent(),
                    hiddenOr(DualGanRecipes.IMAGE_HIDDEN),
                    channels(), c != null ? c : DualGanRecipes.c(kind, metric, planar(), packing),
                    dualSteps != null ? dualSteps : DualGanRecipes.dualSteps(planar()), limit(), imageShape(),
                    dualSolver != null ? dualSolver : DualSolver.NEWTON,
                    generatorLoss != null ? generatorLoss : DualGanRecipes.generatorLoss(kind, id), metric, packing)
                    .validated();
        }
    }
}
