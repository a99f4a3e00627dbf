package genlab.vae;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import static genlab.nn.EngineArrays.scalar;

/**
 * p(x|z) = N(f(z), sigma^2 I) with f(z) = sigmoid(logits) in [0, 1]. The negative log-likelihood
 * keeps its constant, so it is a true density value in nats.
 */
public final class GaussianLikelihood implements Likelihood {

    private final double sigma;

    /** @param sigma the fixed standard deviation of every pixel, in pixel units; positive */
    public GaussianLikelihood(double sigma) {
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("sigma must be positive and finite, got " + sigma);
        }
        this.sigma = sigma;
    }

    public double sigma() {
        return sigma;
    }

    @Override
    public NDArray negLogLikelihood(NDArray x, NDArray logits) {
        // -log N(x; f, s^2 I) = ||x - f||^2 / (2 s^2) + (D/2) log(2 pi s^2)
        long pixels = x.getShape().tail();
        double constant = pixels / 2.0 * Math.log(2 * Math.PI * sigma * sigma);
        NDArray squares = x.sub(mean(logits)).square().sum(new int[] {-1});
        return squares.div(scalar(squares, 2 * sigma * sigma)).add(constant);
    }

    @Override
    public NDArray mean(NDArray logits) {
        return Activation.sigmoid(logits);
    }
}
