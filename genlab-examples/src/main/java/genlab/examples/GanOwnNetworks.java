package genlab.examples;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.initializer.UniformInitializer;
import genlab.LearningRateSchedule;
import genlab.Recipe;
import genlab.TrainingConfig;
import genlab.data.GaussianMixture2d;
import genlab.eval.ModeCoverage;
import genlab.gan.Gan;
import genlab.gan.GanConfig;
import genlab.gan.GanNet;
import genlab.gan.GanRecipes;
import genlab.train.GameData;
import genlab.train.Trainer;
import java.util.Optional;

/**
 * Example (f): a classical GAN whose generator and discriminator are your own networks, plain DJL
 * blocks, on the ring of 8 Gaussians (VEEGAN's 2-D setup) for 30 epochs at a constant learning
 * rate, then the mode coverage of its samples.
 */
public final class GanOwnNetworks {

    public static void main(String[] args) {
        Recipe<GanConfig> ring8 = GanRecipes.ring8();
        TrainingConfig training = ring8.training().toBuilder().optEpochs(30).optLrSchedule(LearningRateSchedule.CONSTANT).build();
        Trainer trainer = Trainer.builder(training).build();
        try (NDManager manager = NDManager.newBaseManager()) {
            GanNet players = GanNet.builder().setGenerator(mlp(2)).setDiscriminator(mlp(1))
                    .setExampleShape(new Shape(2)).setLatent(ring8.model().latent()).build();
            players.setInitializer(new UniformInitializer(0.1f), parameter -> true);   // weights and biases in +-0.1
            Gan gan = trainer.fit(new Gan(manager, ring8.model(), players),
                    GameData.load(ring8.model(), training, Optional.empty()).trainingData()).model();
            float[] points = gan.sample(manager, 2_500, 7).toFloatArray();
            System.out.println(ModeCoverage.of(points, 2_500, GaussianMixture2d.ring8()).summary());
        }
    }

    // two hidden layers of 128 ReLU units, then a linear layer to `out` values
    private static Block mlp(int out) {
        return new SequentialBlock().add(Linear.builder().setUnits(128).build()).add(Activation::relu)
                .add(Linear.builder().setUnits(128).build()).add(Activation::relu).add(Linear.builder().setUnits(out).build());
    }

    private GanOwnNetworks() {}
}
