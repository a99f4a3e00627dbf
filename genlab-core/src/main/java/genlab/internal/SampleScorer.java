package genlab.internal;

import ai.djl.ndarray.NDManager;
import genlab.data.ImageSet;
import genlab.eval.Classifier;
import genlab.eval.ClassifierOutputs;
import genlab.eval.FrechetDistance.GaussianFit;
import genlab.eval.FrechetDistance;
import genlab.eval.SampleStatistics;
import genlab.nn.GenerativeModel;
import genlab.run.Checkpoint;
import genlab.run.RunFolder;

/**
 * Scores a model's image samples with a trained {@link Classifier}: their Inception Score, the
 * Frechet distance of their features to the test images', and the largest share of samples the
 * classifier puts in one class (the sign of a collapse onto a few digits). The samples are summed up
 * as {@link SampleStatistics}, so shards of them scored apart merge.
 */
public final class SampleScorer {

    private static final int SAMPLE_BATCH = 1000;

    /** The scores of one set of samples. */
    public record Scores(double inceptionScore, double frechetDistance, double largestClassShare) {

        /** The scores of samples summed up as {@code generated}, against the test images' feature fit. */
        public static Scores of(SampleStatistics generated, GaussianFit test) {
            return new Scores(generated.inceptionScore(), FrechetDistance.between(generated.features().fit(), test),
                    generated.largestClassShare());
        }
    }

    private final NDManager manager;
    private final Classifier classifier;

    /** Loads the classifier of {@code classifierRun} into {@code manager}. */
    public SampleScorer(RunFolder classifierRun, NDManager manager) {
        this.manager = manager;
        this.classifier = new Classifier(manager);
        Checkpoint.load(classifier.net(), manager, classifierRun.file(RunFolder.MODEL));
    }

    /** The statistics of {@code samples} examples drawn from {@code model}, 1,000 at a time. */
    public SampleStatistics statistics(GenerativeModel model, int samples) {
        float[] images = null;
        for (int first = 0; first < samples; first += SAMPLE_BATCH) {
            int count = Math.min(SAMPLE_BATCH, samples - first);
            try (NDManager scope = manager.newSubManager()) {
                float[] batch = model.sample(scope, count).toFloatArray();
                int d = batch.length / count;
                images = images != null ? images : new float[samples * d];
                System.arraycopy(batch, 0, images, first * d, batch.length);
            }
        }
        return SampleStatistics.of(outputs(images, samples));
    }

    /** The classifier's outputs on every image of {@code images} (the test set, for the feature fit that samples meet). */
    public ClassifierOutputs outputs(ImageSet images) {
        return outputs(images.pixels(), images.count());
    }

    /** The classifier's outputs on n images (n x 784, values in [0, 1]). */
    public ClassifierOutputs outputs(float[] images, int n) {
        return ClassifierOutputs.of(classifier, manager, images, n);
    }
}
