package genlab.data;

/**
 * Where the training loop gets its batches: a pass is a sequence of batches of row-major vectors
 * (size(b) x dimension). A training pass may shuffle or draw fresh samples; an evaluation pass
 * always yields the same batches in the same order.
 */
public interface BatchSource {

    /** Values per example (D: pixels per image, or 2 for points in the plane). */
    int dimension();

    /** Batches per pass. */
    int batchCount();

    /** Starts a pass over the data: shuffled or freshly drawn when {@code training}, else fixed. */
    void startPass(boolean training);

    /** Examples in batch b of the current pass. */
    int size(int b);

    /**
     * Batch b of the current pass in a buffer the source reuses: only its first size(b) x
     * dimension values belong to the batch.
     */
    float[] batch(int b);
}
