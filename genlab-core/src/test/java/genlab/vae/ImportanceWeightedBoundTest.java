package genlab.vae;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import genlab.data.Binarization;
import genlab.data.ImageSet;
import genlab.data.ImageShape;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The importance-weighted bound against a linear-Gaussian model whose log p(x) and posterior are
 * known in closed form, and against the VAE's own ELBO.
 */
class ImportanceWeightedBoundTest {

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
    void withTheExactPosteriorEveryWeightIsPOfX() {
        LinearGaussian model = new LinearGaussian(manager, 1, 0);
        float[] x = model.sample(new Random(1), 20);
        double[] estimates = new ImportanceWeightedBound(model, 1000)
                .logLikelihoods(manager, rows(x, LinearGaussian.D), 1, done -> { });
        for (int i = 0; i < 20; i++) {
            assertThat(estimates[i]).isCloseTo(model.logMarginal(x, i), within(2e-4));
        }
    }

    @Test
    void withAnInexactPosteriorTheEstimateRisesWithKToTheTrueLogLikelihood() {
        LinearGaussian model = new LinearGaussian(manager, 4, 0.7);
        int n = 30;
        float[] x = model.sample(new Random(2), n);
        double truth = 0;
        for (int i = 0; i < n; i++) {
            truth += model.logMarginal(x, i) / n;
        }
        // 700-row chunks: K = 5000 is combined from many partial log-sum-exps
        ImportanceWeightedBound bound = new ImportanceWeightedBound(model, 700);
        double previous = Double.NEGATIVE_INFINITY;
        double[] means = new double[4];
        int[] ks = {1, 10, 100, 5000};
        for (int j = 0; j < ks.length; j++) {
            means[j] = bound.estimate(manager, rows(x, LinearGaussian.D), ks[j]).mean();
            assertThat(means[j]).as("K = %d", ks[j]).isGreaterThan(previous).isLessThan(truth + 0.01);
            previous = means[j];
        }
        assertThat(truth - means[0]).as("K = 1 gap").isGreaterThan(0.5);
        assertThat(means[3]).as("K = 5000").isCloseTo(truth, within(0.02));
    }

    @Test
    void kOneEqualsTheElboOnAverageAndLargerKIsHigher() {
        int d = 30;
        Vae vae = new Vae(manager, new VaeConfig(VaeConfig.MODEL, "mnist", d, 16, 3, LikelihoodKind.BERNOULLI, 1,
                1, Binarization.DYNAMIC, null));
        int n = 2000;
        float[] pixels = new float[n * d];
        Random random = new Random(4);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = random.nextFloat() < (i % d) / (double) d ? 1f : 0f;
        }
        NegativeElbo.Terms terms = new NegativeElbo(new BernoulliLikelihood(), 1)
                .terms(vae.net(), new ParameterStore(manager, false), manager.create(pixels, new Shape(n, d)), false);
        double elbo = -terms.reconstruction().add(terms.kl()).mean().getFloat();
        ImportanceWeightedBound bound = new ImportanceWeightedBound(vae, 4096);
        double[] k1 = bound.estimate(manager, rows(pixels, d), 1).perImage();
        double sd = Math.sqrt(Arrays.stream(k1).map(v -> (v - mean(k1)) * (v - mean(k1))).sum() / (n - 1));
        assertThat(mean(k1)).isCloseTo(elbo, within(4 * sd / Math.sqrt(n)));
        LogLikelihood k50 = bound.estimate(manager, rows(pixels, d), 50);
        assertThat(k50.nll()).isEqualTo(-k50.mean());
        assertThat(k50.standardError()).isCloseTo(Math.sqrt(Arrays.stream(k50.perImage()).map(v -> (v - k50.mean())
                * (v - k50.mean())).sum() / (n - 1) / n), within(1e-12));
        assertThat(k50.mean()).isGreaterThan(mean(k1) + 4 * sd / Math.sqrt(n));
    }

    // rows of d values as unlabelled examples of shape 1 x 1 x d
    private static ImageSet rows(float[] values, int d) {
        int[] labels = new int[values.length / d];
        Arrays.fill(labels, ImageSet.UNLABELLED);
        return new ImageSet(values, labels, new ImageShape(1, 1, d));
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }

    /**
     * x = W z + b + noise, z ~ N(0, I_2), noise ~ N(0, s2 I_6), with orthogonal columns of W so
     * the exact posterior N(m, S), S = (I + W^T W / s2)^-1, is diagonal. The encoder returns it
     * with its variances multiplied by {@code varianceFactor} and its mean shifted by {@code shift}.
     */
    private static final class LinearGaussian implements LatentGaussianModel {
        static final int D = 6;
        static final double S2 = 0.25;
        static final double[][] W = {{0.8, 0.5}, {0.8, -0.5}, {0, 0.5}, {0, 0.5}, {0.8, 0}, {-0.8, 0}};
        static final double[] B = {0.1, -0.2, 0.3, 0, 0.5, -0.4};

        private final NDManager manager;
        private final double varianceFactor;
        private final double shift;

        LinearGaussian(NDManager manager, double varianceFactor, double shift) {
            this.manager = manager;
            this.varianceFactor = varianceFactor;
            this.shift = shift;
        }

        float[] sample(Random random, int n) {
            float[] x = new float[n * D];
            for (int i = 0; i < n; i++) {
                double z0 = random.nextGaussian();
                double z1 = random.nextGaussian();
                for (int j = 0; j < D; j++) {
                    x[i * D + j] = (float) (W[j][0] * z0 + W[j][1] * z1 + B[j] + Math.sqrt(S2) * random.nextGaussian());
                }
            }
            return x;
        }

        private static double columnNorm2(int k) {
            double r2 = 0;
            for (double[] row : W) {
                r2 += row[k] * row[k];
            }
            return r2;
        }

        /** log N(x; b, W W^T + s2 I) by the eigen-structure of W W^T: s2 + r_k^2 along u_k, s2 elsewhere. */
        double logMarginal(float[] x, int i) {
            double norm2 = 0;
            double logDet = (D - 2) * Math.log(S2);
            double quadratic = 0;
            for (int j = 0; j < D; j++) {
                double c = x[i * D + j] - B[j];
                norm2 += c * c;
            }
            quadratic += norm2 / S2;
            for (int k = 0; k < 2; k++) {
                double r2 = columnNorm2(k);
                double projection = 0;
                for (int j = 0; j < D; j++) {
                    projection += W[j][k] * (x[i * D + j] - B[j]);
                }
                projection /= Math.sqrt(r2);
                logDet += Math.log(S2 + r2);
                quadratic -= projection * projection * (1 / S2 - 1 / (S2 + r2));
            }
            return -0.5 * (D * Math.log(2 * Math.PI) + logDet + quadratic);
        }

        @Override
        public DiagonalGaussian posterior(NDArray x) {
            long n = x.getShape().get(0);
            float[] values = x.toFloatArray();
            float[] mean = new float[(int) n * 2];
            float[] logVariance = new float[(int) n * 2];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < 2; k++) {
                    double variance = S2 / (S2 + columnNorm2(k));
                    double projection = 0;
                    for (int j = 0; j < D; j++) {
                        projection += W[j][k] * (values[i * D + j] - B[j]);
                    }
                    // m = S W^T (x - b) / s2
                    mean[2 * i + k] = (float) (variance * projection / S2 + shift);
                    logVariance[2 * i + k] = (float) Math.log(variance * varianceFactor);
                }
            }
            NDManager scope = x.getManager();
            return new DiagonalGaussian(scope.create(mean, new Shape(n, 2)), scope.create(logVariance, new Shape(n, 2)));
        }

        @Override
        public NDArray logLikelihood(NDArray x, NDArray z) {
            float[] w = new float[D * 2];
            for (int j = 0; j < D; j++) {
                w[2 * j] = (float) W[j][0];
                w[2 * j + 1] = (float) W[j][1];
            }
            NDArray weights = x.getManager().create(w, new Shape(D, 2));
            NDArray mean = z.matMul(weights.transpose()).add(x.getManager().create(toFloats(B)));
            // log N(x; W z + b, s2 I) = -|x - mean|^2 / (2 s2) - (D/2) log(2 pi s2)
            return x.sub(mean).square().sum(new int[] {2}).div(-2 * S2).sub(D / 2.0 * Math.log(2 * Math.PI * S2));
        }

        private static float[] toFloats(double[] values) {
            float[] f = new float[values.length];
            for (int i = 0; i < values.length; i++) {
                f[i] = (float) values[i];
            }
            return f;
        }
    }
}
