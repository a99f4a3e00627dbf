package genlab.data;

import java.util.Arrays;

/**
 * Images as grey levels in [0, 1], row-major, {@code count} images of {@code height x width}
 * pixels, with their class labels.
 */
public record ImageSet(float[] pixels, int[] labels, int height, int width) {

    public ImageSet {
        if (pixels.length != (long) labels.length * height * width) {
            throw new IllegalArgumentException("pixels: " + pixels.length + " values for " + labels.length
                    + " images of " + height + "x" + width);
        }
    }

    public int count() {
        return labels.length;
    }

    /** The first {@code n} images (all of them when there are no more than n). */
    public ImageSet first(int n) {
        if (n >= count()) {
            return this;
        }
        return new ImageSet(Arrays.copyOf(pixels, n * dimension()), Arrays.copyOf(labels, n), height, width);
    }

    /** Pixels per image (D). */
    public int dimension() {
        return height * width;
    }
}
