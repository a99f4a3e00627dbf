package genlab.data;

import java.util.Arrays;

/**
 * Images with values in [0, 1], {@code count} images of one {@link ImageShape} one after the
 * other, with their class labels (-1 where a set has none). Images of 8-bit grey levels (MNIST,
 * Fashion-MNIST) are stored as their bytes, b / 255, a quarter of the memory of floats (47 MB
 * instead of 188 MB for MNIST's training set); other images as floats.
 */
public final class ImageSet {

    /** The label of an image that has none. */
    public static final int UNLABELLED = -1;

    // b / 255 for every byte b, so a byte pixel reads as exactly the float it was scaled to
    private static final float[] GREY_LEVELS = new float[256];

    static {
        for (int b = 0; b < 256; b++) {
            GREY_LEVELS[b] = b / 255f;
        }
    }

    private final float[] floats;
    private final byte[] levels;
    private final int[] labels;
    private final ImageShape shape;

    private ImageSet(float[] floats, byte[] levels, int[] labels, ImageShape shape) {
        long values = floats != null ? floats.length : levels.length;
        if (values != (long) labels.length * shape.size()) {
            throw new IllegalArgumentException("pixels: " + values + " values for " + labels.length
                    + " images of " + shape);
        }
        this.floats = floats;
        this.levels = levels;
        this.labels = labels;
        this.shape = shape;
    }

    /** Images of {@code shape} with the given values in [0, 1] (not copied). */
    public ImageSet(float[] pixels, int[] labels, ImageShape shape) {
        this(pixels, null, labels, shape);
    }

    /** Grey images of {@code height x width} pixels. */
    public ImageSet(float[] pixels, int[] labels, int height, int width) {
        this(pixels, labels, new ImageShape(1, height, width));
    }

    /** Images of 8-bit levels: byte b (unsigned) is the value b / 255 (not copied). */
    public static ImageSet ofLevels(byte[] levels, int[] labels, ImageShape shape) {
        return new ImageSet(null, levels, labels, shape);
    }

    /**
     * Every value, image after image. A set of floats returns its own array; a set of 8-bit levels
     * makes a new float array at each call, so loops over images use {@link #copyImage}.
     */
    public float[] pixels() {
        return floats != null ? floats : values(0, count());
    }

    /** The values of images {@code first} to {@code first + count - 1}, image after image, in a new array. */
    public float[] values(int first, int count) {
        float[] out = new float[count * dimension()];
        for (int i = 0; i < count; i++) {
            copyImage(first + i, out, i * dimension());
        }
        return out;
    }

    /** Copies the values of image {@code image} into {@code destination} from {@code offset} on. */
    public void copyImage(int image, float[] destination, int offset) {
        int d = dimension();
        if (floats != null) {
            System.arraycopy(floats, image * d, destination, offset, d);
            return;
        }
        for (int v = 0, from = image * d; v < d; v++) {
            destination[offset + v] = GREY_LEVELS[levels[from + v] & 0xff];
        }
    }

    public int[] labels() {
        return labels;
    }

    public ImageShape shape() {
        return shape;
    }

    public int count() {
        return labels.length;
    }

    /** The first {@code n} images (all of them when there are no more than n). */
    public ImageSet first(int n) {
        return n >= count() ? this : slice(0, n);
    }

    /** Images {@code first} .. {@code first + count - 1}. */
    public ImageSet slice(int first, int count) {
        int from = first * dimension();
        int to = (first + count) * dimension();
        return new ImageSet(floats != null ? Arrays.copyOfRange(floats, from, to) : null,
                levels != null ? Arrays.copyOfRange(levels, from, to) : null,
                Arrays.copyOfRange(labels, first, first + count), shape);
    }

    /** Values per image (D). */
    public int dimension() {
        return shape.size();
    }

    @Override
    public String toString() {
        return "ImageSet[" + count() + " images of " + shape + (levels != null ? ", 8-bit levels]" : "]");
    }
}
