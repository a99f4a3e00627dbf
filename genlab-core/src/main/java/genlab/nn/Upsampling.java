package genlab.nn;

import ai.djl.ndarray.NDArray;

/**
 * Nearest-neighbour 2x upsampling of image batches, for networks that grow images without
 * transposed convolutions (DJL's PyTorch engine has none).
 */
public final class Upsampling {

    private Upsampling() {}

    /**
     * (n, c, H, W) -> (n, c, 2H, 2W), each pixel repeated into a 2 x 2 block; its gradient is the
     * sum over the block. libtorch's nearest interpolation (mode 0): {@code x.repeat(2, 2).repeat(3, 2)}
     * gives the same values, but its backward (sums over an axis of 2) took a quarter of a conv GAN
     * iteration (bench/notes.md).
     */
    public static NDArray nearest2x(NDArray x) {
        long height = x.getShape().get(2);
        long width = x.getShape().get(3);
        return x.getNDArrayInternal().interpolation(new long[] {2 * height, 2 * width}, 0, false);
    }
}
