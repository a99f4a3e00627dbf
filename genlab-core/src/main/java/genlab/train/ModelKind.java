package genlab.train;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import genlab.ConfigException;
import genlab.GenLabException;
import genlab.Recipe;
import genlab.RunConfig;
import genlab.data.ImageShape;
import genlab.eval.ClassifierConfig;
import genlab.nn.GenerativeModel;
import genlab.nn.Players;
import genlab.nn.Trainable;
import genlab.run.Checkpoint;
import genlab.run.CheckpointMismatchException;
import genlab.run.RunFolder;
import genlab.vae.VaeConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One kind of model GenLab trains, by the name its config.json gives: its config type, its players
 * (networks of your own), how it builds its model and reads its data, and the files its run
 * writes. {@link #ALL} is the registry, the one place that knows every kind; a {@link Run} trains
 * any of them the same way.
 *
 * @param <C> the kind's configuration
 */
public abstract class ModelKind<C extends RunConfig<C>> {

    public static final ModelKind<VaeConfig> VAE = new VaeKind();
    public static final ModelKind<genlab.gan.GanConfig> GAN = new GameKind.GanKind();
    public static final ModelKind<genlab.dualgan.DualGanConfig> DUAL_GAN = new GameKind.DualGanKind();
    public static final ModelKind<ClassifierConfig> CLASSIFIER = new ClassifierKind();

    /** Every kind, in the order messages list them. */
    public static final List<ModelKind<?>> ALL = List.of(VAE, GAN, DUAL_GAN, CLASSIFIER);

    /** What one run of a kind trains on, and the files it writes once its model and folder exist. */
    interface Prepared {
        TrainingData data();

        RunOutputs outputs(NDManager manager, Trainable model, RunFolder run);
    }

    private final String name;
    private final Class<C> configType;
    private final Class<? extends Players> playersType;

    ModelKind(String name, Class<C> configType, Class<? extends Players> playersType) {
        this.name = name;
        this.configType = configType;
        this.playersType = playersType;
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
        return playersType != null;
    }

    /** The kind named {@code name}, or empty. */
    public static Optional<ModelKind<?>> byName(String name) {
        return ALL.stream().filter(k -> k.name.equals(name)).findFirst();
    }

    /** The kind whose configuration {@code config} is. */
    @SuppressWarnings("unchecked")
    static <C extends RunConfig<C>> ModelKind<C> of(C config) {
        return (ModelKind<C>) ALL.stream().filter(k -> k.configType.isInstance(config)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(config.getClass() + " is no registered kind's config"));
    }

    /** The registered kind named by {@code config}, the config.json of {@code file}; another name is an error naming the file. */
    public static ModelKind<?> of(Path file, JsonNode config) {
        String name = config.path("model").asText();
        return byName(name).orElseThrow(() -> new GenLabException(file + ": model '" + name + "', expected one of "
                + ALL.stream().map(ModelKind::name).collect(Collectors.joining(", "))));
    }

    /** The recipe the config.json tree {@code config} of {@code file} holds; a bad field is an error naming both. */
    public Recipe<C> recipe(Path file, JsonNode config) {
        return RunFolder.recipe(file, config, configType);
    }

    /** The data set a configuration trains on. */
    abstract String dataset(C config);

    /** The shape of a configuration's images; empty for examples that are not images. */
    abstract Optional<ImageShape> image(C config);

    /**
     * The model of {@code recipe}, untrained, in {@code manager}: with {@code players} (checked by
     * {@link #players}), or the configuration's own networks when null (random features drawn from
     * the recipe's seed).
     */
    abstract Trainable model(NDManager manager, Recipe<C> recipe, Players players);

    /** The data of {@code recipe} in batches, its images from {@code data}. */
    abstract Prepared prepare(Recipe<C> recipe, DataPlace data);

    /** {@code players} as this kind takes them: null, or of the kind's players type (an error names the field otherwise). */
    final Players players(Players players) {
        if (players != null && (playersType == null || !playersType.isInstance(players))) {
            throw new ConfigException("players", "are a " + players.getClass().getSimpleName() + ", expected "
                    + (playersType == null ? "none for a " + name : "a " + playersType.getSimpleName() + " for a "
                    + name));
        }
        return players;
    }

    /**
     * Builds the run's model in {@code manager}, with {@code players} when the run was trained with
     * networks of your own (null: the configuration's own), and loads model.params into it.
     */
    SavedModel load(RunFolder run, NDManager manager, Players players) {
        Recipe<C> recipe = run.readRecipe(configType);
        GenerativeModel model = (GenerativeModel) model(manager, recipe, players(players));
        try {
            Checkpoint.load(model.net(), manager, run.file(RunFolder.MODEL));
        } catch (CheckpointMismatchException e) {
            throw players != null ? e : new CheckpointMismatchException(e.getMessage() + "; a run trained with "
                    + "networks of your own loads with SavedModel.load(dir, manager, players)");
        }
        return new SavedModel(name, dataset(recipe.model()), image(recipe.model()), model, recipe.training());
    }
}
