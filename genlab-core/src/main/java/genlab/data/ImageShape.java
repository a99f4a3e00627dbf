package genlab.data;

import genlab.ConfigException;
import java.util.Optional;

/**
 * The shape of one image: channels (1 grey, 3 RGB) of height x width pixels, stored channel by
 * channel, row-major, as {@code channels * height * width} values in [0, 1].
 */
public record ImageShape(int channels, int height, int width) {

    /** MNIST's and Fashion-MNIST's shape: one grey channel of 28 x 28. */
    public static final ImageShape MNIST = new ImageShape(1, 28, 28);

    /** The most values an image may have (4096 x 4096 grey): a batch of them must fit the engine's arrays. */
    public static final long MAX_VALUES = 1L << 24;

    public ImageShape {
        if (channels != 1 && channels != 3) {
            throw new ConfigException("imageChannels", "must be 1 (grey) or 3 (RGB), got " + channels);
        }
        if (height <= 0 || width <= 0) {
            throw new ConfigException("imageSide", "must be positive, got " + height + "x" + width);
        }
        if ((long) channels * height * width > MAX_VALUES) {
            throw new ConfigException("imageSide", "gives " + channels + "x" + height + "x" + width + " = "
                    + (long) channels * height * width + " values per image, expected at most " + MAX_VALUES);
        }
    }

    /**
     * A config's image shape: the one it states, else MNIST's for 784 values (a config.json
     * written before configs stated their shape), else none (points, not images).
     */
    public static Optional<ImageShape> stated(ImageShape image, int dimension) {
        return image != null ? Optional.of(image)
                : dimension == MNIST.size() ? Optional.of(MNIST) : Optional.empty();
    }

    /** Square images of {@code side} pixels. */
    public static ImageShape square(int channels, int side) {
        return new ImageShape(channels, side, side);
    }

    /** Values per image: channels x height x width. */
    public int size() {
        return channels * height * width;
    }

    /** {@code 1x28x28}. */
    @Override
    public String toString() {
        return channels + "x" + height + "x" + width;
    }
}
