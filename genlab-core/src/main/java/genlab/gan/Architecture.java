package genlab.gan;

import genlab.ConfigException;

/** The generator/discriminator family chosen with {@code --arch}. */
public enum Architecture {
    /** Fully connected networks (any data). */
    MLP,
    /** The small DCGAN-style convolutional pair (28x28 images only). */
    CONV;

    /** Refuses the conv pair for data that are not 28x28 images; {@code field} names the choice. */
    public static void requireFits(String field, Architecture arch, String dataset, int dimension) {
        if (arch == CONV && dimension != 784) {
            throw new ConfigException(field, "conv needs 28x28 images, dataset " + dataset + " has " + dimension
                    + " values per example (use mlp)");
        }
    }
}
