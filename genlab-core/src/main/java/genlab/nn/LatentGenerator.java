package genlab.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/** A generator network x = G(z) with z ~ U[-1, 1]^latent: the classical GAN's and the Dualing GAN's. */
public interface LatentGenerator extends GenerativeModel {

    /** Dimension of z. */
    int latent();

    /** G(z) in the data's space (images in [0, 1], points as they are), shape (n, D). */
    NDArray generateData(NDArray z);

    /** z ~ U[-1, 1]^latent, shape (n, latent). */
    default NDArray prior(NDManager scope, int n) {
        return scope.randomUniform(-1, 1, new Shape(n, latent()));
    }

    @Override
    default NDArray sample(NDManager scope, int n) {
        return generateData(prior(scope, n));
    }
}
