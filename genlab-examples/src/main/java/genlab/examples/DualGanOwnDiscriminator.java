package genlab.examples;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import genlab.Recipe;
import genlab.TrainingConfig;
import genlab.dualgan.BlockDualDiscriminator;
import genlab.dualgan.DualGan;
import genlab.dualgan.DualGanConfig;
import genlab.dualgan.DualGanNet;
import genlab.dualgan.DualGanRecipes;
import genlab.gan.GanNets;
import genlab.train.GameData;
import genlab.train.Trained;
import genlab.train.Trainer;
import java.util.Optional;

/** Example (g): a Dualing GAN on ring8 whose discriminator is a block of your own, its dual solved at every step. */
public final class DualGanOwnDiscriminator {

    public static void main(String[] args) {
        Recipe<DualGanConfig> ring8 = DualGanRecipes.ring8();
        TrainingConfig training = ring8.training().toBuilder().optEpochs(3).optBatchSize(32).optBatchesPerEpoch(20).build();
        Trainer trainer = Trainer.builder(training).optThreads(1).build();
        try (NDManager manager = NDManager.newBaseManager()) {
            Block mine = new SequentialBlock().add(Linear.builder().setUnits(32).build()).add(Activation::tanh)
                    .add(Linear.builder().setUnits(1).build());
            DualGanNet players = new DualGanNet(GanNets.generator(ring8.model()), new BlockDualDiscriminator(mine,
                    new Shape(2)));
            Trained<DualGan> trained = trainer.fit(new DualGan(manager, ring8.model(), players),
                    GameData.load(ring8.model(), training, Optional.empty()).trainingData());
            trained.history().forEach(epoch -> System.out.printf("epoch %d: dual %.4f, primal %.4f nats per point%n",
                    epoch.epoch(), epoch.train().get("dual"), epoch.train().get("primal")));
        }
    }

    private DualGanOwnDiscriminator() {}
}
