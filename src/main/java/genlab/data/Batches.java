package genlab.data;

import java.util.Random;

/**
 * Mini-batches over an {@link ImageSet}: a fresh shuffled order per epoch (Fisher-Yates with the
 * run's random stream) and the batch's pixels gathered into a reusable buffer, binarized as asked.
 * The last batch of an epoch holds the remainder (it may be smaller than the batch size).
 */
public final class Batches {

    private final ImageSet set;
    private final int batchSize;
    private final Binarization binarization;
    private final Random rng;
    private final float[] buffer;

    public Batches(ImageSet set, int batchSize, Binarization binarization, Random rng) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batchSize must be positive, got " + batchSize);
        }
        this.set = set;
        this.batchSize = batchSize;
        this.binarization = binarization;
        this.rng = rng;
        this.buffer = new float[batchSize * set.dimension()];
    }

    /** Batches per epoch: ceil(count / batchSize). */
    public int count() {
        return (set.count() + batchSize - 1) / batchSize;
    }

    public int dimension() {
        return set.dimension();
    }

    /** A uniformly random permutation of the image indices. */
    public int[] shuffledOrder() {
        int[] order = sequentialOrder();
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** The indices 0..count-1 in order (for evaluation). */
    public int[] sequentialOrder() {
        int[] order = new int[set.count()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        return order;
    }

    /** Number of images in batch {@code b}. */
    public int size(int b) {
        return Math.min(batchSize, set.count() - b * batchSize);
    }

    /**
     * Gathers batch {@code b} of {@code order} into the shared buffer, row-major (size(b) x D),
     * and returns the buffer; only its first size(b) * D values belong to the batch.
     */
    public float[] gather(int[] order, int b) {
        int d = set.dimension();
        int n = size(b);
        for (int i = 0; i < n; i++) {
            System.arraycopy(set.pixels(), order[b * batchSize + i] * d, buffer, i * d, d);
        }
        binarization.perBatch(buffer, n * d, rng);
        return buffer;
    }
}
