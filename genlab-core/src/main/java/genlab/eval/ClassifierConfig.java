package genlab.eval;

import static genlab.ConfigChecks.positive;
import static genlab.ConfigChecks.positiveFinite;

import genlab.data.DatasetSpec;

/**
 * Everything that defines a classifier run (config.json): the data set, the epochs, Adam's
 * learning rate, the batch size, the seed, and {@code limit}: train on the first limit training
 * images only (null: all).
 */
public record ClassifierConfig(String model, String dataset, int epochs, int batchSize, double learningRate,
        int seed, Integer limit) implements genlab.RunConfig<ClassifierConfig> {

    public static final String MODEL = "classifier";

    /** The LeNet-style MNIST classifier: 8 epochs of Adam at 1e-3, batches of 128. */
    public static ClassifierConfig reference(String dataset) {
        return new ClassifierConfig(MODEL, dataset, 8, 128, 1e-3, 1, null);
    }

    /** Checks every value; a bad one is a {@link genlab.ConfigException} naming its field. */
    @Override
    public ClassifierConfig validated() {
        positive("epochs", epochs);
        positive("batchSize", batchSize);
        positiveFinite("learningRate", learningRate);
        if (limit != null) {
            positive("limit", limit);
        }
        return this;
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
        private int epochs;
        private int batchSize;
        private double learningRate;
        private int seed;
        private Integer limit;

        private Builder(ClassifierConfig c) {
            this.dataset = c.dataset();
            this.epochs = c.epochs();
            this.batchSize = c.batchSize();
            this.learningRate = c.learningRate();
            this.seed = c.seed();
            this.limit = c.limit();
        }

        /** The registered data set (default mnist). */
        public Builder optDataset(String dataset) {
            this.dataset = dataset;
            return this;
        }

        /** Passes over the training set (default 8). */
        public Builder optEpochs(int epochs) {
            this.epochs = epochs;
            return this;
        }

        /** Images per Adam step (default 128). */
        public Builder optBatchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /** Adam's step size (default 1e-3). */
        public Builder optLearningRate(double learningRate) {
            this.learningRate = learningRate;
            return this;
        }

        /** The seed of every random choice (default 1). */
        public Builder optSeed(int seed) {
            this.seed = seed;
            return this;
        }

        /** Train on the first {@code limit} training images only (default: all). */
        public Builder optLimit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** The configuration, validated: a bad value is a {@link genlab.ConfigException} naming its field. */
        public ClassifierConfig build() {
            return new ClassifierConfig(MODEL, DatasetSpec.byId(dataset).id(), epochs, batchSize, learningRate, seed,
                    limit).validated();
        }
    }
}
