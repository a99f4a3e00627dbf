package genlab.dualgan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import genlab.nn.EngineArrays;
import genlab.nn.FeatureSpec;

/**
 * Logistic regression on fixed features: f_w(x) = w . phi(x), w of D values (starts at 0). Its
 * regularized loss on a minibatch is convex in w, so each step solves the minibatch's dual
 * (offsets 0, Gram matrix phi phi^T) and sets w = b / C exactly.
 */
public final class LinearDualDiscriminator implements DualDiscriminator {

    private final Block features;
    private final Linear weights;
    private final SequentialBlock block;

    public LinearDualDiscriminator(FeatureSpec spec, int dimension, long seed) {
        this.features = spec.block(dimension, seed);
        this.weights = Linear.builder().setUnits(1).optBias(false).build();
        weights.setInitializer(Initializer.ZEROS, p -> true);
        // w is set by the dual, never by a gradient: it takes none
        weights.freezeParameters(true);
        this.block = new SequentialBlock().add(features).add(weights);
    }

    @Override
    public Block block() {
        return block;
    }

    /** The weights w, shape (1, D). */
    public NDArray w() {
        return weights.getParameters().get("weight").getArray();
    }

    @Override
    public NDArray score(ParameterStore store, NDArray x) {
        return block.forward(store, new NDList(x), true).singletonOrThrow().reshape(-1);
    }

    @Override
    public Linearization linearize(ParameterStore store, NDArray points, int dataCount) {
        NDArray phi = features.forward(store, new NDList(points), false).singletonOrThrow();
        return Linearization.of(new double[(int) points.getShape().get(0)], phi.matMul(EngineArrays.in(points.getManager(), w().transpose())).reshape(-1),
                phi.matMul(phi.transpose()), new double[0]);
    }

    // w = b / C = sum_i beta_i phi(a_i) / C, written in place: w keeps the engine's own memory
    @Override
    public void update(ParameterStore store, NDArray points, double[] beta, double c, double[] metric) {
        NDArray phi = features.forward(store, new NDList(points), false).singletonOrThrow();
        NDArray b = EngineArrays.of(points.getManager(), beta).reshape(1, -1).matMul(phi);
        w().set(new NDIndex(":"), b.div(c));
    }

}
