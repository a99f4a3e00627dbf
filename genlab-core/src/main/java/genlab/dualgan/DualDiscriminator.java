package genlab.dualgan;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;

/**
 * A discriminator trained through the dual: a score f_w(x) with p_w(y = 1 | x) = 1 / (1 + e^{f_w(x)})
 * (data is label 1, so D(x) = sigmoid(-f)), that can be linearized in w and moved by the dual's
 * solution s = b / C, b = sum_i beta_i grad_w f(a_i).
 */
public interface DualDiscriminator {

    /** The network (its parameters are w), for checkpoints. */
    Block block();

    /** Scores f_w(x), shape (n); differentiable in x. */
    NDArray score(ParameterStore store, NDArray x);

    /** The linearization around the current w on the rows of {@code points}, the first {@code dataCount} data. */
    Linearization linearize(ParameterStore store, NDArray points, int dataCount);

    /** Moves w by the dual's solution: w {@literal <-} w_k + sum_i beta_i grad_w f(a_i) / C (or w = b / C when exact). */
    void update(ParameterStore store, NDArray points, double[] beta, double c);
}
