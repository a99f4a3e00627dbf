package genlab.eval;

import genlab.data.ImageSet;

/**
 * Images with their class index appended as one more value per row (D + 1 values), so labelled
 * data flows through the same batching and training loop as unlabelled images.
 */
public final class LabelledRows {

    private LabelledRows() {}

    /** Rows (pixels..., label) of {@code set}, stored as a 1 x (D + 1) "image" per example. */
    public static ImageSet of(ImageSet set) {
        int d = set.dimension();
        float[] rows = new float[set.count() * (d + 1)];
        for (int i = 0; i < set.count(); i++) {
            set.copyImage(i, rows, i * (d + 1));
            rows[i * (d + 1) + d] = set.labels()[i];
        }
        return new ImageSet(rows, set.labels(), 1, d + 1);
    }
}
