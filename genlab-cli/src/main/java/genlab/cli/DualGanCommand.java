package genlab.cli;

import genlab.Recipe;
import genlab.data.GameDatasets;
import genlab.dualgan.DiscriminatorKind;
import genlab.dualgan.DualGanConfig;
import genlab.dualgan.DualGanRecipes;
import genlab.dualgan.DualSolver;
import genlab.dualgan.ProximalMetric;
import genlab.gan.Architecture;
import genlab.gan.GeneratorLoss;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code genlab dualgan}: trains the Dualing GAN (dualized logistic discriminator) on a 2-D mixture or images. */
@Command(name = "dualgan", mixinStandardHelpOptions = true, resourceBundle = "genlab.cli.DualGanHelp",
        description = "Train a Dualing GAN: the discriminator is solved in its dual, both players ascend one objective.")
public final class DualGanCommand implements Callable<Integer> {

    @Option(names = "--dataset", description = "ring8 | grid25 | mnist | fashion-mnist | images:DIR, a folder of PNG or JPEG "
            + "images (default ${DEFAULT-VALUE})")
    String dataset = "ring8";

    @Option(names = "--discriminator", description = "linear (on --features, exact dual) | mlp (linearized at each "
            + "step) (default mlp).")
    DiscriminatorKind discriminator;

    @Option(names = "--features", description = "Features of the linear discriminator: identity | rff:D:BANDWIDTH "
            + "(default ${DEFAULT-VALUE}).")
    String features = DualGanConfig.FEATURES;

    @Option(names = "--arch", description = "Generator: mlp | conv (default mlp for 2-D data, conv for images).")
    Architecture arch;

    @Option(names = "--c", description = "C of the regularizer C/2 ||w||^2 (linear) or of the proximal term "
            + "C/2 ||s||^2 (mlp), for a batch's summed loss (default 3 for linear; for mlp 1e4 on 2-D data and 3e3 on images "
            + "with --proximal-metric euclidean; with per-tensor 10 on 2-D data, 3 on images and with --pack 2 or more).")
    Double c;

    @Option(names = "--dual-steps", description = "Coordinate-ascent sweeps over the dual variables per batch "
            + "(default 3 for 2-D data, 100 for images).")
    Integer dualSteps;

    @Option(names = "--dual-solver", description = "ascent (--dual-steps sweeps of coordinate ascent) | newton "
            + "(Newton steps until the duality gap is at most 1e-4 nats per point) (default newton).")
    DualSolver dualSolver;

    @Option(names = "--generator-loss", description = "minimax (the dual's own gradient, each sample weighted by "
            + "D(G(z))) | nonsaturating (weighted by 1 - D(G(z))) (default nonsaturating for the mlp dual on grid25, "
            + "minimax otherwise).")
    GeneratorLoss generatorLoss;

    @Option(names = "--proximal-metric", description = "euclidean (C/2 ||s||^2) | per-tensor (C/2 sum_t c_t "
            + "||s_t||^2, c_t the batch's mean squared gradient norm of weight tensor t), for the mlp discriminator "
            + "(default euclidean on ring8, per-tensor otherwise).")
    String proximalMetric;

    @Mixin
    GameOptions game = new GameOptions();

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    public Integer call() throws IOException {
        DualGanConfig.Builder builder = game.applyTo(DualGanConfig.builder().optDataset(dataset))
                .optDiscriminator(discriminator).optFeatures(features).optGeneratorArch(arch).optDualSolver(dualSolver)
                .optGeneratorLoss(generatorLoss);
        Optional.ofNullable(c).ifPresent(builder::optC);
        Optional.ofNullable(dualSteps).ifPresent(builder::optDualSteps);
        Optional.ofNullable(proximalMetric).map(ProximalMetric::parse).ifPresent(builder::optProximalMetric);
        if (game.pack == null && game.batchSize != null) {
            // the packs follow the batch size given
            builder.optPack(DualGanRecipes.pack(discriminator != null ? discriminator : DualGanRecipes.DISCRIMINATOR,
                    GameDatasets.checkedId(dataset), game.batchSize));
        }
        DualGanConfig config = builder.build();
        Recipe<DualGanConfig> recipe = game.recipe(config);
        game.start(recipe, engine);
        return 0;
    }
}
