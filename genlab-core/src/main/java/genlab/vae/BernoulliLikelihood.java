package genlab.vae;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;

/**
 * p(x|z) = prod_d g_d^x_d (1 - g_d)^(1 - x_d) with g = sigmoid(logits): the binary cross-entropy,
 * computed from the logits so it stays finite for any logit. Also accepts grey levels x in [0, 1].
 */
public final class BernoulliLikelihood implements Likelihood {

    @Override
    public NDArray negLogLikelihood(NDArray x, NDArray logits) {
        // -[x log g + (1-x) log(1-g)] = softplus(l) - x l, softplus(l) = log(1 + e^l) evaluated stably;
        // subtracted in place (softplus's gradient needs its input, not its output): one buffer fewer
        return Activation.softPlus(logits).subi(x.mul(logits)).sum(new int[] {-1});
    }

    @Override
    public NDArray mean(NDArray logits) {
        return Activation.sigmoid(logits);
    }
}
