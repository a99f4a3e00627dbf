package genlab.vae;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import genlab.data.ImageSet;
import genlab.nn.EngineArrays;
import java.util.function.IntConsumer;
import static genlab.nn.EngineArrays.scalar;

/**
 * The importance-weighted estimate of log p(x) (Burda et al. 2016), nats per image:
 * log p(x) ~ log (1/K) sum_k p(x|z_k) p(z_k) / q(z_k|x), z_k ~ q(z|x). K = 1 is the ELBO's
 * single-sample estimate; the bound tightens as K grows. The K samples are drawn in chunks and
 * combined by a running log-sum-exp, so K = 5000 needs only one chunk's memory.
 */
public final class ImportanceWeightedBound {

    /** The decoder rows evaluated at once unless told otherwise: about 240 MB for the reference VAE. */
    public static final int DEFAULT_CHUNK_ROWS = 20_000;

    private final LatentGaussianModel model;
    private final int chunkRows;

    /** The bound of {@code model}, {@link #DEFAULT_CHUNK_ROWS} decoder rows at a time. */
    public ImportanceWeightedBound(LatentGaussianModel model) {
        this(model, DEFAULT_CHUNK_ROWS);
    }

    /**
     * @param chunkRows most decoder rows (images x samples) evaluated at once; bounds the memory
     *     (about 12 KB per row for 784 pixels and 400 hidden units: the chunk's arrays live until it ends)
     */
    public ImportanceWeightedBound(LatentGaussianModel model, int chunkRows) {
        if (chunkRows <= 0) {
            throw new IllegalArgumentException("chunkRows must be positive, got " + chunkRows);
        }
        this.model = model;
        this.chunkRows = chunkRows;
    }

    /** The estimates for every image of {@code images} with {@code k} importance samples each. */
    public LogLikelihood estimate(NDManager manager, ImageSet images, int k) {
        if (k <= 0) {
            throw new IllegalArgumentException("k must be positive, got " + k);
        }
        return new LogLikelihood(k, logLikelihoods(manager, images, k, done -> { }));
    }

    /**
     * The estimate for each image of {@code images}, with K samples each. Random draws come from
     * {@code manager}'s engine generator; {@code progress} hears the number of images finished
     * after each group of them.
     */
    public double[] logLikelihoods(NDManager manager, ImageSet images, int k, IntConsumer progress) {
        float[] pixels = images.pixels();
        int n = images.count();
        int dimension = images.dimension();
        int samplesPerChunk = Math.min(k, chunkRows);
        int imagesPerChunk = Math.max(1, Math.min(n, chunkRows / samplesPerChunk));
        double[] estimates = new double[n];
        for (int first = 0; first < n; first += imagesPerChunk) {
            int count = Math.min(imagesPerChunk, n - first);
            float[] slice = new float[count * dimension];
            System.arraycopy(pixels, first * dimension, slice, 0, slice.length);
            RunningLogSumExp[] sums = new RunningLogSumExp[count];
            for (int i = 0; i < count; i++) {
                sums[i] = new RunningLogSumExp();
            }
            for (int done = 0; done < k; done += samplesPerChunk) {
                int samples = Math.min(samplesPerChunk, k - done);
                try (NDManager scope = manager.newSubManager()) {
                    float[] chunk = logWeightSums(scope, EngineArrays.of(scope, slice, new Shape(count, dimension)), samples);
                    for (int i = 0; i < count; i++) {
                        sums[i].add(chunk[2 * i], chunk[2 * i + 1]);
                    }
                }
            }
            for (int i = 0; i < count; i++) {
                estimates[first + i] = sums[i].value() - Math.log(k);
            }
            progress.accept(first + count);
        }
        return estimates;
    }

    /**
     * For each image of x (n, D): (max_s log w_s, sum_s exp(log w_s - max)) over {@code samples}
     * fresh draws, interleaved (2n).
     */
    private float[] logWeightSums(NDManager scope, NDArray x, int samples) {
        long n = x.getShape().get(0);
        DiagonalGaussian q = model.posterior(x);
        long d = q.mean().getShape().get(1);
        NDArray eps = scope.randomNormal(new Shape(samples, n, d));
        NDArray z = q.reparameterize(eps);
        NDArray logPxz = model.logLikelihood(x, z);
        // log p(z) - log q(z|x) = -|z|^2/2 + |eps|^2/2 + sum_j logvar_j/2 (the 2 pi terms cancel)
        NDArray logRatio = z.square().sum(new int[] {2}).mul(scalar(eps, -0.5))
                .add(eps.square().sum(new int[] {2}).mul(scalar(eps, 0.5)))
                .add(q.logVariance().sum(new int[] {1}).mul(scalar(eps, 0.5)).expandDims(0));
        NDArray logW = logPxz.add(logRatio);
        NDArray max = logW.max(new int[] {0});
        NDArray sum = logW.sub(max.expandDims(0)).exp().sum(new int[] {0});
        return max.stack(sum, 1).toFloatArray();
    }

    /** log sum_i exp(a_i) accumulated from partial (max, sum of exp(a - max)) pairs, in double. */
    private static final class RunningLogSumExp {
        private double max = Double.NEGATIVE_INFINITY;
        private double sum;

        void add(double partMax, double partSum) {
            if (partMax > max) {
                sum = sum * Math.exp(max - partMax) + partSum;
                max = partMax;
            } else {
                sum += partSum * Math.exp(partMax - max);
            }
        }

        double value() {
            return max + Math.log(sum);
        }
    }
}
