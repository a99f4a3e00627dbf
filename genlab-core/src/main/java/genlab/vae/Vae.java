package genlab.vae;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import genlab.ConfigChecks;
import genlab.nn.GenerativeModel;
import genlab.nn.OptimizerStep;
import genlab.nn.Trainable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A variational auto-encoder trained by minimizing -ELBO summed over each batch with Adam.
 * Reported terms: {@code loss} = {@code recon} + {@code kl}, nats (sums over the batch).
 */
public final class Vae implements Trainable, GenerativeModel, LatentGaussianModel {

    /** Adam's beta1, PyTorch's default. */
    private static final float BETA1 = 0.9f;

    private final VaeConfig config;
    private final VaeNet net;
    private final Likelihood likelihood;
    private final NegativeElbo objective;
    private final ParameterStore store;
    private final OptimizerStep step;

    /** The reference networks ({@link VaeNet#mlp}) for {@code config}, initialized in {@code manager}. */
    public Vae(NDManager manager, VaeConfig config) {
        this(manager, config, VaeNet.mlp(config));
    }

    /**
     * A VAE on networks of the caller's, initialized here in {@code manager} (which owns the
     * parameters); {@code config} gives everything else. The net must agree with the config on
     * the latent dimension and the values per input.
     */
    public Vae(NDManager manager, VaeConfig config, VaeNet net) {
        ConfigChecks.sameAsNetworks("latent", config.latent(), net.latent());
        ConfigChecks.sameAsNetworks("dimension", config.dimension(), net.dimension());
        this.config = config;
        this.net = net;
        net.initialize(manager, DataType.FLOAT32, new Shape(1, config.dimension()));
        this.likelihood = config.likelihood().create(config.sigma());
        this.objective = new NegativeElbo(likelihood, config.mcSamples());
        this.store = new ParameterStore(manager, false);
        this.step = OptimizerStep.adam(net, BETA1);
    }

    public VaeConfig config() {
        return config;
    }

    @Override
    public VaeNet net() {
        return net;
    }

    @Override
    public List<OptimizerStep> optimizers() {
        return List.of(step);
    }

    @Override
    public Map<String, Double> trainStep(NDArray x) {
        NDArray[] parts = new NDArray[2];
        step.minimize(() -> {
            NegativeElbo.Terms terms = objective.terms(net, store, x, true);
            parts[0] = terms.reconstruction().sum();
            parts[1] = terms.kl().sum();
            return parts[0].add(parts[1]);
        });
        return sums(parts[0].getFloat(), parts[1].getFloat());
    }

    @Override
    public Map<String, Double> evaluate(NDArray x) {
        NegativeElbo.Terms terms = objective.terms(net, store, x, false);
        return sums(terms.reconstruction().sum().getFloat(), terms.kl().sum().getFloat());
    }

    private static Map<String, Double> sums(double recon, double kl) {
        Map<String, Double> sums = new LinkedHashMap<>();
        sums.put("loss", recon + kl);
        sums.put("recon", recon);
        sums.put("kl", kl);
        return sums;
    }

    @Override
    public DiagonalGaussian posterior(NDArray x) {
        return net.encode(store, x, false);
    }

    @Override
    public NDArray logLikelihood(NDArray x, NDArray z) {
        // (s, n, d) -> (s n, d) through the decoder -> (s, n, D)
        Shape shape = z.getShape();
        NDArray logits = net.decode(store, z.reshape(-1, shape.tail()), false);
        return likelihood.negLogLikelihood(x, logits.reshape(shape.get(0), shape.get(1), -1)).neg();
    }

    /** n images E[x|z] decoded from z ~ N(0, I), shape (n, D), in {@code scope}. */
    @Override
    public NDArray sample(NDManager scope, int n) {
        return decode(scope.randomNormal(new Shape(n, config.latent())));
    }

    /** The images E[x|z] of the rows of z (n, latent), shape (n, D), where z lives. */
    public NDArray decode(NDArray z) {
        return likelihood.mean(net.decode(store, z, false));
    }

    /** E[x|z] at z = the posterior mean of each row of x (n, D). */
    public NDArray reconstruct(NDArray x) {
        return likelihood.mean(net.decode(store, net.encode(store, x, false).mean(), false));
    }
}
