package genlab.dualgan;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import genlab.ConfigException;
import genlab.Float32;
import genlab.Recipe;
import genlab.TrainingConfig;
import genlab.data.ImageShape;
import genlab.gan.Architecture;
import genlab.gan.GanNets;
import genlab.nn.FeatureSpec;
import genlab.nn.OptimizerStep;
import genlab.nn.RandomFourierFeatures;
import genlab.theory.LogisticDual;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DualDiscriminatorTest {

    private static double[][] rows(NDArray a) {
        int n = (int) a.getShape().get(0);
        int d = (int) a.getShape().get(1);
        float[] v = a.toFloatArray();
        double[][] out = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                out[i][j] = v[i * d + j];
            }
        }
        return out;
    }

    @Test
    void mlpGramIsTheInnerProductOfPerExampleGradientsInEitherMetric() {
        for (ProximalMetric metric : ProximalMetric.values()) {
            Engine.getInstance().setRandomSeed(3);
            try (NDManager manager = NDManager.newBaseManager()) {
                MlpDualDiscriminator d = initializedMlp(manager, 3, 5, metric);
                ParameterStore store = new ParameterStore(manager, false);
                NDArray points = manager.randomNormal(new Shape(6, 3));
                Linearization lin = d.linearize(store, points, 3);
                // one backward pass per example: grads[i][t] is grad_{w_t} f(a_i), tensors in the block's order
                List<Parameter> tensors = List.copyOf(d.block().getParameters().values());
                float[][][] grads = new float[6][tensors.size()][];
                for (int i = 0; i < 6; i++) {
                    NDArray row = points.get(i).reshape(1, 3);
                    OptimizerStep.backward(d.block(), () -> d.score(store, row).sum());
                    for (int t = 0; t < tensors.size(); t++) {
                        grads[i][t] = tensors.get(t).getArray().getGradient().toFloatArray();
                    }
                    assertThat(lin.scores()[i]).isCloseTo(d.score(store, row).getFloat(), within(1e-5));
                }
                // c_t = mean_i ||grad_{w_t} f(a_i)||^2 (per tensor), 1 (Euclidean)
                double[] scale = new double[tensors.size()];
                for (int t = 0; t < tensors.size(); t++) {
                    for (int i = 0; i < 6; i++) {
                        scale[t] += dot(grads[i][t], grads[i][t]) / 6;
                    }
                    if (metric == ProximalMetric.EUCLIDEAN) {
                        scale[t] = 1;
                    }
                }
                assertThat(lin.metric()).hasSize(6).containsExactly(scale, within(1e-5 * (1 + scale[0])));
                for (int i = 0; i < 6; i++) {
                    for (int j = 0; j < 6; j++) {
                        double k = 0;
                        for (int t = 0; t < tensors.size(); t++) {
                            k += dot(grads[i][t], grads[j][t]) / scale[t];
                        }
                        assertThat(lin.gram()[i][j]).isCloseTo(k, within(1e-4 * (1 + Math.abs(k))));
                    }
                }
                assertThat(lin.offsets()).containsExactly(lin.scores(), within(0.0));
            }
        }
    }

    // the MLP discriminator d -> hidden -> hidden -> 1 with its weights drawn (from the engine's seed) in manager
    private static MlpDualDiscriminator initializedMlp(NDManager manager, int dimension, int hidden,
            ProximalMetric metric) {
        MlpDualDiscriminator d = new MlpDualDiscriminator(dimension, hidden, metric);
        d.block().initialize(manager, DataType.FLOAT32, new Shape(1, dimension));
        return d;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += a[k] * b[k];
        }
        return sum;
    }

    @Test
    void anyBlocksGramFromOneBackwardPerPointEqualsTheMlpsClosedFormInEitherMetric() {
        for (ProximalMetric metric : ProximalMetric.values()) {
            blocksGramEqualsTheMlps(metric);
        }
    }

    private static void blocksGramEqualsTheMlps(ProximalMetric metric) {
        Engine.getInstance().setRandomSeed(5);
        try (NDManager manager = NDManager.newBaseManager()) {
            MlpDualDiscriminator mlp = initializedMlp(manager, 3, 5, metric);
            ParameterStore store = new ParameterStore(manager, false);
            NDArray points = manager.randomNormal(new Shape(8, 3));
            Linearization closedForm = mlp.linearize(store, points, 4);
            // the same block, seen as a block of 1 x 3 "images"
            Linearization generic = new BlockDualDiscriminator(new SequentialBlock()
                    .add(Blocks.batchFlattenBlock()).add(mlp.block()), new Shape(1, 3), metric)
                    .linearize(store, points, 4);
            assertThat(generic.metric()).containsExactly(closedForm.metric(), within(1e-5 * (1 + closedForm.metric()[0])));
            assertThat(generic.scores()).containsExactly(closedForm.scores(), within(1e-6));
            assertThat(generic.offsets()).containsExactly(closedForm.offsets(), within(1e-6));
            for (int i = 0; i < 8; i++) {
                for (int j = 0; j < 8; j++) {
                    double k = closedForm.gram()[i][j];
                    assertThat(generic.gram()[i][j]).isCloseTo(k, within(1e-4 * (1 + Math.abs(k))));
                }
            }
        }
    }

    @Test
    void aDualGanWithAConvDiscriminatorOfTheUsersTrains() {
        Engine.getInstance().setRandomSeed(6);
        try (NDManager manager = NDManager.newBaseManager()) {
            DualGanConfig config = DualGanConfig.builder().optDataset("mnist").optImageShape(ImageShape
                    .square(1, 4)).optGeneratorArch(Architecture.MLP).optLatent(3).optHidden(8)
                    .optDualSteps(5).build();
            Block conv = new SequentialBlock()
                    .add(Conv2d.builder().setKernelShape(new Shape(3, 3)).setFilters(2).build())
                    .add(Activation::tanh).add(Blocks.batchFlattenBlock())
                    .add(Linear.builder().setUnits(1).build());
            BlockDualDiscriminator discriminator = new BlockDualDiscriminator(conv, new Shape(1, 4, 4));
            DualGan gan = new DualGan(manager, config, new DualGanNet(GanNets.generator(config), discriminator));
            ParameterStore store = new ParameterStore(manager, false);
            NDArray x = manager.randomUniform(0, 1, new Shape(6, 16));
            float[] before = discriminator.score(store, x).toFloatArray();
            Map<String, Double> terms = gan.trainStep(x);
            // weak duality on the batch's 12 points, and the dual's step moved the user's weights
            assertThat(terms.get("dual")).isFinite().isLessThanOrEqualTo(terms.get("primal") + 1e-6);
            assertThat(discriminator.score(store, x).toFloatArray()).isNotEqualTo(before);
            assertThat(gan.sample(manager, 2).getShape()).isEqualTo(new Shape(2, 16));
        }
    }

    @Test
    void aPackedDiscriminatorScoresConsecutivePointsAsOneExample() {
        Engine.getInstance().setRandomSeed(8);
        try (NDManager manager = NDManager.newBaseManager()) {
            MlpDualDiscriminator packs = initializedMlp(manager, 6, 5, ProximalMetric.PER_TENSOR);
            PackedDualDiscriminator packed = new PackedDualDiscriminator(packs, 3);
            ParameterStore store = new ParameterStore(manager, false);
            NDArray points = manager.randomNormal(new Shape(12, 2));
            // pack 1 is points 3, 4, 5 side by side: (x3, y3, x4, y4, x5, y5)
            NDArray second = points.get("3:6").reshape(1, 6);
            assertThat(packed.score(store, points).getShape()).isEqualTo(new Shape(4));
            // equal up to the batched kernel's order of summation (layers of at most 6 inputs, products summing to well under 100)
            assertThat(packed.score(store, points).getFloat(1))
                    .isCloseTo(packs.score(store, second).getFloat(), Float32.reordered(3 * 6, 100));
            // 6 data points and 6 generated: two packs of each, so a 4 x 4 Gram matrix
            Linearization lin = packed.linearize(store, points, 6);
            Linearization direct = packs.linearize(store, points.reshape(4, 6), 2);
            assertThat(lin.gram()).hasDimensions(4, 4).isDeepEqualTo(direct.gram());
            assertThat(lin.scores()).containsExactly(direct.scores());
            assertThat(packed.exampleShape(2)).isEqualTo(new Shape(6));
            assertThatThrownBy(() -> packed.score(store, points.get("0:4")))
                    .hasMessage("4 rows do not split into packs of 3");
        }
    }

    @Test
    void aDualGanWithPacksOfTwoSolvesOneVariablePerPackAndTrainsTheGenerator() {
        Engine.getInstance().setRandomSeed(9);
        try (NDManager manager = NDManager.newBaseManager()) {
            DualGanConfig config = DualGanConfig.builder().optDataset("grid25").optHidden(8).optLatent(3)
                    .optPack(2).build();
            DualDiscriminator discriminator = DualGan.discriminatorOf(config, 9);
            DualGan gan = new DualGan(manager, config, new DualGanNet(GanNets.generator(config), discriminator));
            assertThat(gan.net().pack()).isEqualTo(2);
            assertThat(gan.net().dimension()).isEqualTo(2);
            ParameterStore store = new ParameterStore(manager, false);
            NDArray z = manager.randomUniform(-1, 1, new Shape(4, 3));
            float[] before = gan.net().generate(store, z, false).toFloatArray();
            NDArray x = manager.randomNormal(new Shape(8, 2));
            // D(x) = 1 / (1 + e^f) of each of the 4 data packs, counted for both of its points
            double real = 0;
            for (float f : discriminator.score(store, x).toFloatArray()) {
                real += 2 / (1 + Math.exp(f));
            }
            Map<String, Double> terms = gan.trainStep(x);
            // 4 packs of data and 4 generated, solved by Newton to 1e-4 nats per point
            assertThat(terms.get("gap")).isBetween(-1e-9, DualGanConfig.NEWTON_GAP * 16);
            assertThat(terms.get("d_real")).isCloseTo(real, within(1e-5));
            assertThat(gan.net().generate(store, z, false).toFloatArray()).isNotEqualTo(before);
            // the last batch of an epoch: 5 points are 2 packs and one left out; 1 point is none
            assertThat(gan.trainStep(manager.randomNormal(new Shape(5, 2))).get("dual")).isPositive();
            assertThat(gan.evaluate(manager.randomNormal(new Shape(1, 2)))).containsOnlyKeys("dual", "primal", "gap",
                    "d_real", "d_fake").containsValue(0.0);
        }
    }

    @Test
    void aPackMustDivideTheBatchAndBeTheDiscriminators() {
        DualGanConfig packsOfFour = DualGanConfig.builder().optPack(4).build();
        assertThatThrownBy(() -> new Recipe<>(packsOfFour, TrainingConfig.builder().optBatchSize(10).build()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("pack")
                .hasMessageContaining("4 does not divide batchSize 10");
        // grid25's defaults pack 3 points; a discriminator of one point is not what they were tuned for
        DualGanConfig grid = DualGanConfig.builder().optDataset("grid25").optHidden(8).build();
        try (NDManager manager = NDManager.newBaseManager()) {
            assertThatThrownBy(() -> new DualGan(manager, grid,
                    new DualGanNet(GanNets.generator(grid), new MlpDualDiscriminator(2, 8))))
                    .isInstanceOf(ConfigException.class).hasMessage("pack is 3 but the networks' pack is 1");
        }
    }

    @Test
    void theNewtonSolverClosesEachStepsGapWhereThreeSweepsDoNot() {
        Map<DualSolver, Double> gaps = new java.util.EnumMap<>(DualSolver.class);
        for (DualSolver solver : DualSolver.values()) {
            Engine.getInstance().setRandomSeed(7);
            try (NDManager manager = NDManager.newBaseManager()) {
                // the MLP dual on 4x4 images with a small C: an ill-conditioned Gram matrix of 24 points
                DualGanConfig config = DualGanConfig.builder().optDataset("mnist").optImageShape(ImageShape.square(1, 4))
                        .optGeneratorArch(Architecture.MLP).optLatent(3).optHidden(16).optC(1)
                        .optDualSteps(3).optDualSolver(solver).build();
                DualGan gan = new DualGan(manager, config, 7);
                double worst = 0;
                for (int step = 0; step < 5; step++) {
                    worst = Math.max(worst, gan.trainStep(manager.randomUniform(0, 1, new Shape(12, 16))).get("gap"));
                }
                gaps.put(solver, worst);
            }
        }
        // measured: the largest gap of 5 steps, in nats summed over the 24 points
        assertThat(gaps.get(DualSolver.NEWTON)).isLessThanOrEqualTo(DualGanConfig.NEWTON_GAP * 24);
        assertThat(gaps.get(DualSolver.ASCENT)).isGreaterThan(100 * DualGanConfig.NEWTON_GAP * 24);
    }

    @Test
    void mlpUpdateMovesTheScoresAsTheLinearizationPredictsInEitherMetric() {
        // C chosen for a small step in each metric: the per-tensor Gram's diagonal is about 6
        updateMovesTheScoresAsPredicted(ProximalMetric.EUCLIDEAN, 200);
        updateMovesTheScoresAsPredicted(ProximalMetric.PER_TENSOR, 1000);
    }

    private static void updateMovesTheScoresAsPredicted(ProximalMetric metric, double c) {
        Engine.getInstance().setRandomSeed(4);
        try (NDManager manager = NDManager.newBaseManager()) {
            MlpDualDiscriminator d = initializedMlp(manager, 2, 8, metric);
            ParameterStore store = new ParameterStore(manager, false);
            NDArray points = manager.randomNormal(new Shape(8, 2));
            Linearization lin = d.linearize(store, points, 4);
            GramLogisticDual dual = new GramLogisticDual(lin.gram(), 4, lin.offsets(), c);
            double[] beta = dual.coefficients(dual.ascend(GramLogisticDual.multipliersFor(lin.scores()), 50).lambda());
            d.update(store, points, beta, c, lin.metric());
            float[] after = d.score(store, points).toFloatArray();
            for (int i = 0; i < 8; i++) {
                // f(w_k + s) = f(w_k) + (K beta)_i / C + O(||s||^2)
                double predicted = lin.offsets()[i];
                for (int j = 0; j < 8; j++) {
                    predicted += lin.gram()[i][j] * beta[j] / c;
                }
                double moved = predicted - lin.offsets()[i];
                assertThat((double) after[i]).isCloseTo(predicted, within(0.05 * Math.abs(moved) + 1e-4));
            }
        }
    }

    @Test
    void linearIdentityDualRecoversThePrimalMinimizer() {
        try (NDManager manager = NDManager.newBaseManager()) {
            LinearDualDiscriminator d = new LinearDualDiscriminator(FeatureSpec.IDENTITY, 2, 1);
            d.block().initialize(manager, DataType.FLOAT32, new Shape(1, 2));
            ParameterStore store = new ParameterStore(manager, false);
            NDArray data = manager.create(new float[] {1, 0.5f, 2, 1, 0.5f, 1.5f, 1.5f, -0.5f}, new Shape(4, 2));
            NDArray generated = manager.create(new float[] {-1, 0, -0.5f, -1, 0, 0.5f, -2, 0.2f}, new Shape(4, 2));
            NDArray points = data.concat(generated);
            double c = 0.7;
            Linearization lin = d.linearize(store, points, 4);
            GramLogisticDual dual = new GramLogisticDual(lin.gram(), 4, lin.offsets(), c);
            GramLogisticDual.Solution solution = dual.ascend(GramLogisticDual.multipliersFor(lin.scores()), 500);
            d.update(store, points, dual.coefficients(solution.lambda()), c, lin.metric());
            double[] w = Linearization.toDoubles(d.w());
            double[] wPrimal = new LogisticDual(rows(data), rows(generated), c).minimizePrimal(1e-10, 100);
            assertThat(w).containsExactly(wPrimal, within(1e-4));
            assertThat(solution.gap()).isBetween(-1e-6, 1e-6);
        }
    }

    @Test
    void randomFourierFeaturesApproximateTheRbfKernel() {
        try (NDManager manager = NDManager.newBaseManager()) {
            RandomFourierFeatures rff = new RandomFourierFeatures(2, 8192, 0.5, 11);
            rff.initialize(manager, DataType.FLOAT32, new Shape(1, 2));
            NDArray x = manager.create(new float[] {0, 0, 0.3f, 0.4f, 1, -1}, new Shape(3, 2));
            NDArray phi = rff.forward(new ParameterStore(manager, false), new ai.djl.ndarray.NDList(x), false)
                    .singletonOrThrow();
            double[][] k = rows(phi.matMul(phi.transpose()));
            double[][] p = rows(x);
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    double dx = p[i][0] - p[j][0];
                    double dy = p[i][1] - p[j][1];
                    // k(x, y) = exp(-||x - y||^2 / (2 h^2)), h = 0.5
                    assertThat(k[i][j]).isCloseTo(Math.exp(-(dx * dx + dy * dy) / 0.5), within(0.04));
                }
            }
        }
    }

    @Test
    void featureSpecParsesAndRejectsWithTheFieldName() {
        assertThat(FeatureSpec.parse("identity").isIdentity()).isTrue();
        assertThat(FeatureSpec.parse("rff:256:1.0")).isEqualTo(new FeatureSpec(256, 1.0));
        for (String bad : new String[] {"rff", "rff:0:1", "rff:10:-1", "rff:x:1", "poly:3", "rff:10:NaN"}) {
            assertThatThrownBy(() -> FeatureSpec.parse(bad)).isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith("features must be identity or rff:D:BANDWIDTH")
                    .satisfies(e -> assertThat(((ConfigException) e).field()).isEqualTo("features"));
        }
    }
}
