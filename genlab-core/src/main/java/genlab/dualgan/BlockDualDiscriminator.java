package genlab.dualgan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import genlab.nn.OptimizerStep;
import java.util.Arrays;
import java.util.List;

/**
 * Any DJL block as the Dualing GAN's discriminator, linearized in its weights like the MLP's: the
 * per-point gradients grad_w f(w_k, a_i) are taken one backward pass per point, flattened and
 * stacked as G (2n, P), and the Gram matrix is G G^T (in the per-tensor {@link ProximalMetric}, each
 * tensor's columns divided by the square root of its scale first).
 *
 * <p>Cost per training step, for a batch of n data and n generated points and P weights: 2n
 * forward and backward passes of one point (the built-in MLP needs one batched pass), 2n x P floats
 * of gradients, and one (2n, P) x (P, 2n) product. The block's score for a point must not depend on
 * the other points of the batch (no batch normalization), or its per-point gradient is not defined.
 */
public final class BlockDualDiscriminator implements DualDiscriminator {

    private final Block block;
    private final Shape exampleShape;
    private final ProximalMetric metric;

    /**
     * The block with the Euclidean proximal term. A {@link DualGanConfig}'s default C depends on its
     * metric (3 on images is set for the per-tensor one): pass {@code config.metric()} to the other
     * constructor to match it.
     *
     * @param block the score f_w, examples (n, exampleShape...) to (n, 1) or (n), not yet initialized
     * @param exampleShape the shape one example takes: (D) for flat rows, (C, H, W) for images
     */
    public BlockDualDiscriminator(Block block, Shape exampleShape) {
        this(block, exampleShape, ProximalMetric.EUCLIDEAN);
    }

    /** The block with the given metric of the proximal term. */
    public BlockDualDiscriminator(Block block, Shape exampleShape, ProximalMetric metric) {
        this.block = block;
        this.exampleShape = exampleShape;
        this.metric = metric;
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
        double[] scales = new double[weights.size()];
        Arrays.fill(scales, 1);
        if (metric == ProximalMetric.PER_TENSOR) {
            // c_t = mean_i ||grad_{w_t} f(a_i)||^2 over tensor t's columns; G's columns scaled by 1 / sqrt(c_t)
            NDList columnScales = new NDList();
            long start = 0;
            for (int t = 0; t < scales.length; t++) {
                long size = weights.get(t).getArray().size();
                scales[t] = ProximalMetric.tensorScale(
                        g.get(":, " + start + ":" + (start + size)).square().sum().getFloat() / rows.size());
                columnScales.add(points.getManager().full(new Shape(size), (float) (1 / Math.sqrt(scales[t]))));
                start += size;
            }
            g = g.mul(NDArrays.concat(columnScales));
        }
        return Linearization.of(Linearization.toDoubles(scores), scores, g.matMul(g.transpose()), scales);
    }
}
