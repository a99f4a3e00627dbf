package genlab.cli;

import genlab.Recipe;
import genlab.gan.Architecture;
import genlab.gan.GanConfig;
import genlab.gan.GeneratorLoss;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code genlab gan}: trains the classical GAN on images or on a 2-D mixture. */
@Command(name = "gan", mixinStandardHelpOptions = true, resourceBundle = "genlab.cli.GanHelp",
        description = "Train a classical GAN (defaults: the small conv GAN on MNIST).")
public final class GanCommand implements Callable<Integer> {

    @Option(names = "--dataset", description = "mnist | fashion-mnist | ring8 | grid25 | images:DIR, a folder of PNG or JPEG "
            + "images (default ${DEFAULT-VALUE})")
    String dataset = "mnist";

    @Option(names = "--arch", description = "conv | mlp (default conv for images, mlp for 2-D data).")
    Architecture arch;

    @Option(names = "--features", paramLabel = "SPEC", description = "Make the discriminator logistic regression on "
            + "these features, identity | rff:D:BANDWIDTH (the Dualing GAN's linear family); default: the --arch network.")
    String features;

    @Option(names = "--generator-loss", description = "minimax | nonsaturating (default ${DEFAULT-VALUE}).")
    GeneratorLoss generatorLoss = GeneratorLoss.NONSATURATING;

    @Option(names = "--d-steps", description = "Discriminator steps per batch (default ${DEFAULT-VALUE}).")
    int dSteps = 1;

    @Option(names = "--g-steps", description = "Generator steps per batch (default ${DEFAULT-VALUE}).")
    int gSteps = 1;

    @Mixin
    GameOptions game = new GameOptions();

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    public Integer call() throws IOException {
        GanConfig config = game.applyTo(GanConfig.builder().optDataset(dataset)).optArch(arch)
                .optFeatures(features).optGeneratorLoss(generatorLoss).optDSteps(dSteps).optGSteps(gSteps).build();
        Recipe<GanConfig> recipe = game.recipe(config);
        game.start(recipe, engine);
        return 0;
    }
}
