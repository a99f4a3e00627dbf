package genlab.examples;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import genlab.Recipe;
import genlab.data.GaussianMixture2d;
import genlab.eval.ModeCoverage;
import genlab.gan.GanConfig;
import genlab.gan.GanNet;
import genlab.gan.GanNets;
import genlab.gan.GanRecipes;
import genlab.train.EpochResult;
import genlab.train.Run;
import genlab.train.SavedModel;
import genlab.train.Trainer;
import java.nio.file.Path;

/**
 * Example (c): a classical GAN whose generator is the user's own network, written as plain DJL
 * blocks, against GenLab's MLP discriminator, on the ring of 8 Gaussians (VEEGAN's 2-D setup).
 * GenLab trains it with its harness, then the run is loaded back into a fresh copy of the same
 * blocks and its samples are scored by mode coverage.
 */
public final class GanOwnGenerator {

    private static final int POINTS = 2_500;
    private static final int SEED = 2;

    /** z (n, 64) to a point (n, 2): three GELU layers of 64 units, then a linear layer. */
    static Block generator() {
        return new SequentialBlock()
                .add(Linear.builder().setUnits(64).build()).addSingleton(Activation::gelu)
                .add(Linear.builder().setUnits(64).build()).addSingleton(Activation::gelu)
                .add(Linear.builder().setUnits(64).build()).addSingleton(Activation::gelu)
                .add(Linear.builder().setUnits(2).build());
    }

    static GanNet net(GanConfig config) {
        return GanNet.builder().setGenerator(generator()).setDiscriminator(GanNets.discriminator(config, SEED))
                .setExampleShape(new Shape(2)).setLatent(config.zDim()).build();
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "runs/example-gan");
        Recipe<GanConfig> recipe = GanRecipes.ring8();
        recipe = recipe.withTraining(recipe.training().toBuilder().optEpochs(10).optSeed(SEED).build());
        GanConfig config = recipe.model();
        try (NDManager manager = NDManager.newBaseManager()) {
            EpochResult last = Run.builder(recipe).optFolder(dir).optPlayers(net(config)).build()
                    .start(Trainer.builder(recipe.training()).build(), manager).last();
            System.out.printf("GAN with own generator: D loss %.3f, G loss %.3f nats%n", last.train().get("d_loss"),
                    last.train().get("g_loss"));
            float[] points = SavedModel.load(dir, manager, net(config)).model().sample(manager, POINTS, 7)
                    .toFloatArray();
            ModeCoverage coverage = ModeCoverage.of(points, POINTS, GaussianMixture2d.ring8());
            System.out.println("loaded back: " + coverage.summary());
        }
    }

    private GanOwnGenerator() {}
}
