package genlab.vae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import genlab.theory.GaussianKl;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The VAE's tensor formulas against closed forms, naive formulas and Monte-Carlo estimates. */
class VaeMathTest {

    private NDManager manager;

    @BeforeEach
    void start() {
        Engine.getInstance().setRandomSeed(11);
        manager = NDManager.newBaseManager();
    }

    @AfterEach
    void stop() {
        manager.close();
    }

    @Test
    void reparameterizedSamplesHaveTheEncodersMeanAndVariance() {
        int n = 200_000;
        double[] mu = {1.5, -0.7};
        double[] logvar = {Math.log(0.25), Math.log(4.0)};
        NDArray m = manager.create(new float[] {1.5f, -0.7f}).reshape(1, 2).repeat(0, n);
        NDArray lv = manager.create(new float[] {(float) logvar[0], (float) logvar[1]}).reshape(1, 2).repeat(0, n);
        NDArray z = new DiagonalGaussian(m, lv).sample(1);
        float[] mean = z.mean(new int[] {0}).toFloatArray();
        float[] var = z.sub(z.mean(new int[] {0})).square().mean(new int[] {0}).toFloatArray();
        for (int j = 0; j < 2; j++) {
            double sd = Math.exp(logvar[j] / 2);
            // the sample mean has std sd/sqrt(n); the sample variance std sd^2 sqrt(2/n)
            assertThat((double) mean[j]).isCloseTo(mu[j], within(5 * sd / Math.sqrt(n)));
            assertThat((double) var[j]).isCloseTo(sd * sd, within(5 * sd * sd * Math.sqrt(2.0 / n)));
        }
    }

    @Test
    void tensorKlEqualsTheScalarClosedForm() {
        Random rng = new Random(4);
        int n = 16;
        int d = 7;
        float[] mu = new float[n * d];
        float[] lv = new float[n * d];
        for (int i = 0; i < n * d; i++) {
            mu[i] = (float) (3 * rng.nextGaussian());
            lv[i] = (float) (2 * rng.nextGaussian());
        }
        float[] kl = new DiagonalGaussian(manager.create(mu, new Shape(n, d)), manager.create(lv, new Shape(n, d)))
                .klToStandardNormal().toFloatArray();
        for (int i = 0; i < n; i++) {
            double[] m = new double[d];
            double[] v = new double[d];
            for (int j = 0; j < d; j++) {
                m[j] = mu[i * d + j];
                v[j] = lv[i * d + j];
            }
            double expected = GaussianKl.diagonalToStandardNormal(m, v);
            assertThat((double) kl[i]).isCloseTo(expected, within(1e-5 * Math.max(1, expected)));
        }
    }

    @Test
    void klToPriorMatchesMonteCarlo() {
        // KL(q||p) = E_q[log q(z) - log p(z)], estimated from 400k reparameterized samples
        float[] mu = {0.8f, -1.2f, 0.1f};
        float[] lv = {-1.0f, 0.5f, -0.2f};
        int n = 400_000;
        NDArray m = manager.create(mu).reshape(1, 3).repeat(0, n);
        NDArray v = manager.create(lv).reshape(1, 3).repeat(0, n);
        DiagonalGaussian q = new DiagonalGaussian(m, v);
        NDArray z = q.sample(1);
        NDArray logQ = z.sub(m).square().div(v.exp()).add(v).mul(-0.5).sum(new int[] {1});
        NDArray logP = z.square().mul(-0.5).sum(new int[] {1});
        double mc = logQ.sub(logP).mean().getFloat();
        double closed = q.klToStandardNormal().get(0).getFloat();
        assertThat(mc).isCloseTo(closed, within(0.01));
    }

    @Test
    void bernoulliLossEqualsTheNaiveFormulaAndStaysFinite() {
        float[] logits = {-3f, -0.5f, 0f, 0.7f, 4f, 2.5f};
        float[] x = {0f, 1f, 0.3f, 1f, 0f, 0.9f};
        double naive = 0;
        for (int i = 0; i < logits.length; i++) {
            double g = 1 / (1 + Math.exp(-logits[i]));
            naive += -(x[i] * Math.log(g) + (1 - x[i]) * Math.log(1 - g));
        }
        NDArray nll = new BernoulliLikelihood().negLogLikelihood(manager.create(x, new Shape(1, 6)),
                manager.create(logits, new Shape(1, 6)));
        assertThat((double) nll.getFloat(0)).isCloseTo(naive, within(1e-5));

        // at |l| = 1000 the naive formula is log(0); the stable one gives |l| for the wrong label, 0 for the right
        float[] extreme = {1000f, -1000f, 1000f, -1000f};
        float[] labels = {0f, 1f, 1f, 0f};
        float[] out = new BernoulliLikelihood().negLogLikelihood(manager.create(labels, new Shape(4, 1)),
                manager.create(extreme, new Shape(4, 1))).toFloatArray();
        assertThat(out).containsExactly(1000f, 1000f, 0f, 0f);
    }

    @Test
    void gaussianLossEqualsTheClosedForm() {
        double sigma = 0.1;
        float[] x = {0.2f, 0.9f, 0.5f};
        float[] logits = {0.3f, -1f, 2f};
        double expected = 0;
        for (int i = 0; i < 3; i++) {
            double f = 1 / (1 + Math.exp(-logits[i]));
            expected += -(-Math.pow(x[i] - f, 2) / (2 * sigma * sigma) - 0.5 * Math.log(2 * Math.PI * sigma * sigma));
        }
        NDArray nll = new GaussianLikelihood(sigma).negLogLikelihood(manager.create(x, new Shape(1, 3)),
                manager.create(logits, new Shape(1, 3)));
        assertThat((double) nll.getFloat(0)).isCloseTo(expected, within(1e-4));
    }

    @Test
    void monteCarloSamplesAreStackedSampleMajorAndAveraged() {
        NDArray mu = manager.create(new float[] {1, 2, 3, 4, 5, 6}, new Shape(3, 2));
        NDArray tinyVariance = manager.full(new Shape(3, 2), -60f);
        NDArray z = new DiagonalGaussian(mu, tinyVariance).sample(4);
        assertThat(z.getShape()).isEqualTo(new Shape(12, 2));
        assertThat(z.get("3:6").toFloatArray()).containsExactly(mu.toFloatArray(), within(1e-6f));

        // the M-sample reconstruction is the average of M single-sample terms, sample m using eps rows m n..(m+1) n
        VaeNet net = VaeNet.mlp(6, 5, 2);
        net.initialize(manager, ai.djl.ndarray.types.DataType.FLOAT32, new Shape(1, 6));
        ai.djl.training.ParameterStore store = new ai.djl.training.ParameterStore(manager, false);
        NDArray x = manager.randomUniform(0, 1, new Shape(3, 6));
        Likelihood gaussian = new GaussianLikelihood(0.5);
        Engine.getInstance().setRandomSeed(21);
        float[] averaged = new NegativeElbo(gaussian, 4).terms(net, store, x, false).reconstruction().toFloatArray();
        Engine.getInstance().setRandomSeed(21);
        NDArray eps = manager.randomNormal(new Shape(12, 2));
        DiagonalGaussian q = net.encode(store, x, false);
        float[] expected = new float[3];
        for (int m = 0; m < 4; m++) {
            NDArray zm = q.reparameterize(eps.get((3 * m) + ":" + (3 * m + 3)));
            float[] single = gaussian.negLogLikelihood(x, net.decode(store, zm, false)).toFloatArray();
            for (int i = 0; i < 3; i++) {
                expected[i] += single[i] / 4;
            }
        }
        assertThat(averaged).containsExactly(expected, within(1e-4f));
    }
}
