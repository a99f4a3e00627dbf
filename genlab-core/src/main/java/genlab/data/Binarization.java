package genlab.data;

import java.util.Random;

/** How grey levels in [0, 1] become the model's data x. */
public enum Binarization {
    /** x = grey levels in [0, 1], used as Bernoulli probabilities by the Bernoulli decoder. */
    NONE,
    /** x ~ Bernoulli(pixels), drawn anew for every batch (the convention for log-likelihoods). */
    DYNAMIC,
    /** x ~ Bernoulli(pixels), drawn once per dataset with the run's seed and kept. */
    STATIC;

    /** The dataset every epoch reads from: STATIC samples it once here, the others return it as is. */
    public ImageSet prepare(ImageSet set, long seed) {
        if (this != STATIC) {
            return set;
        }
        // drawn in the same order as a pass over all values, and kept as 8-bit levels 0 and 255
        Random rng = new Random(seed);
        int d = set.dimension();
        float[] image = new float[d];
        byte[] levels = new byte[set.count() * d];
        for (int i = 0; i < set.count(); i++) {
            set.copyImage(i, image, 0);
            sample(image, d, rng);
            for (int v = 0; v < d; v++) {
                levels[i * d + v] = image[v] == 1f ? (byte) 255 : 0;
            }
        }
        return ImageSet.ofLevels(levels, set.labels(), set.shape());
    }

    /** Applies per-batch binarization (DYNAMIC only) to the first {@code length} values in place. */
    public void perBatch(float[] values, int length, Random rng) {
        if (this == DYNAMIC) {
            sample(values, length, rng);
        }
    }

    // x_d = 1 with probability p_d, else 0
    private static void sample(float[] probabilities, int length, Random rng) {
        for (int i = 0; i < length; i++) {
            probabilities[i] = rng.nextFloat() < probabilities[i] ? 1f : 0f;
        }
    }
}
