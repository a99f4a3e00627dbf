package genlab.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.util.Pair;

/**
 * Applies an optimizer to every parameter of a block from the gradients the last backward pass
 * left, then zeroes those gradients (PyTorch's {@code optimizer.step(); optimizer.zero_grad()}).
 */
public final class OptimizerStep {

    private final Block block;
    private final Optimizer optimizer;

    public OptimizerStep(Block block, Optimizer optimizer) {
        this.block = block;
        this.optimizer = optimizer;
    }

    public void apply() {
        for (Pair<String, Parameter> entry : block.getParameters()) {
            Parameter parameter = entry.getValue();
            NDArray weight = parameter.getArray();
            try (NDArray gradient = weight.getGradient()) {
                optimizer.update(parameter.getId(), weight, gradient);
                gradient.subi(gradient);
            }
        }
    }
}
