package genlab.data;

import java.util.Arrays;

/**
 * Images with values in [0, 1], {@code count} images of one {@link ImageShape} one after the
 * other, with their class labels (-1 where a set has none).
 */
public record ImageSet(float[] pixels, int[] labels, ImageShape shape) {

    /** The label of an image that has none. */
    public static final int UNLABELLED = -1;

    public ImageSet {
        if (pixels.length != (long) labels.length * shape.size()) {
            throw new IllegalArgumentException("pixels: " + pixels.length + " values for " + labels.length
                    + " images of " + shape);
        }
    }

    /** Grey images of {@code height x width} pixels. */
    public ImageSet(float[] pixels, int[] labels, int height, int width) {
        this(pixels, labels, new ImageShape(1, height, width));
    }

    public int count() {
        return labels.length;
    }

    /** The first {@code n} images (all of them when there are no more than n). */
    public ImageSet first(int n) {
        if (n >= count()) {
            return this;
        }
        return new ImageSet(Arrays.copyOf(pixels, n * dimension()), Arrays.copyOf(labels, n), shape);
    }

    /** Values per image (D). */
    public int dimension() {
        return shape.size();
    }
}
