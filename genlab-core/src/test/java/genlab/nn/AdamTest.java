package genlab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import genlab.GenLabException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AdamTest {

    private static final double LR = 0.1;
    private static final double BETA1 = 0.5;
    private static final double BETA2 = 0.999;

    private final NDManager manager = NDManager.newBaseManager();
    private final ParameterStore store = new ParameterStore(manager, false);
    private final NDArray x = manager.create(new float[] {1, 2, 3}, new Shape(1, 3));

    @AfterEach
    void close() {
        manager.close();
    }

    private Mlp linear() {
        Mlp mlp = Mlp.builder().setSizes(3, 1).build();
        mlp.initialize(manager, DataType.FLOAT32, new Shape(1, 3));
        return mlp;
    }

    // loss = r^2 / 2 with r = w.x + b: d/dw = r x, d/db = r
    private Supplier<NDArray> loss(Mlp mlp) {
        return () -> mlp.apply(store, x, true).square().sum().div(2);
    }

    private static double[] weights(Mlp mlp) {
        double[] w = new double[4];
        float[] weight = mlp.weight(0).toFloatArray();
        for (int j = 0; j < 3; j++) {
            w[j] = weight[j];
        }
        w[3] = mlp.bias(0).getFloat(0);
        return w;
    }

    @Test
    void aStepWithANonFiniteGradientIsSkippedAndCounted() {
        Mlp mlp = linear();
        OptimizerStep step = adam(mlp);
        double[] before = weights(mlp);
        // d/dr of r * NaN is NaN for every parameter
        step.minimize(() -> mlp.apply(store, x, true).mul(Float.NaN).sum());
        assertThat(weights(mlp)).containsExactly(before);
        assertThat(step.skippedSteps()).isEqualTo(1);
        // the next finite step is Adam's first: every weight moves by lr against the gradient's sign
        step.minimize(loss(mlp));
        double r = before[0] * 1 + before[1] * 2 + before[2] * 3 + before[3];
        double[] after = weights(mlp);
        for (int j = 0; j < 4; j++) {
            assertThat(after[j]).isCloseTo(before[j] - LR * Math.signum(r), within(1e-5));
        }
        assertThat(step.skippedSteps()).isEqualTo(1);
    }

    @Test
    void threeStepsFollowTheAdamRecursion() {
        Mlp mlp = linear();
        OptimizerStep step = adam(mlp);
        double[] w = weights(mlp);
        double[] m = new double[4];
        double[] v = new double[4];
        for (int t = 1; t <= 3; t++) {
            double r = w[0] + 2 * w[1] + 3 * w[2] + w[3];
            double[] g = {r, 2 * r, 3 * r, r};
            double rate = LR * Math.sqrt(1 - Math.pow(BETA2, t)) / (1 - Math.pow(BETA1, t));
            for (int j = 0; j < 4; j++) {
                // m = b1 m + (1 - b1) g, v = b2 v + (1 - b2) g^2, w -= lr_t m / (sqrt(v) + eps): no stale gradient
                m[j] = BETA1 * m[j] + (1 - BETA1) * g[j];
                v[j] = BETA2 * v[j] + (1 - BETA2) * g[j] * g[j];
                w[j] -= rate * m[j] / (Math.sqrt(v[j]) + 1e-8);
            }
            step.minimize(loss(mlp));
            double[] actual = weights(mlp);
            for (int j = 0; j < 4; j++) {
                assertThat(actual[j]).as("step %d, weight %d", t, j).isCloseTo(w[j], within(1e-5));
            }
        }
    }

    @Test
    void everyValueOfSeveralLargeParametersFollowsTheRecursion() {
        // 3 -> 2000 -> 1: four tensors, the first of 6,000 values, each from its own gradient
        Mlp mlp = Mlp.builder().setSizes(3, 2000, 1).build();
        mlp.initialize(manager, DataType.FLOAT32, new Shape(1, 3));
        List<Parameter> parameters = List.copyOf(mlp.getParameters().values());
        Adam adam = new Adam(parameters, LR, (float) BETA1);
        double[][] m = new double[parameters.size()][];
        double[][] v = new double[parameters.size()][];
        for (int t = 1; t <= 3; t++) {
            OptimizerStep.backward(mlp, loss(mlp));
            double rate = LR * Math.sqrt(1 - Math.pow(BETA2, t)) / (1 - Math.pow(BETA1, t));
            double[][] expected = new double[parameters.size()][];
            for (int p = 0; p < parameters.size(); p++) {
                NDArray weight = parameters.get(p).getArray();
                float[] w = weight.toFloatArray();
                float[] g;
                try (NDArray gradient = weight.getGradient()) {
                    g = gradient.toFloatArray();
                }
                if (m[p] == null) {
                    m[p] = new double[w.length];
                    v[p] = new double[w.length];
                }
                expected[p] = new double[w.length];
                for (int j = 0; j < w.length; j++) {
                    m[p][j] = BETA1 * m[p][j] + (1 - BETA1) * g[j];
                    v[p][j] = BETA2 * v[p][j] + (1 - BETA2) * g[j] * g[j];
                    expected[p][j] = w[j] - rate * m[p][j] / (Math.sqrt(v[p][j]) + 1e-8);
                }
            }
            adam.step();
            for (int p = 0; p < parameters.size(); p++) {
                float[] actual = parameters.get(p).getArray().toFloatArray();
                for (int j = 0; j < actual.length; j++) {
                    assertThat((double) actual[j]).as("step %d, parameter %d, value %d", t, p, j)
                            .isCloseTo(expected[p][j], within(1e-6 + 1e-5 * Math.abs(expected[p][j])));
                }
            }
        }
        assertThat(adam.steps()).isEqualTo(3);
    }

    @Test
    void restoredStateContinuesExactlyLikeTheOriginal() throws IOException {
        Mlp a = linear();
        OptimizerStep stepA = adam(a);
        stepA.minimize(loss(a));
        stepA.minimize(loss(a));
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        stepA.writeState(new DataOutputStream(saved));

        Mlp b = linear();
        b.weight(0).set(a.weight(0).toFloatArray());
        b.bias(0).set(a.bias(0).toFloatArray());
        OptimizerStep stepB = adam(b);
        stepB.readState(new DataInputStream(new ByteArrayInputStream(saved.toByteArray())), manager);
        stepA.minimize(loss(a));
        stepB.minimize(loss(b));
        assertThat(weights(b)).containsExactly(weights(a));

        Mlp wider = Mlp.builder().setSizes(3, 2, 1).build();
        wider.initialize(manager, DataType.FLOAT32, new Shape(1, 3));
        OptimizerStep other = adam(wider);
        assertThatThrownBy(() -> other.readState(new DataInputStream(new ByteArrayInputStream(saved.toByteArray())),
                manager)).isInstanceOf(GenLabException.class).hasMessageContaining("optimizer state for 2 parameters");
    }

    private static OptimizerStep adam(Mlp block) {
        OptimizerStep step = OptimizerStep.adam(block, (float) BETA1);
        step.setLearningRate(LR);
        return step;
    }
}
