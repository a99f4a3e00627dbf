package genlab.train;

import ai.djl.ndarray.NDManager;
import genlab.Recipe;
import genlab.TrainingConfig;
import genlab.data.Batches;
import genlab.data.Binarization;
import genlab.data.ImageDatasets;
import genlab.data.ImageSet;
import genlab.eval.Classifier;
import genlab.eval.ClassifierConfig;
import genlab.eval.LabelledRows;
import genlab.run.RunFolder;
import java.io.IOException;
import java.util.Locale;

/**
 * Trains the LeNet-style classifier that scores image samples (Inception Score, Frechet distance)
 * into a run folder. With {@code resume} it continues after the run's checkpoint.
 */
public final class ClassifierTraining {

    private ClassifierTraining() {}

    /** Trains {@code recipe} on {@code splits} into the new run {@code run}; returns the last epoch. */
    public static EpochResult train(Recipe<ClassifierConfig> recipe, RunFolder run, ImageDatasets.Splits splits,
            RunSettings settings) throws IOException {
        return train(recipe, run, splits, settings, false);
    }

    /** As above; with {@code resume}, continues after the run's checkpoint. */
    static EpochResult train(Recipe<ClassifierConfig> recipe, RunFolder run, ImageDatasets.Splits splits,
            RunSettings settings, boolean resume) throws IOException {
        ClassifierConfig config = recipe.model();
        TrainingConfig training = recipe.training();
        Trainer trainer = settings.trainer(training);
        trainer.listener().notice("run folder: " + run.dir());
        RunSeeds seeds = RunSeeds.of(training.seed());
        try (NDManager manager = NDManager.newBaseManager()) {
            Classifier classifier = new Classifier(manager);
            ImageSet train = config.limit() == null ? splits.train() : splits.train().first(config.limit());
            TrainingData data = new TrainingData(
                    new Batches(LabelledRows.of(train), training.batchSize(), Binarization.NONE, seeds.random()),
                    new Batches(LabelledRows.of(splits.test()), training.batchSize(), Binarization.NONE, seeds.random()),
                    seeds, splits.source());
            EpochResult last = TrainingRun.of(run, trainer, recipe).optResume(resume)
                    .train(classifier, data, manager, result -> EpochSummary.NONE);
            settings.listener().notice(finalLine(last));
            return last;
        }
    }

    /** {@code final test accuracy: ...% (cross-entropy ... nats/image; train ...%)}. */
    public static String finalLine(EpochResult r) {
        return String.format(Locale.ROOT, "final test accuracy: %.2f%% (cross-entropy %.4f nats/image; train %.2f%%)",
                100 * (1 - r.test().get("error")), r.test().get("loss"), 100 * (1 - r.train().get("error")));
    }
}
