package genlab.dualgan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import genlab.nn.OptimizerStep;
import java.util.List;

/**
 * Any DJL block as the Dualing GAN's discriminator, linearized in its weights like the MLP's: the
 * per-point gradients grad_w f(w_k, a_i) are taken one backward pass per point, flattened and
 * stacked as G (2n, P), and the Gram matrix is G G^T.
 *
 * <p>Cost per training step, for a batch of n data and n generated points and P weights: 2n
 * forward and backward passes of one point (the built-in MLP needs one batched pass), 2n x P floats
 * of gradients, and one (2n, P) x (P, 2n) product. The block's score for a point must not depend on
 * the other points of the batch (no batch normalization), or its per-point gradient is not defined.
 */
public final class BlockDualDiscriminator implements DualDiscriminator {

    private final Block block;
    private final Shape exampleShape;

    /**
     * @param block the score f_w, examples (n, exampleShape...) to (n, 1) or (n), not yet initialized
     * @param exampleShape the shape one example takes: (D) for flat rows, (C, H, W) for images
     */
    public BlockDualDiscriminator(Block block, Shape exampleShape) {
        this.block = block;
        this.exampleShape = exampleShape;
    }

    @Override
    public Block block() {
        return block;
    }

    @Override
    public Shape exampleShape(int dimension) {
        return exampleShape;
    }

    @Override
    public NDArray score(ParameterStore store, NDArray x) {
        long n = x.getShape().get(0);
        return block.forward(store, new NDList(x.reshape(new Shape(n).addAll(exampleShape))), true)
                .singletonOrThrow().reshape(-1);
    }

    @Override
    public Linearization linearize(ParameterStore store, NDArray points, int dataCount) {
        NDArray scores = score(store, points);
        List<Parameter> weights = block.getParameters().values().stream().filter(Parameter::requiresGradient).toList();
        NDList rows = new NDList();
        for (int i = 0; i < points.getShape().get(0); i++) {
            NDArray point = points.get(i + ":" + (i + 1));
            OptimizerStep.backward(block, () -> score(store, point).sum());
            // grad_w f(a_i), all weights in one row, copied into the batch's scope before the next pass
            try (NDList parts = new NDList()) {
                for (Parameter w : weights) {
                    try (NDArray gradient = w.getArray().getGradient()) {
                        parts.add(gradient.reshape(-1));
                    }
                }
                NDArray row = NDArrays.concat(parts);
                row.attach(points.getManager());
                rows.add(row);
            }
        }
        NDArray g = NDArrays.stack(rows);
        return Linearization.of(Linearization.toDoubles(scores), scores, g.matMul(g.transpose()));
    }
}
