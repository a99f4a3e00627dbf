package genlab.train;

import genlab.TrainingConfig;
import genlab.data.BatchSource;
import genlab.data.Batches;
import genlab.data.Binarization;
import genlab.data.DataSource;
import genlab.data.ImageDatasets;
import genlab.data.ImageSet;
import genlab.internal.RunSeeds;

/**
 * What a model trains on: the training batches (one pass per epoch), the test batches it is
 * scored on after each epoch, the run's random streams they draw from, and where the data came
 * from (for the run's provenance).
 */
public record TrainingData(BatchSource train, BatchSource test, RunSeeds seeds, DataSource source) {

    /** {@code splits} in batches of {@code training}'s size, shuffled by a stream of its seed. */
    public static TrainingData images(ImageDatasets.Splits splits, TrainingConfig training) {
        return images(splits, training, Binarization.NONE);
    }

    /**
     * {@code splits} in batches of {@code training}'s size, shuffled by a stream of its seed, their
     * pixels made 0/1 as {@code binarization} says (a static binarization of the training set is
     * drawn from the seed, of the test set from the seed + 1).
     */
    public static TrainingData images(ImageDatasets.Splits splits, TrainingConfig training, Binarization binarization) {
        RunSeeds seeds = RunSeeds.of(training.seed());
        ImageSet train = binarization.prepare(splits.train(), training.seed());
        ImageSet test = testSet(splits.test(), binarization, training.seed());
        return new TrainingData(new Batches(train, training.batchSize(), binarization, seeds.random()),
                new Batches(test, training.batchSize(), binarization, seeds.random()), seeds, splits.source());
    }

    /** The test images of a run of {@code seed} as it scores them: a static binarization is drawn from the seed + 1. */
    public static ImageSet testSet(ImageSet test, Binarization binarization, int seed) {
        return binarization.prepare(test, seed + 1L);
    }
}
