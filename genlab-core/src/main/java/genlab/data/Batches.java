package genlab.data;

import java.util.Random;

/**
 * Mini-batches over an {@link ImageSet}: a fresh shuffled order per training pass (Fisher-Yates
 * with the run's random stream), the stored order for evaluation, and the batch's pixels gathered
 * into a reusable buffer, binarized as asked. The last batch of a pass holds the remainder (it
 * may be smaller than the batch size).
 */
public final class Batches implements BatchSource {

    private final ImageSet set;
    private final int batchSize;
    private final Binarization binarization;
    private final Random rng;
    private final float[] buffer;
    private int[] order;

    public Batches(ImageSet set, int batchSize, Binarization binarization, Random rng) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batchSize must be positive, got " + batchSize);
        }
        this.set = set;
        this.batchSize = batchSize;
        this.binarization = binarization;
        this.rng = rng;
        // a batch larger than the set holds the whole set
        this.buffer = new float[Math.min(batchSize, set.count()) * set.dimension()];
        this.order = sequentialOrder();
    }

    /** Batches per pass: ceil(count / batchSize). */
    @Override
    public int batchCount() {
        return (set.count() + batchSize - 1) / batchSize;
    }

    @Override
    public void startPass(boolean training) {
        order = training ? shuffledOrder() : sequentialOrder();
    }

    @Override
    public int dimension() {
        return set.dimension();
    }

    /** A uniformly random permutation of the image indices. */
    int[] shuffledOrder() {
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
    int[] sequentialOrder() {
        int[] order = new int[set.count()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        return order;
    }

    @Override
    public int size(int b) {
        return Math.min(batchSize, set.count() - b * batchSize);
    }

    @Override
    public float[] batch(int b) {
        int d = set.dimension();
        int n = size(b);
        for (int i = 0; i < n; i++) {
            set.copyImage(order[b * batchSize + i], buffer, i * d);
        }
        binarization.perBatch(buffer, n * d, rng);
        return buffer;
    }
}
