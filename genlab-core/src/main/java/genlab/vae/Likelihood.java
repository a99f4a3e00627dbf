package genlab.vae;

import ai.djl.ndarray.NDArray;

/**
 * The decoder's distribution p(x|z), parameterized by the decoder's output (logits, shape (..., n, D)).
 */
public interface Likelihood {

    /**
     * -log p(x|z) per row in nats (summed over the D pixels), shape (..., n): x (n, D) broadcasts
     * over the leading axes of logits, so s samples per image need no copies of x.
     */
    NDArray negLogLikelihood(NDArray x, NDArray logits);

    /** E[x|z], the image a decoder output stands for, in [0, 1], shape (n, D). */
    NDArray mean(NDArray logits);
}
