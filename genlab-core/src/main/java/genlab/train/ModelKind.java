package genlab.train;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import genlab.ConfigException;
import genlab.GenLabException;
import genlab.Recipe;
import genlab.RunConfig;
import genlab.data.ImageDatasets;
import genlab.data.ImageShape;
import genlab.dualgan.BlockDualDiscriminator;
import genlab.dualgan.DualGan;
import genlab.dualgan.DualGanConfig;
import genlab.dualgan.PackedDualDiscriminator;
import genlab.eval.ClassifierConfig;
import genlab.gan.Gan;
import genlab.gan.GanConfig;
import genlab.gan.GanNet;
import genlab.nn.GenerativeModel;
import genlab.run.Checkpoint;
import genlab.run.CheckpointMismatchException;
import genlab.run.RunFolder;
import genlab.vae.Vae;
import genlab.vae.VaeConfig;
import genlab.vae.VaeNet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One kind of model GenLab trains, by the name its config.json gives: the config type, how to
 * train it (or continue it) into a run folder, and for generative kinds how to build it again
 * to load its parameters. {@link #ALL} is the registry, the one place that knows every kind.
 *
 * @param <C> the kind's configuration
 */
public final class ModelKind<C extends RunConfig<C>> {

    /** Trains a recipe into a run folder, reading its data from {@code dataDir} or the standard places. */
    @FunctionalInterface
    public interface Trainer<C extends RunConfig<C>> {
        EpochResult train(Recipe<C> recipe, RunFolder run, Optional<Path> dataDir, RunSettings settings, boolean resume)
                throws IOException;
    }

    /** Builds a configuration's model, untrained, in {@code manager}; random features are drawn from {@code seed}. */
    @FunctionalInterface
    public interface Builder<C> {
        GenerativeModel build(NDManager manager, C config, int seed);
    }

    /** Builds a configuration's model, untrained, in {@code manager}, with the user's networks. */
    @FunctionalInterface
    public interface NetBuilder<C> {
        GenerativeModel build(NDManager manager, C config, Block net);
    }

    public static final ModelKind<VaeConfig> VAE = new ModelKind<>(VaeConfig.MODEL, VaeConfig.class, VaeConfig::dataset, VaeConfig::imageShape,
            (r, run, dir, settings, resume) -> VaeTraining.train(r, run, ImageDatasets.load(r.model().dataset(), dir,
                    r.model().imageShape().orElseThrow(() -> new GenLabException(run.file(RunFolder.CONFIG)
                            + ": the VAE's inputs are not images (no 'image' field); continue it from Java with "
                            + "VaeTraining.train"))), settings, resume),
            (m, c, seed) -> new Vae(m, c), (m, c, net) -> new Vae(m, c, networks(net, VaeNet.class)));
    public static final ModelKind<GanConfig> GAN = new ModelKind<>(GanConfig.MODEL, GanConfig.class, GanConfig::dataset, GanConfig::imageShape,
            (r, run, dir, settings, resume) -> GameTraining.gan(r, run, GameData.load(r.model(), r.training(), dir), settings,
                    resume),
            Gan::new, (m, c, net) -> new Gan(m, c, networks(net, GanNet.class)));
    public static final ModelKind<DualGanConfig> DUAL_GAN = new ModelKind<>(DualGanConfig.MODEL, DualGanConfig.class,
            DualGanConfig::dataset, DualGanConfig::imageShape,
            (r, run, dir, settings, resume) -> GameTraining.dualGan(r, run, GameData.load(r.model(), r.training(), dir),
                    settings, resume),
            DualGan::new, (m, c, net) -> {
                GanNet players = networks(net, GanNet.class);
                return new DualGan(m, c, players.generator(), PackedDualDiscriminator.packing(
                        new BlockDualDiscriminator(players.discriminator(), players.exampleShape(), c.metric()),
                        players.pack()));
            });
    public static final ModelKind<ClassifierConfig> CLASSIFIER = new ModelKind<>(ClassifierConfig.MODEL,
            ClassifierConfig.class, ClassifierConfig::dataset, c -> Optional.of(ImageShape.MNIST),
            (r, run, dir, settings, resume) -> ClassifierTraining.train(r, run, ImageDatasets.load(r.model().dataset(), dir,
                    ImageShape.MNIST), settings, resume),
            null, null);

    /** Every kind, in the order messages list them. */
    public static final List<ModelKind<?>> ALL = List.of(VAE, GAN, DUAL_GAN, CLASSIFIER);

    private final String name;
    private final Class<C> configType;
    private final Function<C, String> dataset;
    private final Function<C, Optional<ImageShape>> image;
    private final Trainer<C> trainer;
    private final Builder<C> builder;
    private final NetBuilder<C> netBuilder;

    private ModelKind(String name, Class<C> configType, Function<C, String> dataset,
            Function<C, Optional<ImageShape>> image, Trainer<C> trainer,
            Builder<C> builder, NetBuilder<C> netBuilder) {
        this.name = name;
        this.configType = configType;
        this.dataset = dataset;
        this.image = image;
        this.trainer = trainer;
        this.builder = builder;
        this.netBuilder = netBuilder;
    }

    /** The name in config.json's {@code model} field. */
    public String name() {
        return name;
    }

    public Class<C> configType() {
        return configType;
    }

    /** True when the kind draws new examples (everything but the classifier). */
    public boolean generative() {
        return builder != null;
    }

    /** The kind named {@code name}, or empty. */
    public static Optional<ModelKind<?>> byName(String name) {
        return ALL.stream().filter(k -> k.name.equals(name)).findFirst();
    }

    /** Trains {@code recipe} into {@code run} (or continues after its checkpoint with {@code resume}). */
    public EpochResult train(Recipe<C> recipe, RunFolder run, Optional<Path> dataDir, RunSettings settings, boolean resume)
            throws IOException {
        return trainer.train(recipe, run, dataDir, settings, resume);
    }

    /** Continues the run from its config.json tree (perhaps changed by the caller) after its checkpoint. */
    public EpochResult resume(RunFolder run, com.fasterxml.jackson.databind.JsonNode config, Optional<Path> dataDir,
            RunSettings settings) throws IOException {
        return train(run.convertRecipe(config, configType), run, dataDir, settings, true);
    }

    /**
     * Builds the run's model in {@code manager}, with {@code net} when the run was trained with the
     * user's networks (null: the configuration's own), and loads model.params into it.
     */
    SavedModel load(RunFolder run, NDManager manager, Block net) {
        Recipe<C> recipe = run.readRecipe(configType);
        C config = recipe.model();
        GenerativeModel model = net == null ? builder.build(manager, config, recipe.training().seed())
                : netBuilder.build(manager, config, net);
        try {
            Checkpoint.load(model.net(), manager, run.file(RunFolder.MODEL));
        } catch (CheckpointMismatchException e) {
            throw net != null ? e : new CheckpointMismatchException(e.getMessage() + "; a run trained with networks "
                    + "of your own loads with SavedModel.load(dir, manager, net)");
        }
        return new SavedModel(name, dataset.apply(config), image.apply(config), model, recipe.training());
    }

    // the user's networks for a kind that takes a net of this type; another block is an error naming it
    private static <N extends Block> N networks(Block net, Class<N> type) {
        if (!type.isInstance(net)) {
            throw new ConfigException("net", "is a " + net.getClass().getSimpleName() + ", expected a "
                    + type.getSimpleName() + " for this run's model");
        }
        return type.cast(net);
    }
}
