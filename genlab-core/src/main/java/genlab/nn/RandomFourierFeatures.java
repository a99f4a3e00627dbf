package genlab.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.Random;

/**
 * Random Fourier features of the RBF kernel k(x, y) = exp(-||x - y||^2 / (2 h^2)):
 * phi(x) = sqrt(2 / D) cos(Omega x / h + phase), Omega ~ N(0, I) (D, d), phase ~ U[0, 2 pi) (D),
 * so that E[phi(x).phi(y)] = k(x, y). Input (n, d), output (n, D). Omega and phase are fixed
 * (no gradient), drawn from their own seed, and saved with the block.
 */
public final class RandomFourierFeatures extends AbstractBlock {

    private static final byte VERSION = 1;

    private final int count;
    private final double bandwidth;
    private final Parameter omega;
    private final Parameter phase;

    public RandomFourierFeatures(int dimension, int count, double bandwidth, long seed) {
        super(VERSION);
        this.count = count;
        this.bandwidth = bandwidth;
        Random rng = new Random(seed);
        float[] omegaValues = new float[count * dimension];
        for (int i = 0; i < omegaValues.length; i++) {
            omegaValues[i] = (float) rng.nextGaussian();
        }
        float[] phaseValues = new float[count];
        for (int i = 0; i < count; i++) {
            phaseValues[i] = (float) (2 * Math.PI * rng.nextDouble());
        }
        this.omega = addParameter(fixed("omega", new Shape(count, dimension), omegaValues));
        this.phase = addParameter(fixed("phase", new Shape(count), phaseValues));
    }

    private static Parameter fixed(String name, Shape shape, float[] values) {
        return Parameter.builder().setName(name).setType(Parameter.Type.OTHER).optShape(shape).optRequiresGrad(false)
                .optInitializer((manager, s, type) -> EngineArrays.of(manager, values, s)).build();
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDArray w = store.getValue(omega, x.getDevice(), training);
        NDArray b = store.getValue(phase, x.getDevice(), training);
        // sqrt(2/D) cos(x Omega^T / h + phase)
        NDArray projected = x.matMul(EngineArrays.in(x.getManager(), w.transpose()));
        NDArray features = projected.div(EngineArrays.scalar(projected, bandwidth)).add(b).cos();
        return new NDList(features.mul(EngineArrays.scalar(features, Math.sqrt(2.0 / count))));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), count)};
    }
}
