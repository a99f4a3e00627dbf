package genlab.eval;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import genlab.eval.FrechetDistance.GaussianFit;
import genlab.nn.EngineArrays;

/**
 * What a trained {@link Classifier} says about a set of images: p(y|x) per image (softmax in
 * double precision, so rows sum to 1 to rounding) and the penultimate-layer features.
 */
public record ClassifierOutputs(double[][] probabilities, double[][] features) {

    private static final int BATCH = 500;

    /** Runs the classifier over n images (n x 784, values in [0, 1]) in batches. */
    public static ClassifierOutputs of(Classifier classifier, NDManager manager, float[] images, int n) {
        int d = images.length / n;
        double[][] probabilities = new double[n][];
        double[][] features = new double[n][];
        for (int first = 0; first < n; first += BATCH) {
            int count = Math.min(BATCH, n - first);
            float[] slice = new float[count * d];
            System.arraycopy(images, first * d, slice, 0, slice.length);
            try (NDManager scope = manager.newSubManager()) {
                NDArray x = EngineArrays.of(scope, slice, new Shape(count, d));
                float[] logits = classifier.logits(x).toFloatArray();
                float[] f = classifier.features(x).toFloatArray();
                for (int i = 0; i < count; i++) {
                    probabilities[first + i] = softmax(logits, i * Classifier.CLASSES, Classifier.CLASSES);
                    features[first + i] = toDoubles(f, i * Classifier.FEATURES, Classifier.FEATURES);
                }
            }
        }
        return new ClassifierOutputs(probabilities, features);
    }

    /** The classifier-based Inception Score of these images. */
    public double inceptionScore() {
        return InceptionScore.of(probabilities);
    }

    /** The fraction of images whose most probable class is their label. */
    public double accuracy(int[] labels) {
        int correct = 0;
        for (int i = 0; i < probabilities.length; i++) {
            correct += predicted(i) == labels[i] ? 1 : 0;
        }
        return correct / (double) probabilities.length;
    }

    private int predicted(int i) {
        int best = 0;
        for (int y = 1; y < probabilities[i].length; y++) {
            best = probabilities[i][y] > probabilities[i][best] ? y : best;
        }
        return best;
    }

    /** The Gaussian fit of these images' features. */
    public GaussianFit featureFit() {
        return GaussianFit.of(features);
    }

    // p_y = exp(l_y - max) / sum_k exp(l_k - max)
    private static double[] softmax(float[] logits, int offset, int classes) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < classes; k++) {
            max = Math.max(max, logits[offset + k]);
        }
        double[] p = new double[classes];
        double sum = 0;
        for (int k = 0; k < classes; k++) {
            p[k] = Math.exp(logits[offset + k] - max);
            sum += p[k];
        }
        for (int k = 0; k < classes; k++) {
            p[k] /= sum;
        }
        return p;
    }

    private static double[] toDoubles(float[] values, int offset, int length) {
        double[] d = new double[length];
        for (int i = 0; i < length; i++) {
            d[i] = values[offset + i];
        }
        return d;
    }
}
