package genlab.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.UniformInitializer;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A multi-layer perceptron: {@code h_0 = x}, {@code h_{l+1} = act(W_l h_l + b_l)}, with no
 * activation after the last layer (it returns logits or raw statistics).
 *
 * <p>Input (n, sizes[0]); output (n, sizes[last]). Parameters of layer l: weight (sizes[l+1],
 * sizes[l]) and bias (sizes[l+1]), both initialized uniform in +-1/sqrt(sizes[l]) as PyTorch's
 * {@code nn.Linear} does, so results compare like for like with PyTorch.
 */
public final class Mlp extends AbstractBlock {

    private static final byte VERSION = 1;

    private final int[] sizes;
    private final UnaryOperator<NDArray> hiddenActivation;
    private final List<Linear> layers = new ArrayList<>();

    private Mlp(Builder builder) {
        super(VERSION);
        this.sizes = builder.sizes;
        this.hiddenActivation = builder.hiddenActivation;
        for (int l = 0; l + 1 < sizes.length; l++) {
            Linear layer = Linear.builder().setUnits(sizes[l + 1]).build();
            // PyTorch nn.Linear default: W, b ~ U(-1/sqrt(fan_in), 1/sqrt(fan_in))
            layer.setInitializer(new UniformInitializer((float) (1 / Math.sqrt(sizes[l]))), p -> true);
            layers.add(addChildBlock("dense" + l, layer));
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Layer widths, input first. */
    public int[] sizes() {
        return sizes.clone();
    }

    /** Weights and biases of an MLP with these layer widths: sum_l (sizes[l] + 1) sizes[l+1] (a double: no overflow). */
    public static double parameterCount(double... sizes) {
        double count = 0;
        for (int l = 0; l + 1 < sizes.length; l++) {
            count += (sizes[l] + 1) * sizes[l + 1];
        }
        return count;
    }

    /** Number of Linear layers. */
    public int layerCount() {
        return layers.size();
    }

    /** Layer l's weight W_l, shape (sizes[l+1], sizes[l]) (initialized parameters only). */
    public NDArray weight(int l) {
        return layers.get(l).getParameters().get("weight").getArray();
    }

    /** Layer l's bias b_l, shape (sizes[l+1]). */
    public NDArray bias(int l) {
        return layers.get(l).getParameters().get("bias").getArray();
    }

    /** Applies the network to a batch x of shape (n, sizes[0]). */
    public NDArray apply(ParameterStore store, NDArray x, boolean training) {
        NDArray h = x;
        for (int l = 0; l < layers.size(); l++) {
            h = layers.get(l).forward(store, new NDList(h), training).singletonOrThrow();
            if (l + 1 < layers.size()) {
                h = hiddenActivation.apply(h);
            }
        }
        return h;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        return new NDList(apply(store, inputs.singletonOrThrow(), training));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), sizes[sizes.length - 1])};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape[] shapes = inputShapes;
        for (Linear layer : layers) {
            layer.initialize(manager, dataType, shapes);
            shapes = layer.getOutputShapes(shapes);
        }
    }

    /** Builds an {@link Mlp}: {@link #setSizes} is required, the activation defaults to ReLU. */
    public static final class Builder {
        private int[] sizes;
        private UnaryOperator<NDArray> hiddenActivation = Activation::relu;

        /** Layer widths from input to output, at least two, each positive. */
        public Builder setSizes(int... sizes) {
            this.sizes = sizes.clone();
            return this;
        }

        /** Activation after every layer but the last (default ReLU). */
        public Builder optHiddenActivation(UnaryOperator<NDArray> activation) {
            this.hiddenActivation = activation;
            return this;
        }

        public Mlp build() {
            if (sizes == null || sizes.length < 2) {
                throw new IllegalArgumentException("sizes: need at least an input and an output width, got "
                        + Arrays.toString(sizes));
            }
            if (Arrays.stream(sizes).anyMatch(s -> s <= 0)) {
                throw new IllegalArgumentException("sizes: every width must be positive, got " + Arrays.toString(sizes));
            }
            return new Mlp(this);
        }
    }
}
