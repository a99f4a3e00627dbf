package genlab.vae;

import ai.djl.ndarray.NDArray;

/**
 * A latent-variable model with prior p(z) = N(0, I), a decoder p(x|z) and a diagonal Gaussian
 * encoder q(z|x): what the importance-weighted bound needs to estimate log p(x).
 */
public interface LatentGaussianModel {

    /** q(z|x) for x of shape (n, D), in evaluation mode. */
    DiagonalGaussian posterior(NDArray x);

    /** log p(x|z) per row in nats, shape (m), for x (m, D) and z (m, d). */
    NDArray logLikelihood(NDArray x, NDArray z);
}
