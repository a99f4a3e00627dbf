package genlab.nn;

import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Deconvolution;
import ai.djl.training.ParameterStore;
import genlab.ConfigException;
import genlab.GenLabException;
import java.util.function.Supplier;

/**
 * A network's first forward and backward pass, made when the model is built: an operation the
 * engine lacks, or a shape the network's declared output shapes hid, then fails at once with the
 * network's name, not at the first training step.
 */
public final class NetworkCheck {

    private NetworkCheck() {}

    /**
     * Runs {@code block} (initialized) forward on zeros of {@code input}'s shape and {@code type} in inference mode
     * (nothing random is drawn and no running statistic moves) and back-propagates the sum of its
     * outputs to its trainable parameters, if it has any. A failure is a {@link ConfigException} on the field {@code name}; a transposed
     * convolution, which DJL's PyTorch engine cannot run, is named with its alternative.
     */
    public static void forwardAndBackward(String name, Block block, NDManager manager, Shape input, DataType type) {
        try (NDManager scope = manager.newSubManager()) {
            Supplier<NDArray> total = () -> {
                NDArray sum = scope.zeros(new Shape(), type);
                for (NDArray output : block.forward(new ParameterStore(scope, false), new NDList(scope.zeros(input, type)),
                        false)) {
                    sum = sum.add(output.sum());
                }
                return sum;
            };
            // a block of fixed weights only (random features) has nothing to back-propagate to
            if (block.getParameters().values().stream().anyMatch(Parameter::requiresGradient)) {
                OptimizerStep.backward(block, total);
            } else {
                total.get();
            }
        } catch (UnsupportedOperationException | EngineException e) {
            String reason = GenLabException.firstLine(e);
            throw new ConfigException(name, (transposedConvolutionIn(block)
                    ? "holds a transposed convolution, which DJL's PyTorch engine cannot run (" + reason + "); "
                    + "upsample with Upsampling.nearest2x, then a Conv2d"
                    : "fails on a batch of zeros of shape " + input + ": " + reason));
        }
    }

    private static boolean transposedConvolutionIn(Block block) {
        return block instanceof Deconvolution
                || block.getChildren().values().stream().anyMatch(NetworkCheck::transposedConvolutionIn);
    }
}
