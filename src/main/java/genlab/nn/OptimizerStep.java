package genlab.nn;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.util.Pair;
import java.util.function.Supplier;

/**
 * One optimizer owning the parameters of one block: {@link #minimize} clears the block's
 * gradients (another block's backward pass may have left some), back-propagates a scalar loss and
 * updates the parameters (PyTorch's {@code zero_grad(); loss.backward(); step()}).
 */
public final class OptimizerStep {

    private final Block block;
    private final Optimizer optimizer;

    public OptimizerStep(Block block, Optimizer optimizer) {
        this.block = block;
        this.optimizer = optimizer;
    }

    /** Computes the scalar loss under a gradient collector, steps the parameters, returns the loss. */
    public NDArray minimize(Supplier<NDArray> loss) {
        zeroGradients();
        NDArray value;
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            value = loss.get();
            collector.backward(value);
        }
        for (Pair<String, Parameter> entry : block.getParameters()) {
            Parameter parameter = entry.getValue();
            NDArray weight = parameter.getArray();
            try (NDArray gradient = weight.getGradient()) {
                optimizer.update(parameter.getId(), weight, gradient);
            }
        }
        return value;
    }

    private void zeroGradients() {
        for (Pair<String, Parameter> entry : block.getParameters()) {
            try (NDArray gradient = entry.getValue().getArray().getGradient()) {
                gradient.subi(gradient);
            }
        }
    }
}
