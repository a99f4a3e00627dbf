package genlab.eval;

import genlab.TrainingConfig;
import genlab.data.DatasetSpec;
import static genlab.ConfigChecks.positive;

/**
 * The classifier's own fields of a run's config.json: the data set, and {@code limit}: train on
 * the first limit training images only (null: all).
 */
public record ClassifierConfig(String model, String dataset, Integer limit) implements genlab.RunConfig<ClassifierConfig> {

    public static final String MODEL = "classifier";

    /** Checks every value on construction: a bad one is a {@link genlab.ConfigException} naming its field. */
    public ClassifierConfig(String model, String dataset, Integer limit) {
        this.model = model;
        this.dataset = dataset;
        this.limit = limit;
        validated();
    }

    /** The LeNet-style classifier of {@code dataset}'s images, trained on all of them. */
    public static ClassifierConfig reference(String dataset) {
        return new ClassifierConfig(MODEL, dataset, null);
    }

    /** Checks every value; a bad one is a {@link genlab.ConfigException} naming its field. */
    @Override
    public ClassifierConfig validated() {
        if (limit != null) {
            positive("limit", limit);
        }
        return this;
    }

    /** 8 epochs of Adam at 1e-3, batches of 128, seed 1. */
    @Override
    public TrainingConfig defaultTraining() {
        return TrainingConfig.builder().optEpochs(8).optSeed(1).build();
    }

    /** A builder starting from {@link #reference} on mnist. */
    public static Builder builder() {
        return reference("mnist").toBuilder();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link ClassifierConfig}; {@link #build()} validates. */
    public static final class Builder {

        private String dataset;
        private Integer limit;

        private Builder(ClassifierConfig c) {
            this.dataset = c.dataset();
            this.limit = c.limit();
        }

        /** The registered data set (default mnist). */
        public Builder optDataset(String dataset) {
            this.dataset = dataset;
            return this;
        }

        /** Train on the first {@code limit} training images only (default: all). */
        public Builder optLimit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** The configuration, validated: a bad value is a {@link genlab.ConfigException} naming its field. */
        public ClassifierConfig build() {
            return new ClassifierConfig(MODEL, DatasetSpec.byId(dataset).id(), limit).validated();
        }
    }
}
