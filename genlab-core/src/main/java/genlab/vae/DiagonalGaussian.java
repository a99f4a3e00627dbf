package genlab.vae;

import ai.djl.ndarray.NDArray;
import static genlab.nn.EngineArrays.scalar;

/**
 * The encoder's posterior q(z|x) = N(mean, diag(exp(logVariance))), both of shape (n, d).
 */
public record DiagonalGaussian(NDArray mean, NDArray logVariance) {

    /**
     * z = mu + exp(logvar / 2) * eps with eps of shape (n, d), or (M, n, d) for M draws per row
     * (broadcast over the first axis): gradients flow to mu and logvar.
     */
    public NDArray reparameterize(NDArray eps) {
        return mean.add(logVariance.div(scalar(logVariance, 2)).exp().mul(eps));
    }

    /** M reparameterized samples per row, stacked sample-major: shape (M n, d). */
    public NDArray sample(int samplesPerRow) {
        long[] repeats = {samplesPerRow, 1};
        DiagonalGaussian repeated = samplesPerRow == 1 ? this
                : new DiagonalGaussian(mean.tile(repeats), logVariance.tile(repeats));
        return repeated.reparameterize(mean.getManager().randomNormal(repeated.mean.getShape()));
    }

    /**
     * KL(q || N(0, I)) per row in nats, shape (n); the tensor twin of
     * {@link genlab.theory.GaussianKl#diagonalToStandardNormal}.
     */
    public NDArray klToStandardNormal() {
        // KL = -1/2 sum_j (1 + logvar_j - mu_j^2 - exp(logvar_j))
        NDArray sum = logVariance.add(1).sub(mean.square()).sub(logVariance.exp()).sum(new int[] {1});
        return sum.mul(scalar(sum, -0.5));
    }
}
