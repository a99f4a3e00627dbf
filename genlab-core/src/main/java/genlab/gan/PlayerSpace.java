package genlab.gan;

import ai.djl.ndarray.NDArray;

/**
 * Where the players see examples: images in [-1, 1] (DCGAN's convention, a tanh generator and
 * zero-centred pixels), points in the plane as they are.
 */
public final class PlayerSpace {

    private PlayerSpace() {}

    /** Data -> players: x' = 2x - 1 for images in [0, 1]. */
    public static NDArray fromData(NDArray x, boolean images) {
        return images ? x.mul(2).sub(1) : x;
    }

    /** Players -> data: x = (x' + 1) / 2 for images. */
    public static NDArray toData(NDArray x, boolean images) {
        return images ? x.add(1).div(2) : x;
    }
}
