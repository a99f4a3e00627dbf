package genlab.gan;

import genlab.ConfigException;
import genlab.data.ImageShape;
import java.util.Optional;

/**
 * What the GAN's and the Dualing GAN's configurations share: the data set, z, the networks' sizes
 * and the discriminator's packs.
 */
public interface GameConfig {

    /** The data set's id: ring8, grid25, mnist or fashion-mnist. */
    String dataset();

    /** Values per example: 784 for images, 2 for points. */
    int dimension();

    /** Dimension of z ~ U[-1, 1]^latent. */
    int latent();

    /** Width of each hidden layer of the MLPs. */
    int hidden();

    /** Channel multiplier k of the conv pair. */
    int channels();

    /** The generator's architecture. */
    Architecture generatorArchitecture();

    /** Train on the first {@code limit} training images only (null: all). */
    Integer limit();

    /** The shape of one example image; null for points in the plane. */
    ImageShape image();

    /** m, the examples the discriminator scores at once (PacGAN's packing): 1 unless the config packs them. */
    int packSize();

    /** Checks that the pack divides {@code batchSize}: a {@link ConfigException} naming pack. */
    default void requirePackable(int batchSize) {
        if (batchSize % packSize() != 0) {
            throw new ConfigException("pack", packSize() + " does not divide batchSize " + batchSize
                    + ": a batch is split into packs");
        }
    }

    /** The shape of one example image (MNIST's for a config.json older than the field); none for points. */
    default Optional<ImageShape> imageShape() {
        return ImageShape.stated(image(), dimension());
    }

    /** True for images (samples are images in [0, 1]); false for points in the plane. */
    default boolean images() {
        return imageShape().isPresent();
    }
}
