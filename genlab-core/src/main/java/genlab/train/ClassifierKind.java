package genlab.train;

import ai.djl.ndarray.NDManager;
import genlab.Recipe;
import genlab.TrainingConfig;
import genlab.data.Batches;
import genlab.data.Binarization;
import genlab.data.ImageDatasets;
import genlab.data.ImageSet;
import genlab.data.ImageShape;
import genlab.eval.Classifier;
import genlab.eval.ClassifierConfig;
import genlab.eval.LabelledRows;
import genlab.internal.RunSeeds;
import genlab.nn.Players;
import genlab.nn.Trainable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The LeNet-style classifier that scores image samples (Inception Score, Frechet distance); it draws no samples. */
final class ClassifierKind extends ModelKind<ClassifierConfig> {

    ClassifierKind() {
        super(ClassifierConfig.MODEL, ClassifierConfig.class, null);
    }

    @Override
    String dataset(ClassifierConfig config) {
        return config.dataset();
    }

    @Override
    Optional<ImageShape> image(ClassifierConfig config) {
        return Optional.of(ImageShape.MNIST);
    }

    @Override
    List<String> networkFields() {
        return List.of();
    }

    @Override
    ClassifierConfig defaults(String dataset, ImageShape image) {
        return ClassifierConfig.builder().optDataset(dataset).build();
    }

    @Override
    Trainable model(NDManager manager, Recipe<ClassifierConfig> recipe, Players players) {
        return new Classifier(manager);
    }

    @Override
    Prepared prepare(Recipe<ClassifierConfig> recipe, DataPlace place) {
        ClassifierConfig config = recipe.model();
        TrainingConfig training = recipe.training();
        ImageDatasets.Splits splits = place.images(config.dataset(), ImageShape.MNIST);
        RunSeeds seeds = RunSeeds.of(training.seed());
        ImageSet train = config.limit() == null ? splits.train() : splits.train().first(config.limit());
        TrainingData data = new TrainingData(
                new Batches(LabelledRows.of(train), training.batchSize(), Binarization.NONE, seeds.random()),
                new Batches(LabelledRows.of(splits.test()), training.batchSize(), Binarization.NONE, seeds.random()),
                seeds, splits.source());
        return new Prepared(data, (manager, model, run) -> new RunOutputs() {
            @Override
            public EpochSummary afterEpoch(EpochResult result) {
                return EpochSummary.NONE;
            }

            /** {@code final test accuracy: ...% (cross-entropy ... nats/image; train ...%)}. */
            @Override
            public String finish(EpochResult r) {
                return String.format(Locale.ROOT, "final test accuracy: %.2f%% (cross-entropy %.4f nats/image; "
                        + "train %.2f%%)", 100 * (1 - r.test().get("error")), r.test().get("loss"),
                        100 * (1 - r.train().get("error")));
            }
        });
    }
}
