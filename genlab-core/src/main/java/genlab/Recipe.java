package genlab;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A model's configuration and how it is trained: what a run's config.json holds, the model's
 * fields and the {@link TrainingConfig}'s side by side in one flat object.
 *
 * @param <C> the model's configuration
 */
public record Recipe<C extends RunConfig<C>>(C model, TrainingConfig training) {

    /** Checks both halves and what they must agree on (a batch the model's memory and packs allow). */
    public Recipe {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(training, "training");
        model.validated();
        model.requireTrainable(training);
    }

    /** {@code model} with the training it is known to work with ({@link RunConfig#defaultTraining}). */
    public static <C extends RunConfig<C>> Recipe<C> of(C model) {
        return new Recipe<>(model, model.defaultTraining());
    }

    /** This recipe with another model configuration. */
    public Recipe<C> withModel(C other) {
        return new Recipe<>(other, training);
    }

    /** This recipe with another training. */
    public Recipe<C> withTraining(TrainingConfig other) {
        return new Recipe<>(model, other);
    }

    /** The flat object config.json holds: the model's fields, then the training's. */
    @JsonValue
    public ObjectNode json() {
        ObjectNode fields = JsonProblems.MAPPER.valueToTree(model);
        fields.setAll((ObjectNode) JsonProblems.MAPPER.valueToTree(training));
        return fields;
    }

    /**
     * The recipe a flat config.json object holds, with the model's fields read as {@code type}. A
     * field neither half knows, a value of the wrong type or out of range throws, naming the field.
     */
    public static <C extends RunConfig<C>> Recipe<C> read(JsonNode flat, Class<C> type) throws JsonProcessingException {
        if (!(flat instanceof ObjectNode object)) {
            throw new GenLabException("expected a JSON object of config fields, found " + flat.getNodeType());
        }
        ObjectNode modelFields = object.deepCopy();
        ObjectNode trainingFields = JsonProblems.MAPPER.createObjectNode();
        for (String name : TrainingConfig.FIELDS) {
            JsonNode value = modelFields.remove(name);
            if (value != null) {
                trainingFields.set(name, value);
            } else if (TrainingConfig.OPTIONAL_FIELDS.contains(name)) {
                trainingFields.putNull(name);
            }
        }
        C model = JsonProblems.MAPPER.treeToValue(modelFields, type);
        TrainingConfig training = JsonProblems.MAPPER.treeToValue(trainingFields, TrainingConfig.class);
        return new Recipe<>(model, training);
    }
}
