package genlab.train;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import genlab.GenLabException;
import genlab.Recipe;
import genlab.TrainingConfig;
import genlab.data.GaussianMixture2d;
import genlab.data.ImageShape;
import genlab.nn.EngineArrays;
import genlab.nn.GenerativeModel;
import genlab.nn.Players;
import genlab.run.Checkpoint;
import genlab.run.RunFolder;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A generative model read back from its run folder, of any kind in the {@link ModelKind}
 * registry: the model with its trained parameters, the data set it was trained on, the shape of
 * its images (none for 2-D points), and how it was trained.
 *
 * <pre>{@code
 * try (NDManager manager = NDManager.newBaseManager()) {
 *     NDArray images = SavedModel.load(Path.of("runs/vae-mnist"), manager).model().sample(manager, 64);
 * }
 * }</pre>
 */
public record SavedModel(String kind, String dataset, Optional<ImageShape> image, GenerativeModel model,
        TrainingConfig training) {

    /** The 2-D mixture the model was trained on; empty for images. */
    public Optional<GaussianMixture2d> mixture() {
        return GaussianMixture2d.byId(dataset);
    }

    /** The model name config.json gives ({@code vae}, {@code gan}, {@code classifier}, ...). */
    public static String kind(RunFolder run) {
        return run.readJson(RunFolder.CONFIG, JsonNode.class).path("model").asText();
    }

    /** The registered kind of the run; a name no kind has is a {@link GenLabException} naming config.json. */
    public static ModelKind<?> kindOf(RunFolder run) {
        return ModelKind.of(run.file(RunFolder.CONFIG), run.readJson(RunFolder.CONFIG, JsonNode.class));
    }

    /**
     * Writes {@code model}, trained as {@code recipe} says (in memory, by {@link Trainer#fit}), into
     * the new folder {@code dir}: config.json and model.params, what {@link #load} reads back.
     */
    public static void save(Path dir, Recipe<?> recipe, GenerativeModel model) {
        JsonNode fields = RunFolder.tree(recipe);
        try (RunFolder run = RunFolder.claimNew(dir, fields.path("model").asText(), fields.path("dataset").asText(),
                false)) {
            run.writeJson(RunFolder.CONFIG, recipe);
            Checkpoint.save(model.net(), run.file(RunFolder.MODEL));
        }
    }

    /** Loads the model of the run folder {@code dir} (of any registered kind) into {@code manager}. */
    public static SavedModel load(Path dir, NDManager manager) {
        try (RunFolder run = RunFolder.open(dir)) {
            return load(run, manager);
        }
    }

    /**
     * Loads the model of a run trained with networks of your own: {@code players} are a fresh copy
     * of them, not yet initialized: a {@code VaeNet} for a VAE, a {@code GanNet} for a GAN, a
     * {@code DualGanNet} for a Dualing GAN.
     */
    public static SavedModel load(Path dir, NDManager manager, Players players) {
        try (RunFolder run = RunFolder.open(dir)) {
            return load(run, manager, players);
        }
    }

    /** Builds the run's model in {@code manager} and loads model.params into it. */
    public static SavedModel load(RunFolder run, NDManager manager) {
        return load(run, manager, null);
    }

    private static SavedModel load(RunFolder run, NDManager manager, Players players) {
        ModelKind<?> kind = kindOf(run);
        if (!kind.generative()) {
            throw new GenLabException(run.file(RunFolder.CONFIG) + ": model '" + kind.name() + "' draws no samples, "
                    + "expected one of " + ModelKind.ALL.stream().filter(ModelKind::generative).map(ModelKind::name)
                    .collect(Collectors.joining(", ")));
        }
        SavedModel saved = kind.load(run, manager, players);
        // a model that diverged before the checks of every epoch could have saved such weights
        EngineArrays.nonFiniteParameter(saved.model().net()).ifPresent(parameter -> {
            throw new GenLabException(run.file(RunFolder.MODEL) + ": parameter " + parameter + ", expected finite "
                    + "weights (the run diverged)");
        });
        return saved;
    }
}
