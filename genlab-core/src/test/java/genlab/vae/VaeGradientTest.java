package genlab.vae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Gradients of -ELBO through the reparameterization, on a tiny decoder in double precision,
 * against central finite differences.
 */
class VaeGradientTest {

    private static final int D = 5;
    private static final int LATENT = 2;

    private NDManager manager;
    private VaeNet net;
    private ParameterStore store;
    private NDArray x;
    private NDArray eps;

    @BeforeEach
    void start() {
        Engine.getInstance().setRandomSeed(3);
        manager = NDManager.newBaseManager();
        net = VaeNet.mlp(D, 4, LATENT);
        net.initialize(manager, DataType.FLOAT64, new Shape(1, D));
        store = new ParameterStore(manager, false);
        x = manager.create(new double[] {0, 1, 0.5, 0.2, 1}, new Shape(1, D));
        eps = manager.create(new double[] {0.3, -1.1}, new Shape(1, LATENT));
    }

    @AfterEach
    void stop() {
        manager.close();
    }

    /** -ELBO for one x with a fixed eps, as a function of the posterior's mean and log-variance. */
    private NDArray loss(NDArray mu, NDArray logvar) {
        DiagonalGaussian q = new DiagonalGaussian(mu, logvar);
        NDArray logits = net.decode(store, q.reparameterize(eps), false);
        return new BernoulliLikelihood().negLogLikelihood(x, logits).add(q.klToStandardNormal()).sum();
    }

    @Test
    void gradientsWithRespectToMeanAndLogVarianceMatchFiniteDifferences() {
        double[] mu = {0.4, -0.6};
        double[] logvar = {-0.3, 0.8};
        NDArray muArr = manager.create(mu, new Shape(1, LATENT));
        NDArray lvArr = manager.create(logvar, new Shape(1, LATENT));
        muArr.setRequiresGradient(true);
        lvArr.setRequiresGradient(true);
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            collector.backward(loss(muArr, lvArr));
        }
        double[] gradMu = muArr.getGradient().toDoubleArray();
        double[] gradLv = lvArr.getGradient().toDoubleArray();
        double h = 1e-6;
        for (int j = 0; j < LATENT; j++) {
            assertThat(gradMu[j]).isCloseTo(centralDifference(mu, logvar, j, true, h), within(1e-6));
            assertThat(gradLv[j]).isCloseTo(centralDifference(mu, logvar, j, false, h), within(1e-6));
            assertThat(gradLv[j]).isNotZero();
        }
    }

    private double centralDifference(double[] mu, double[] logvar, int j, boolean wrtMean, double h) {
        return (lossAt(mu, logvar, j, wrtMean, h) - lossAt(mu, logvar, j, wrtMean, -h)) / (2 * h);
    }

    private double lossAt(double[] mu, double[] logvar, int j, boolean wrtMean, double delta) {
        double[] m = mu.clone();
        double[] v = logvar.clone();
        (wrtMean ? m : v)[j] += delta;
        return loss(manager.create(m, new Shape(1, LATENT)), manager.create(v, new Shape(1, LATENT))).getDouble();
    }
}
