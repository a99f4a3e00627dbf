package genlab.dualgan;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import genlab.gan.GanNets;
import genlab.nn.EngineArrays;
import genlab.nn.Mlp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A non-linear score f_w(x): an MLP d -> h -> h -> 1 with the GAN's LeakyReLU(0.2). Each step linearizes f
 * in w around the current w_k, f(w_k + s, x) ~ f(w_k, x) + grad_w f(w_k, x) . s, so the proximal
 * problem (+ C/2 ||s||^2) is a logistic regression whose dual needs only the Gram matrix of the
 * per-example gradients (the empirical neural tangent kernel), computed here in closed form, in the
 * {@link ProximalMetric} of the proximal term.
 */
public final class MlpDualDiscriminator implements DualDiscriminator {

    private final Mlp mlp;
    private final ProximalMetric metric;

    /** The MLP d -> hidden -> hidden -> 1 with the Euclidean proximal term. */
    public MlpDualDiscriminator(int dimension, int hidden) {
        this(dimension, hidden, ProximalMetric.EUCLIDEAN);
    }

    public MlpDualDiscriminator(int dimension, int hidden, ProximalMetric metric) {
        this.mlp = Mlp.builder().setSizes(dimension, hidden, hidden, 1)
                .optHiddenActivation(GanNets::leaky).build();
        this.metric = metric;
    }

    @Override
    public Block block() {
        return mlp;
    }

    @Override
    public NDArray score(ParameterStore store, NDArray x) {
        return mlp.apply(store, x, true).reshape(-1);
    }

    /**
     * Per-example gradients of an MLP are outer products: dF_i/dW_l = delta_{l,i} h_{l,i}^T and
     * dF_i/db_l = delta_{l,i}, with h_l the input of layer l and delta_l = dF/d(pre-activation of
     * layer l) (delta_last = 1, delta_l = (delta_{l+1} W_{l+1}) * act'(z_l)). Hence
     * grad_i . grad_j = sum_l (delta_{l,i} . delta_{l,j}) (h_{l,i} . h_{l,j} + 1): one batched
     * forward and backward pass, no per-example backward. In the per-tensor metric the weight's term
     * is divided by its scale c = mean_i ||delta_{l,i}||^2 ||h_{l,i}||^2 and the bias's by
     * mean_i ||delta_{l,i}||^2.
     */
    @Override
    public Linearization linearize(ParameterStore store, NDArray points, int dataCount) {
        int layers = mlp.layerCount();
        List<NDArray> inputs = new ArrayList<>();
        List<NDArray> preActivations = new ArrayList<>();
        NDArray h = points;
        for (int l = 0; l < layers; l++) {
            inputs.add(h);
            NDArray z = h.matMul(EngineArrays.in(points.getManager(), mlp.weight(l).transpose())).add(mlp.bias(l));
            preActivations.add(z);
            h = l + 1 < layers ? GanNets.leaky(z) : z;
        }
        NDArray scores = h.reshape(-1);
        NDArray delta = points.getManager().ones(h.getShape());
        NDArray gram = null;
        // the block's order: layer l's weight, then its bias; all 1 in the Euclidean metric
        double[] scales = new double[2 * layers];
        Arrays.fill(scales, 1);
        for (int l = layers - 1; l >= 0; l--) {
            NDArray in = inputs.get(l);
            NDArray deltas = delta.matMul(delta.transpose());
            NDArray term;
            if (metric == ProximalMetric.PER_TENSOR) {
                NDArray deltaNorms = delta.square().sum(new int[] {1});
                scales[2 * l] = ProximalMetric.tensorScale(deltaNorms.mul(in.square().sum(new int[] {1})).mean().getFloat());
                scales[2 * l + 1] = ProximalMetric.tensorScale(deltaNorms.mean().getFloat());
                term = deltas.mul(in.matMul(in.transpose())).div(scales[2 * l]).add(deltas.div(scales[2 * l + 1]));
            } else {
                term = deltas.mul(in.matMul(in.transpose()).add(1));
            }
            gram = gram == null ? term : gram.add(term);
            if (l > 0) {
                NDArray z = preActivations.get(l - 1);
                // LeakyReLU'(z) = 1 for z > 0, LEAK otherwise
                NDArray slope = z.gt(0).toType(z.getDataType(), false).mul(1 - GanNets.LEAK).add(GanNets.LEAK);
                delta = delta.matMul(mlp.weight(l)).mul(slope);
            }
        }
        // the offsets of the proximal problem are the current scores
        return Linearization.of(Linearization.toDoubles(scores), scores, gram, scales);
    }

}
