package genlab.gan;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;

/**
 * The GAN's losses from discriminator logits l (D = sigmoid(l)), averaged over the batch, in
 * nats. Every log-sigmoid is a softplus, so no log(0) for any logit:
 * -log D = softplus(-l), -log(1 - D) = softplus(l).
 */
public final class GanLosses {

    private GanLosses() {}

    /** -E_data log D(x) - E_z log(1 - D(G(z))): the negated value the discriminator maximizes. */
    public static NDArray discriminator(NDArray realLogits, NDArray fakeLogits) {
        return Activation.softPlus(realLogits.neg()).mean().add(Activation.softPlus(fakeLogits).mean());
    }

    /** The generator's loss on D's logits for G(z). */
    public static NDArray generator(GeneratorLoss kind, NDArray fakeLogits) {
        return switch (kind) {
            // E log(1 - D(G(z))) = -E softplus(l)
            case MINIMAX -> Activation.softPlus(fakeLogits).mean().neg();
            // -E log D(G(z)) = E softplus(-l)
            case NONSATURATING -> Activation.softPlus(fakeLogits.neg()).mean();
        };
    }
}
