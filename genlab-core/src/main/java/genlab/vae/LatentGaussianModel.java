package genlab.vae;

import ai.djl.ndarray.NDArray;

/**
 * A latent-variable model with prior p(z) = N(0, I), a decoder p(x|z) and a diagonal Gaussian
 * encoder q(z|x): what the importance-weighted bound needs to estimate log p(x).
 */
public interface LatentGaussianModel {

    /** q(z|x) for x of shape (n, D), in evaluation mode. */
    DiagonalGaussian posterior(NDArray x);

    /** log p(x|z) in nats for x (n, D) and s samples z (s, n, d) of each image; shape (s, n). */
    NDArray logLikelihood(NDArray x, NDArray z);
}
