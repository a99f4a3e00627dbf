package genlab.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * Nearest-neighbour 2x upsampling of image batches, for networks that grow images without
 * transposed convolutions (DJL's PyTorch engine has none).
 */
public final class Upsampling {

    /**
     * libtorch 2.7.1's nearest interpolation copies an NCHW input to channels-last and its result
     * back whenever the output's height plus width is at most this ({@code _use_vectorized_kernel_cond_2d}
     * in ATen's UpSampleKernel.cpp); in a conv GAN iteration the copies took about 9 times the kernel's time.
     */
    private static final long CHANNELS_LAST_MAX_SIDES = 128;

    private Upsampling() {}

    /**
     * (n, c, H, W) -> (n, c, 2H, 2W), each pixel repeated into a 2 x 2 block; its gradient is the
     * sum over the block. libtorch's nearest interpolation (mode 0) on the batch seen as (n, c / g,
     * g H, W), g channels stacked in the height ({@link #heightFold}), so that the output passes
     * libtorch's channels-last threshold: the same values and the same gradient bits as on (n, c,
     * H, W), without the layout copies. {@code x.repeat(2, 2).repeat(3, 2)} gives the same values,
     * but its backward (sums over an axis of 2) took a quarter of a conv GAN iteration
     * (bench/notes.md).
     */
    public static NDArray nearest2x(NDArray x) {
        Shape shape = x.getShape();
        long n = shape.get(0);
        long c = shape.get(1);
        long h = shape.get(2);
        long w = shape.get(3);
        long g = heightFold(c, h, w);
        NDArray folded = x.reshape(n, c / g, g * h, w);
        return folded.getNDArrayInternal().interpolation(new long[] {2 * g * h, 2 * w}, 0, false)
                .reshape(n, c, 2 * h, 2 * w);
    }

    /**
     * The number g of channels to stack in the height: the smallest divisor of c that leaves at
     * least 2 channel groups and makes the output's sides 2 g H + 2 W exceed libtorch's threshold,
     * else 1. (With one group, (n, 1, ., .) also reads as channels-last, and the backward takes a
     * slower kernel.)
     */
    static long heightFold(long channels, long height, long width) {
        for (long g = 1; 2 * g <= channels; g++) {
            if (channels % g == 0 && 2 * (g * height + width) > CHANNELS_LAST_MAX_SIDES) {
                return g;
            }
        }
        return 1;
    }
}
