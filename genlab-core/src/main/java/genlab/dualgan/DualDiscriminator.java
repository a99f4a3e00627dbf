package genlab.dualgan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import genlab.nn.EngineArrays;
import genlab.nn.OptimizerStep;

/**
 * A discriminator trained through the dual: a score f_w(x) with p_w(y = 1 | x) = 1 / (1 + e^{f_w(x)})
 * (data is label 1, so D(x) = sigmoid(-f)), that can be linearized in w and moved by the dual's
 * solution s = b / C, b = sum_i beta_i grad_w f(a_i).
 */
public interface DualDiscriminator {

    /** The network (its parameters are w), for checkpoints. */
    Block block();

    /** The shape the block takes one example in: flat rows (D) unless the discriminator says otherwise. */
    default Shape exampleShape(int dimension) {
        return new Shape(dimension);
    }

    /** Examples per score: 1, or m for a {@link PackedDualDiscriminator} that scores packs of m. */
    default int pack() {
        return 1;
    }

    /** Scores f_w(x) for flat rows x (n, D), shape (n / pack()); differentiable in x. */
    NDArray score(ParameterStore store, NDArray x);

    /**
     * The linearization around the current w on the rows of {@code points}, the first {@code
     * dataCount} data: one entry per score, 2 dataCount / pack() in all.
     */
    Linearization linearize(ParameterStore store, NDArray points, int dataCount);

    /**
     * Moves w by the dual's solution: w_t {@literal <-} w_t + s_t for each weight tensor t, s_t =
     * sum_i beta_i grad_{w_t} f(a_i) / (C metric_t), the gradient of sum_i beta_i f(a_i) in one
     * backward pass ({@code metric} from the step's {@link Linearization}; the exact linear dual
     * sets w = b / C).
     */
    default void update(ParameterStore store, NDArray points, double[] beta, double c, double[] metric) {
        NDArray weights = EngineArrays.of(points.getManager(), beta);
        OptimizerStep.backward(block(), () -> score(store, points).mul(weights).sum());
        int t = 0;
        for (Parameter parameter : block().getParameters().values()) {
            if (parameter.requiresGradient()) {
                NDArray w = parameter.getArray();
                try (NDArray gradient = EngineArrays.in(points.getManager(), w.getGradient())) {
                    w.addi(gradient.div(c * metric[t++]));
                }
            }
        }
    }
}
