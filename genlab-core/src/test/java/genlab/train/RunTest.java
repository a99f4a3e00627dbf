package genlab.train;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import com.fasterxml.jackson.databind.JsonNode;
import genlab.ConfigException;
import genlab.Recipe;
import genlab.dualgan.BlockDualDiscriminator;
import genlab.dualgan.DualGanConfig;
import genlab.dualgan.DualGanNet;
import genlab.dualgan.DualGanRecipes;
import genlab.gan.GanNets;
import genlab.nn.GenerativeModel;
import genlab.run.RunFolder;
import genlab.vae.VaeConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

/** A run of networks of your own trains into a folder, loads back with the same players, and is only loaded once finished. */
class RunTest {

    private static final Recipe<DualGanConfig> SMALL = DualGanRecipes.ring8().withTraining(DualGanRecipes.ring8()
            .training().toBuilder().optEpochs(1).optBatchSize(32).optBatchesPerEpoch(5).build());

    @TempDir
    Path dir;

    // a generator of the recipe's architecture against a small tanh discriminator of your own
    private static DualGanNet players() {
        SequentialBlock mine = new SequentialBlock().add(Linear.builder().setUnits(8).build()).add(Activation::tanh)
                .add(Linear.builder().setUnits(1).build());
        return new DualGanNet(GanNets.generator(SMALL.model()), new BlockDualDiscriminator(mine, new Shape(2)));
    }

    @Test
    void aDualingGanOfYourOwnPlayersLoadsBackWithTheSamePlayersAndDrawsTheSameSamples() throws Exception {
        Path run = dir.resolve("own");
        Trainer trainer = Trainer.builder(SMALL.training()).optThreads(1).build();
        float[] trained;
        try (NDManager manager = NDManager.newBaseManager()) {
            RunResult result = Run.builder(SMALL).optFolder(run).optPlayers(players()).build().start(trainer, manager);
            trained = result.model(GenerativeModel.class).sample(manager, 16, 5).toFloatArray();
        }
        try (NDManager manager = NDManager.newBaseManager()) {
            float[] loaded = SavedModel.load(run, manager, players()).model().sample(manager, 16, 5).toFloatArray();
            assertThat(loaded).containsExactly(trained);
        }
        // config.json names the networks, not the reference architecture the run never built
        JsonNode config = RunFolder.readTree(run.resolve(RunFolder.CONFIG));
        assertThat(config.has("discriminator") || config.has("features") || config.has("hidden")).isFalse();
        assertThat(config.path("networks").path("players").asText()).isEqualTo("DualGanNet");
        assertThat(config.path("networks").path("discriminator").path("class").asText()).isEqualTo("SequentialBlock");
        // 2 x 8 + 8 weights and biases, then 8 + 1
        assertThat(config.path("networks").path("discriminator").path("parameters").asLong()).isEqualTo(33);
        // and the run continues from its checkpoint with the same players
        Recipe<DualGanConfig> longer = SMALL.withTraining(SMALL.training().toBuilder().optEpochs(2).build());
        try (NDManager manager = NDManager.newBaseManager()) {
            RunResult resumed = Run.builder(longer).optFolder(run).optPlayers(players()).build()
                    .resume(Trainer.builder(longer.training()).optThreads(1).build(), manager);
            assertThat(resumed.resumedAfter()).isEqualTo(1);
            assertThat(resumed.last().epoch()).isEqualTo(2);
        }
        // the reference players do not fit these parameters: the error says how such a run loads
        try (NDManager manager = NDManager.newBaseManager()) {
            assertThatThrownBy(() -> SavedModel.load(run, manager)).hasMessageEndingWith("a run trained with networks of "
                    + "your own loads with SavedModel.load(dir, manager, players)");
        }
    }

    @Test
    void startOrResumeOnlyLoadsARunWhoseCheckpointHoldsEveryEpoch() throws Exception {
        Path run = dir.resolve("finished");
        Trainer trainer = Trainer.builder(SMALL.training()).optThreads(1).build();
        Run ring8 = Run.builder(SMALL).optFolder(run).build();
        EpochResult first;
        try (NDManager manager = NDManager.newBaseManager()) {
            first = ring8.startOrResume(trainer, manager).last();
        }
        long written = Files.getLastModifiedTime(run.resolve(RunFolder.MODEL)).toMillis();
        try (NDManager manager = NDManager.newBaseManager()) {
            RunResult again = ring8.startOrResume(trainer, manager);
            assertThat(again.resumedAfter()).isEqualTo(1);
            assertThat(again.last().epoch()).isEqualTo(1);
            // read back from metrics.csv, which lists 4 decimals
            assertThat(again.last().train().get("dual")).isCloseTo(first.train().get("dual"), withinPercentage(0.01));
        }
        assertThat(Files.getLastModifiedTime(run.resolve(RunFolder.MODEL)).toMillis()).isEqualTo(written);
    }

    @Test
    void playersOfAnotherKindAreRefusedNamingTheField() {
        assertThatThrownBy(() -> Run.builder(Recipe.of(VaeConfig.reference())).optPlayers(players()).build())
                .isInstanceOf(ConfigException.class).hasMessage("players are a DualGanNet, expected a VaeNet for a vae");
    }
}
