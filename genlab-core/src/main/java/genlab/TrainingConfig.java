package genlab;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * How a model is trained, the same fields for every model: in a run's config.json beside the
 * model's own fields. The optimizer is Adam (beta2 0.999, eps 1e-8) with the model's beta1.
 *
 * @param epochs passes over the training set, or epochs of {@code batchesPerEpoch} batches of a 2-D stream
 * @param batchSize examples per optimizer step
 * @param batchesPerEpoch fresh batches per epoch of a stream of 2-D points; null for a model that
 *     trains on data sets only, whose epoch is one pass
 * @param learningRate Adam's step size
 * @param lrSchedule how the learning rate moves over the run; null for constant (what a
 *     config.json without the field means)
 * @param seed the seed of every random choice: initialization, shuffling, noise, random features
 */
public record TrainingConfig(int epochs, int batchSize, @JsonInclude(JsonInclude.Include.NON_NULL) Integer batchesPerEpoch,
        double learningRate, @JsonInclude(JsonInclude.Include.NON_NULL) LearningRateSchedule lrSchedule, int seed) {

    /** The fields' names in config.json, in order. */
    public static final List<String> FIELDS = List.of("epochs", "batchSize", "batchesPerEpoch", "learningRate",
            "lrSchedule", "seed");

    /** The fields config.json may leave out, which then read as null. */
    public static final List<String> OPTIONAL_FIELDS = List.of("batchesPerEpoch", "lrSchedule");

    /** Checks every value: a bad one is a {@link ConfigException} naming its field. */
    public TrainingConfig {
        ConfigChecks.positive("epochs", epochs);
        ConfigChecks.positive("batchSize", batchSize);
        if (batchesPerEpoch != null) {
            ConfigChecks.positive("batchesPerEpoch", batchesPerEpoch);
        }
        ConfigChecks.positiveFinite("learningRate", learningRate);
    }

    /** The schedule in use: {@link #lrSchedule}, or constant when it is not set. */
    public LearningRateSchedule schedule() {
        return lrSchedule == null ? LearningRateSchedule.CONSTANT : lrSchedule;
    }

    /** A builder with the reference VAE's training: 30 epochs of batches of 128, Adam at 1e-3, seed 2. */
    public static Builder builder() {
        return new Builder(new TrainingConfig(30, 128, null, 1e-3, null, 2));
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link TrainingConfig}: every value has a default, {@link #build()} validates. */
    public static final class Builder {

        private int epochs;
        private int batchSize;
        private Integer batchesPerEpoch;
        private double learningRate;
        private LearningRateSchedule lrSchedule;
        private int seed;

        private Builder(TrainingConfig c) {
            this.epochs = c.epochs;
            this.batchSize = c.batchSize;
            this.batchesPerEpoch = c.batchesPerEpoch;
            this.learningRate = c.learningRate;
            this.lrSchedule = c.lrSchedule;
            this.seed = c.seed;
        }

        /** Passes over the training set, or epochs of a 2-D stream's batches. */
        public Builder optEpochs(int epochs) {
            this.epochs = epochs;
            return this;
        }

        /** Examples per optimizer step. */
        public Builder optBatchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /** Fresh batches per epoch of a 2-D stream (null: the model trains on data sets only). */
        public Builder optBatchesPerEpoch(Integer batchesPerEpoch) {
            this.batchesPerEpoch = batchesPerEpoch;
            return this;
        }

        /** Adam's step size. */
        public Builder optLearningRate(double learningRate) {
            this.learningRate = learningRate;
            return this;
        }

        /** How the learning rate moves over the run (null: constant). */
        public Builder optLrSchedule(LearningRateSchedule lrSchedule) {
            this.lrSchedule = lrSchedule;
            return this;
        }

        /** The seed of every random choice. */
        public Builder optSeed(int seed) {
            this.seed = seed;
            return this;
        }

        /** The configuration, validated: a bad value is a {@link ConfigException} naming its field. */
        public TrainingConfig build() {
            return new TrainingConfig(epochs, batchSize, batchesPerEpoch, learningRate, lrSchedule, seed);
        }
    }
}
