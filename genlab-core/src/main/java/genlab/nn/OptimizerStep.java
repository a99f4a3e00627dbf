package genlab.nn;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import genlab.LearningRateSchedule;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One Adam optimizer owning the trainable parameters of one (initialized) block: {@link #minimize}
 * clears the block's gradients (another block's backward pass may have left some),
 * back-propagates a scalar loss and updates the parameters (PyTorch's
 * {@code zero_grad(); loss.backward(); step()}). Its state goes into checkpoints.
 */
public final class OptimizerStep {

    private final Block block;
    private final Adam adam;
    private int skipped;

    private OptimizerStep(Block block, Adam adam) {
        this.block = block;
        this.adam = adam;
    }

    /** Adam's learning rate until {@link #setLearningRate} sets the run's: PyTorch's default. */
    public static final double DEFAULT_LEARNING_RATE = 1e-3;

    /**
     * Adam with the given beta1 (beta2 0.999, eps 1e-8) on the block's parameters, at
     * {@link #DEFAULT_LEARNING_RATE} until the trainer sets the run's.
     */
    public static OptimizerStep adam(Block block, float beta1) {
        return new OptimizerStep(block, new Adam(trainable(block), DEFAULT_LEARNING_RATE, beta1));
    }

    /**
     * Computes the scalar loss under a gradient collector and steps the parameters; returns the
     * loss. A step whose gradient is not finite is skipped, parameters and Adam state untouched (as
     * PyTorch's GradScaler skips one), and counted in {@link #skippedSteps}.
     */
    public NDArray minimize(Supplier<NDArray> loss) {
        NDArray value = backward(block, loss);
        if (gradientIsFinite()) {
            adam.step();
        } else {
            skipped++;
        }
        return value;
    }

    /** The optimizer's constants (name, learning rate, betas, epsilon), for a run's provenance. */
    public Map<String, Object> constants() {
        return adam.constants();
    }

    /** Sets the learning rate of the following steps, before a schedule's factor. */
    public void setLearningRate(double learningRate) {
        adam.setLearningRate(learningRate);
    }

    /** Scales the learning rate of the following steps by {@code factor}, a {@link LearningRateSchedule}'s value. */
    public void setLearningRateFactor(double factor) {
        adam.setLearningRateFactor(factor);
    }

    /** Values this optimizer updates: every entry of the block's trainable parameters. */
    public long parameterCount() {
        return trainable(block).stream().mapToLong(p -> p.getArray().size()).sum();
    }

    /** Steps skipped so far for a non-finite gradient. */
    public int skippedSteps() {
        return skipped;
    }

    // sum over every gradient of its sum: NaN or infinite when any entry is
    private boolean gradientIsFinite() {
        double total = 0;
        for (Parameter parameter : trainable(block)) {
            try (NDArray gradient = parameter.getArray().getGradient(); NDArray sum = gradient.sum()) {
                total += sum.getFloat();
            }
        }
        return Double.isFinite(total);
    }

    /** Saves the optimizer's state (step count and moments). */
    public void writeState(DataOutputStream out) throws IOException {
        adam.write(out);
    }

    /** Restores a state saved by {@link #writeState} for the same block. */
    public void readState(DataInputStream in, NDManager manager) throws IOException {
        adam.read(in, manager);
    }

    /**
     * Clears the block's gradients (another block's backward pass may have left some), computes the
     * scalar loss under a gradient collector and back-propagates it: afterwards each parameter of
     * the block holds d loss / d parameter. Returns the loss.
     */
    public static NDArray backward(Block block, Supplier<NDArray> loss) {
        for (Parameter parameter : trainable(block)) {
            // libtorch's zero_ on the gradient in place, not g - g: a NaN left by a skipped step must
            // not survive the clearing (DJL's set(index, 0) does the same through a slow broadcast copy)
            JniUtils.zeroGrad((PtNDArray) parameter.getArray());
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
