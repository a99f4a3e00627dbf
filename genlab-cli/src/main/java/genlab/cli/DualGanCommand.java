package genlab.cli;

import genlab.dualgan.DiscriminatorKind;
import genlab.dualgan.DualGanConfig;
import genlab.gan.Architecture;
import genlab.report.RunFolder;
import genlab.train.GameData;
import genlab.train.GameTraining;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code genlab dualgan}: trains the Dualing GAN (dualized logistic discriminator) on a 2-D mixture or images. */
@Command(name = "dualgan", mixinStandardHelpOptions = true,
        description = "Train a Dualing GAN: the discriminator is solved in its dual, both players ascend one objective.")
public final class DualGanCommand implements Callable<Integer> {

    /** Coordinate-ascent sweeps per batch: 3 solve the 2-D duals; image batches need about 100. */
    static final int DEFAULT_DUAL_STEPS = 3;
    static final int IMAGE_DUAL_STEPS = 100;

    @Option(names = "--dataset", description = "ring8 | grid25 | mnist | fashion-mnist (default ${DEFAULT-VALUE})")
    String dataset = "ring8";

    @Option(names = "--discriminator", description = "linear (on --features, exact dual) | mlp (linearized at each "
            + "step) (default linear for 2-D data, mlp for images).")
    DiscriminatorKind discriminator;

    @Option(names = "--features", description = "Features of the linear discriminator: identity | rff:D:BANDWIDTH "
            + "(default ${DEFAULT-VALUE}).")
    String features = "rff:256:0.3";

    @Option(names = "--arch", description = "Generator: mlp | conv (default mlp for 2-D data, conv for images).")
    Architecture arch;

    @Option(names = "--c", description = "C of the regularizer C/2 ||w||^2 (linear) or of the proximal term "
            + "C/2 ||s||^2 (mlp), for a batch's summed loss (default 3 for linear; for mlp 1e4 on 2-D data, 3e3 on images).")
    Double c;

    @Option(names = "--dual-steps", description = "Coordinate-ascent sweeps over the dual variables per batch "
            + "(default 3 for 2-D data, 100 for images).")
    Integer dualSteps;

    @Mixin
    GameOptions game = new GameOptions();

    @Mixin
    EngineOptions engine = new EngineOptions();

    /** C measured to work: 3 for the linear dual on RFF features, 1e4 (2-D) or 3e3 (images) for the MLP's. */
    static double defaultC(DiscriminatorKind kind, boolean planar) {
        return kind == DiscriminatorKind.LINEAR ? 3 : planar ? 1e4 : 3e3;
    }

    @Override
    public Integer call() throws IOException {
        String id = GameData.checkedId(dataset);
        int dimension = GameData.dimensionOf(dataset);
        boolean planar = dimension == 2;
        DiscriminatorKind kind = discriminator != null ? discriminator
                : planar ? DiscriminatorKind.LINEAR : DiscriminatorKind.MLP;
        double regularizer = c != null ? c : defaultC(kind, planar);
        Architecture generator = arch != null ? arch : planar ? Architecture.MLP : Architecture.CONV;
        int sweeps = dualSteps != null ? dualSteps : planar ? DEFAULT_DUAL_STEPS : IMAGE_DUAL_STEPS;
        DualGanConfig config = new DualGanConfig(DualGanConfig.MODEL, id, dimension, kind, features, generator,
                game.zDim, game.hidden(planar), game.channels, regularizer, sweeps, game.epochs(planar), game.batchSize,
                game.batchesPerEpoch, game.lr(planar), game.seed, game.limit).validated();
        game.folder.check();
        GameData data = game.load(dataset);
        try (RunFolder run = game.folder.claim(DualGanConfig.MODEL, id)) {
            GameTraining.dualGan(config, run, data, engine.settings(), false);
            return 0;
        }
    }
}
