package genlab.gan;

/** The generator/discriminator family chosen with {@code --arch}. */
public enum Architecture {
    /** Fully connected networks (any data). */
    MLP,
    /** The small DCGAN-style convolutional pair (28x28 images only). */
    CONV
}
