package genlab.vae;

import ai.djl.ndarray.NDArray;
import ai.djl.training.ParameterStore;

/**
 * The VAE loss per input, -ELBO = reconstruction + KL, in nats:
 * reconstruction = -(1/M) sum_m log p(x | z_m) with z_m reparameterized from q(z|x),
 * KL = KL(q(z|x) || N(0, I)) in closed form.
 */
public final class NegativeElbo {

    /** Per-row terms, each of shape (n). */
    public record Terms(NDArray reconstruction, NDArray kl) {}

    private final Likelihood likelihood;
    private final int mcSamples;

    public NegativeElbo(Likelihood likelihood, int mcSamples) {
        this.likelihood = likelihood;
        this.mcSamples = mcSamples;
    }

    public Terms terms(VaeNet net, ParameterStore store, NDArray x, boolean training) {
        DiagonalGaussian q = net.encode(store, x, training);
        NDArray logits = net.decode(store, q.sample(mcSamples), training);
        // -(1/M) sum_m log p(x | z_m), samples stacked sample-major: (M n, D) -> (M, n, D) -> mean over M
        NDArray reconstruction = likelihood.negLogLikelihood(x, logits.reshape(mcSamples, x.getShape().get(0), -1))
                .mean(new int[] {0});
        return new Terms(reconstruction, q.klToStandardNormal());
    }
}
