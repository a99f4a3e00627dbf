package genlab.train;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import genlab.ConfigException;
import genlab.GenLabException;
import genlab.JsonProblems;
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

    /** The config.json field that describes networks of your own. */
    public static final String NETWORKS = "networks";

    /** Every kind, in the order messages list them. */
    public static final List<ModelKind<?>> ALL = List.of(VAE, GAN, DUAL_GAN, CLASSIFIER);

    /** The files a run writes, opened once its model and folder exist. */
    @FunctionalInterface
    interface OutputsOpener {
        RunOutputs open(NDManager manager, Trainable model, RunFolder run);
    }

    /** What one run of a kind trains on, and how its files are opened. */
    record Prepared(TrainingData data, OutputsOpener outputs) {}

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

    /**
     * The recipe the config.json tree {@code config} of {@code file} holds; a bad field is an error
     * naming both. A run of networks of your own records no architecture: its network fields read
     * as the data set's defaults, the values the run trained with.
     */
    public Recipe<C> recipe(Path file, JsonNode config) {
        if (!config.has(NETWORKS)) {
            return RunFolder.recipe(file, config, configType);
        }
        ObjectNode fields = ((ObjectNode) config).deepCopy();
        fields.remove(NETWORKS);
        setNetworkFields(fields, defaults(fields.path("dataset").asText(), imageOf(file, fields)));
        return RunFolder.recipe(file, fields, configType);
    }

    // the image shape a config tree gives, or null for examples that are not images
    private static ImageShape imageOf(Path file, ObjectNode fields) {
        JsonNode image = fields.path("image");
        return image.isObject() ? RunFolder.value(file, image, ImageShape.class) : null;
    }

    /** The fields of the configuration that networks of your own replace: its own networks' architecture. */
    abstract List<String> networkFields();

    /** The configuration of {@code dataset} (images of {@code image}, null for other examples) with every default. */
    abstract C defaults(String dataset, ImageShape image);

    /**
     * {@code recipe} as a run of networks of your own keeps it: its network fields set to the data
     * set's defaults (they do not describe the networks, so they are not kept).
     */
    final Recipe<C> forOwnNetworks(Recipe<C> recipe) {
        C config = recipe.model();
        ObjectNode fields = JsonProblems.MAPPER.valueToTree(config);
        setNetworkFields(fields, defaults(dataset(config), image(config).orElse(null)));
        return recipe.withModel(JsonProblems.MAPPER.convertValue(fields, configType));
    }

    // the network fields of `fields` set to those of `reference`
    private void setNetworkFields(ObjectNode fields, C reference) {
        ObjectNode values = JsonProblems.MAPPER.valueToTree(reference);
        networkFields().forEach(name -> fields.set(name, values.get(name)));
    }

    /**
     * What config.json holds for {@code recipe}: its flat fields; for a run of networks of your own
     * ({@code players} not null) without the network fields, and with {@link #NETWORKS}: the
     * players' type and each network's class and parameter count, from the built {@code model}.
     */
    final ObjectNode configJson(Recipe<C> recipe, Players players, Trainable model) {
        ObjectNode fields = recipe.json();
        if (players == null) {
            return fields;
        }
        networkFields().forEach(fields::remove);
        ObjectNode networks = fields.putObject(NETWORKS).put("players", players.getClass().getSimpleName());
        model.net().getChildren().forEach(child -> networks.putObject(child.getKey().replaceFirst("^[0-9]+", ""))
                .put("class", child.getValue().getClass().getSimpleName())
                .put("parameters", child.getValue().getParameters().values().stream()
                        .mapToLong(p -> p.getArray().size()).sum()));
        return fields;
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
        Recipe<C> recipe = recipe(run.file(RunFolder.CONFIG), run.readJson(RunFolder.CONFIG, JsonNode.class));
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
