package genlab.eval;

import static genlab.ConfigChecks.positive;
import static genlab.ConfigChecks.positiveFinite;

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
}
