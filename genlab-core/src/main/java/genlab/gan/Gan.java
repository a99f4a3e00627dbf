package genlab.gan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.training.ParameterStore;
import genlab.ConfigChecks;
import genlab.nn.LatentGenerator;
import genlab.nn.OptimizerStep;
import genlab.nn.Trainable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The classical GAN, min_G max_D E_data[log D(x)] + E_z[log(1 - D(G(z)))], trained by alternating
 * Adam steps: {@code dSteps} discriminator steps on the batch (fresh z each), then {@code gSteps}
 * generator steps. Reported terms (sums over the batch, so the loop's per-sample means are batch
 * means): {@code d_loss}, {@code g_loss} (nats), {@code d_real} = D(x), {@code d_fake} = D(G(z)).
 * A packing discriminator (PacGAN; {@link GanConfig#packSize}) scores packs of m consecutive points,
 * all data or all generated: the losses are means over packs, a point's D is its pack's, and a
 * batch's last n mod m points sit the step out.
 *
 * <p>Images are played in [-1, 1] ({@link PlayerSpace}); {@link #sample} maps them back to [0, 1].
 */
public final class Gan implements Trainable, LatentGenerator {

    /** Adam's beta1 for both players, as in DCGAN; PyTorch's default 0.9 makes small GANs oscillate. */
    public static final float BETA1 = 0.5f;

    private final GanConfig config;
    private final GanNet net;
    private final ParameterStore store;
    private final OptimizerStep discriminatorStep;
    private final OptimizerStep generatorStep;

    /**
     * The GAN of {@code config} with the networks of its architecture ({@link GanNets#of}; random
     * features drawn from {@code seed}).
     */
    public Gan(NDManager manager, GanConfig config, int seed) {
        this(manager, config, GanNets.of(config, seed));
    }

    /**
     * The GAN of {@code config} with the players of {@code net}, not yet initialized: they are
     * initialized here, in {@code manager}. The net must agree with the config on latent and the
     * values per example; the config's architecture fields are not used.
     */
    public Gan(NDManager manager, GanConfig config, GanNet net) {
        ConfigChecks.sameAsNetworks("latent", config.latent(), net.latent());
        ConfigChecks.sameAsNetworks("dimension", config.dimension(), net.dimension());
        ConfigChecks.sameAsNetworks("pack", config.packSize(), net.pack());
        this.config = config;
        this.net = net;
        net.initialize(manager, DataType.FLOAT32, new Shape(1, config.latent()));
        this.store = new ParameterStore(manager, false);
        this.discriminatorStep = OptimizerStep.adam(net.discriminator(), BETA1);
        this.generatorStep = OptimizerStep.adam(net.generator(), BETA1);
    }

    public GanConfig config() {
        return config;
    }

    @Override
    public GanNet net() {
        return net;
    }

    @Override
    public int latent() {
        return config.latent();
    }

    /** G(z) for given z, in the players' space: images in [-1, 1], points as they are. */
    public NDArray generate(NDArray z, boolean training) {
        return net.generate(store, z, training);
    }

    @Override
    public NDArray generateData(NDArray z) {
        return PlayerSpace.toData(generate(z, false), config.images());
    }

    private NDArray logits(NDArray x, boolean training) {
        return net.score(store, x, training);
    }

    @Override
    public List<OptimizerStep> optimizers() {
        return List.of(discriminatorStep, generatorStep);
    }

    @Override
    public Map<String, Double> trainStep(NDArray data) {
        NDArray x = net.packable(PlayerSpace.fromData(data, config.images()));
        int n = (int) x.getShape().get(0);
        if (n == 0) {
            return nothingScored();
        }
        NDManager scope = x.getManager();
        NDArray[] seen = new NDArray[3];
        for (int k = 0; k < config.dSteps(); k++) {
            seen[0] = discriminatorStep.minimize(() -> {
                NDArray fake = generate(prior(scope, n), true).stopGradient();
                seen[1] = logits(x, true);
                seen[2] = logits(fake, true);
                return GanLosses.discriminator(seen[1], seen[2]);
            });
        }
        NDArray generatorLoss = null;
        for (int k = 0; k < config.gSteps(); k++) {
            generatorLoss = generatorStep.minimize(
                    () -> GanLosses.generator(config.generatorLoss(), logits(generate(prior(scope, n), true), true)));
        }
        return terms(n, seen[0], generatorLoss, seen[1], seen[2]);
    }

    /** D(x) and D(G(z)) are probabilities; the losses are nats per example. */
    @Override
    public String unit(String name) {
        return name.startsWith("d_real") || name.startsWith("d_fake") ? "probability" : Trainable.super.unit(name);
    }

    @Override
    public Map<String, Double> evaluate(NDArray data) {
        NDArray x = net.packable(PlayerSpace.fromData(data, config.images()));
        int n = (int) x.getShape().get(0);
        if (n == 0) {
            return nothingScored();
        }
        NDArray real = logits(x, false);
        NDArray fake = logits(generate(prior(data.getManager(), n), false), false);
        return terms(n, GanLosses.discriminator(real, fake), GanLosses.generator(config.generatorLoss(), fake), real,
                fake);
    }

    // the losses are means over the batch's packs; D(x) counts once per point of a pack
    private Map<String, Double> terms(int n, NDArray dLoss, NDArray gLoss, NDArray realLogits,
            NDArray fakeLogits) {
        Map<String, Double> sums = new LinkedHashMap<>();
        sums.put("d_loss", n * (double) dLoss.getFloat());
        sums.put("g_loss", n * (double) gLoss.getFloat());
        sums.put("d_real", net.pack() * (double) Activation.sigmoid(realLogits).sum().getFloat());
        sums.put("d_fake", net.pack() * (double) Activation.sigmoid(fakeLogits).sum().getFloat());
        return sums;
    }

    // the terms of a batch smaller than one pack (the last of an epoch), in the order of terms'
    private static Map<String, Double> nothingScored() {
        return Trainable.zeros(List.of("d_loss", "g_loss", "d_real", "d_fake"));
    }
}
