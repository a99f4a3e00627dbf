package genlab.dualgan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import genlab.ConfigChecks;
import genlab.gan.Gan;
import genlab.gan.GanNet;
import genlab.gan.GeneratorLoss;
import genlab.gan.PlayerSpace;
import genlab.nn.EngineArrays;
import genlab.nn.LatentGenerator;
import genlab.nn.OptimizerStep;
import genlab.nn.Trainable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Dualing GAN (Li, Schwing, Wang, Zemel 2017): the discriminator's regularized logistic loss
 * is replaced by its dual g(lambda), so max_theta min_w becomes max_theta max_lambda g, and both
 * players ascend one objective. Per batch of n data points and n generated points G(z):
 * <ol>
 *   <li>linearize the discriminator at w_k (exact for the linear one) and solve the dual g by
 *       Newton to {@link DualGanConfig#NEWTON_GAP} nats per point (or {@code dualSteps} sweeps of
 *       coordinate ascent), from the multipliers that are optimal for the current scores,
 *       lambda = -sigmoid(f_{w_k});
 *   <li>move w to the dual's primal point, w = b / C (linear) or w_k + b / C (MLP);
 *   <li>one Adam step of the generator ascending g with lambda fixed: d g / d theta =
 *       -sum_z (1 + lambda_z) d f_w(G(z)) / d theta with w the new discriminator (exact for the
 *       linear dual, first order in s for the MLP); or, with the non-saturating generator loss,
 *       weights -lambda_z = 1 - D(G(z)) instead of 1 + lambda_z.
 * </ol>
 * Reported terms (sums over the batch, in nats): {@code dual} g, {@code primal} P at s = b / C,
 * {@code gap} = P - g, {@code d_real} = D(x), {@code d_fake} = D(G(z)) before the update. A packing
 * discriminator ({@link PackedDualDiscriminator}) scores packs of m points: the dual has one variable
 * per pack, a point's D is its pack's, and a batch's last n mod m points sit the step out.
 */
public final class DualGan implements Trainable, LatentGenerator {

    private final DualGanConfig config;
    private final DualDiscriminator discriminator;
    private final GanNet net;
    private final ParameterStore store;
    private final OptimizerStep generatorStep;

    /**
     * The Dualing GAN of {@code config} with the generator of its architecture and the discriminator
     * of its family ({@link #discriminatorOf}; random features drawn from {@code seed}).
     */
    public DualGan(NDManager manager, DualGanConfig config, int seed) {
        this(manager, config, DualGanNet.of(config, seed));
    }

    /**
     * The Dualing GAN of {@code config} with {@code players}, neither initialized: a generator and a
     * dual discriminator (for example a {@link BlockDualDiscriminator} around a block of your own).
     * The config's generator architecture and discriminator family are not used; its C is, and its
     * pack must be the discriminator's (wrap the block in a {@link PackedDualDiscriminator}, or set
     * the config's pack to 1).
     */
    public DualGan(NDManager manager, DualGanConfig config, DualGanNet players) {
        DualDiscriminator discriminator = players.discriminator();
        ConfigChecks.sameAsNetworks("pack", config.packSize(), discriminator.pack());
        this.config = config;
        this.discriminator = discriminator;
        this.net = GanNet.builder().setGenerator(players.generator()).setDiscriminator(discriminator.block())
                .setExampleShape(discriminator.exampleShape(config.dimension())).optPack(discriminator.pack())
                .setLatent(config.latent()).build();
        net.initialize(manager, DataType.FLOAT32, new Shape(1, config.latent()));
        this.store = new ParameterStore(manager, false);
        this.generatorStep = OptimizerStep.adam(net.generator(), Gan.BETA1);
    }

    /**
     * The discriminator of {@code config}'s family, linear on its features (random ones drawn from
     * {@code seed}) or the linearized MLP, scoring packs of {@code config.packSize()} examples.
     */
    public static DualDiscriminator discriminatorOf(DualGanConfig config, int seed) {
        int scored = config.packSize() * config.dimension();
        DualDiscriminator discriminator = config.discriminator() == DiscriminatorKind.LINEAR
                ? new LinearDualDiscriminator(config.featureSpec(), scored, seed)
                : new MlpDualDiscriminator(scored, config.hidden(), config.metric());
        return PackedDualDiscriminator.packing(discriminator, config.packSize());
    }

    @Override
    public GanNet net() {
        return net;
    }

    @Override
    public int latent() {
        return config.latent();
    }

    @Override
    public NDArray generateData(NDArray z) {
        return PlayerSpace.toData(generate(z, false), config.images());
    }

    private NDArray generate(NDArray z, boolean training) {
        return net.generate(store, z, training);
    }

    @Override
    public List<OptimizerStep> optimizers() {
        return List.of(generatorStep);
    }

    /** D(x) and D(G(z)) are probabilities; the dual, primal and gap are nats per data point. */
    @Override
    public String unit(String name) {
        return name.startsWith("d_real") || name.startsWith("d_fake") ? "probability" : "nats per data point";
    }

    /**
     * The dual objective and D's outputs: the primal is the dual plus the gap, and the gap's median
     * and worst step follow on the line (its epoch mean stays in metrics.csv).
     */
    @Override
    public Optional<List<String>> lineTerms() {
        return Optional.of(List.of("dual", "d_real", "d_fake"));
    }

    /** The duality gap: its worst step, not only its epoch mean, says whether the dual was solved. */
    @Override
    public List<String> perStepTerms() {
        return List.of("gap");
    }

    @Override
    public Map<String, Double> trainStep(NDArray data) {
        NDArray x = net.packable(PlayerSpace.fromData(data, config.images()));
        int n = (int) x.getShape().get(0);
        if (n == 0) {
            return nothingScored();
        }
        NDArray z = prior(data.getManager(), n);
        NDArray points = x.concat(generate(z, true).stopGradient());
        Step step = solve(points, n);
        if (step.beta == null) {
            return step.terms;
        }
        discriminator.update(store, points, step.beta, config.c(), step.metric);
        int scores = step.beta.length / 2;
        NDArray fakeWeights = EngineArrays.of(data.getManager(), generatorWeights(step.beta, scores));
        generatorStep.minimize(() -> discriminator.score(store, generate(z, true)).mul(fakeWeights).sum());
        return step.terms;
    }

    /**
     * Minimax: ascend g in theta with lambda fixed, minimize sum_z (1 + lambda_z) f_w(G(z)), each
     * sample weighted by beta_z = 1 + lambda_z (= D(G(z)) at the warm start). Non-saturating:
     * minimize sum_z -lambda_z f_w(G(z)), weights 1 - beta_z (= 1 - D(G(z))), the gradient of
     * -log D(G(z)).
     */
    private double[] generatorWeights(double[] beta, int n) {
        double[] weights = Arrays.copyOfRange(beta, n, 2 * n);
        if (config.generatorObjective() == GeneratorLoss.NONSATURATING) {
            for (int z = 0; z < n; z++) {
                weights[z] = 1 - weights[z];
            }
        }
        return weights;
    }

    @Override
    public Map<String, Double> evaluate(NDArray data) {
        NDArray x = net.packable(PlayerSpace.fromData(data, config.images()));
        int n = (int) x.getShape().get(0);
        return n == 0 ? nothingScored() : solve(x.concat(generate(prior(data.getManager(), n), false)), n).terms;
    }

    // the terms of a batch smaller than one pack (the last of an epoch), in the order of solve's
    private static Map<String, Double> nothingScored() {
        return Trainable.zeros(List.of("dual", "primal", "gap", "d_real", "d_fake"));
    }

    // beta is null when the linearization is not finite; metric is the linearization's
    private record Step(double[] beta, double[] metric, Map<String, Double> terms) {}

    // the discriminator's half: linearize, ascend the dual from the KKT warm start, report
    private Step solve(NDArray points, int n) {
        Linearization lin = discriminator.linearize(store, points, n);
        if (!lin.isFinite()) {
            // a diverged discriminator: the train loop stops on the non-finite objective
            return new Step(null, lin.metric(), Map.of("dual", Double.NaN));
        }
        // one dual variable per score: per point, or per pack of m points
        int scores = lin.scores().length / 2;
        GramLogisticDual dual = new GramLogisticDual(lin.gram(), scores, lin.offsets(), config.c());
        double[] start = GramLogisticDual.multipliersFor(lin.scores());
        GramLogisticDual.Solution solution = config.solver() == DualSolver.NEWTON
                ? dual.solve(start, DualGanConfig.NEWTON_GAP * 2 * n, DualGanConfig.NEWTON_STEPS)
                : dual.ascend(start, config.dualSteps());
        Map<String, Double> terms = new LinkedHashMap<>();
        terms.put("dual", solution.dual());
        terms.put("primal", solution.primal());
        terms.put("gap", solution.gap());
        double real = 0;
        double fake = 0;
        for (int i = 0; i < 2 * scores; i++) {
            // D = p(y = 1 | a) = 1 / (1 + e^{f}) = -lambda at the warm start, counted once per point of a pack
            double d = discriminator.pack() / (1 + Math.exp(lin.scores()[i]));
            if (i < scores) {
                real += d;
            } else {
                fake += d;
            }
        }
        terms.put("d_real", real);
        terms.put("d_fake", fake);
        return new Step(solution.beta(), lin.metric(), terms);
    }
}
