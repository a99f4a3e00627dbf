package genlab.gan;

import genlab.ConfigException;
import genlab.data.ImageShape;
import java.util.Optional;

/** The generator/discriminator family chosen with {@code --arch}. */
public enum Architecture {
    /** Fully connected networks (any data). */
    MLP,
    /** The small DCGAN-style convolutional pair (28x28 images only). */
    CONV;

    /**
     * Refuses the conv pair for data that are not 1x28x28 images, and an image shape that does not
     * hold {@code dimension} values; {@code field} names the architecture's field.
     */
    public static void requireFits(String field, Architecture arch, GameConfig config) {
        Optional<ImageShape> image = config.imageShape();
        if (image.isPresent() && image.get().size() != config.dimension()) {
            throw new ConfigException("dimension", "is " + config.dimension() + " but images of " + image.get()
                    + " have " + image.get().size() + " values");
        }
        if (arch == CONV && !image.equals(Optional.of(ImageShape.MNIST))) {
            throw new ConfigException(field, "conv needs " + ImageShape.MNIST + " images, dataset " + config.dataset()
                    + " has " + image.map(s -> s + " images").orElse(config.dimension() + " values per example")
                    + " (use mlp)");
        }
    }
}
