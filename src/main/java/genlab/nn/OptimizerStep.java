package genlab.nn;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.List;
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

    /** Adam with a fixed learning rate and the given beta1 (beta2 0.999, eps 1e-8) on the block's parameters. */
    public static OptimizerStep adam(Block block, double learningRate, float beta1) {
        return new OptimizerStep(block, Adam.builder().optLearningRateTracker(Tracker.fixed((float) learningRate))
                .optBeta1(beta1).build());
    }

    /** Computes the scalar loss under a gradient collector, steps the parameters, returns the loss. */
    public NDArray minimize(Supplier<NDArray> loss) {
        NDArray value = backward(block, loss);
        for (Parameter parameter : trainable(block)) {
            NDArray weight = parameter.getArray();
            try (NDArray gradient = weight.getGradient()) {
                optimizer.update(parameter.getId(), weight, gradient);
            }
        }
        return value;
    }

    /**
     * Clears the block's gradients (another block's backward pass may have left some), computes the
     * scalar loss under a gradient collector and back-propagates it: afterwards each parameter of
     * the block holds d loss / d parameter. Returns the loss.
     */
    public static NDArray backward(Block block, Supplier<NDArray> loss) {
        for (Parameter parameter : trainable(block)) {
            try (NDArray gradient = parameter.getArray().getGradient()) {
                gradient.subi(gradient);
            }
        }
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray value = loss.get();
            collector.backward(value);
            return value;
        }
    }

    // every parameter but the statistics (batch-norm running mean and variance) that take no gradient
    private static List<Parameter> trainable(Block block) {
        return block.getParameters().values().stream().filter(Parameter::requiresGradient).toList();
    }
}
