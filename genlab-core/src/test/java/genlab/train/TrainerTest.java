package genlab.train;

import ai.djl.ndarray.NDManager;
import genlab.Recipe;
import genlab.TrainingConfig;
import genlab.data.ImageDatasets;
import genlab.run.Checkpoint;
import genlab.run.RunFolder;
import genlab.vae.Vae;
import genlab.vae.VaeConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** The trainer in memory: typed events in order, the model and its history back, the bits of a run folder's. */
class TrainerTest {

    private static final Recipe<VaeConfig> SMALL = new Recipe<>(VaeConfig.builder().optHidden(64).optLatent(4).build(),
            TrainingConfig.builder().optEpochs(2).optSeed(5).build());

    @TempDir
    Path dir;

    private static ImageDatasets.Splits mnist() {
        return ImageDatasets.load("mnist").first(2_000, 500);
    }

    @Test
    void fitTrainsInMemoryTellsTypedEventsAndReturnsTheModelWithItsHistory() {
        List<TrainingEvent> events = new ArrayList<>();
        Trainer trainer = Trainer.builder(SMALL.training()).optThreads(1).addListener(events::add).build();
        try (NDManager manager = NDManager.newBaseManager()) {
            Vae vae = new Vae(manager, SMALL.model());
            Trained<Vae> trained = trainer.fit(vae, TrainingData.images(mnist(), trainer.training()));
            assertThat(trained.model()).isSameAs(vae);
            assertThat(trained.history()).extracting(EpochResult::epoch).containsExactly(1, 2);
            // an untrained VAE is at about 543 nats per image; two epochs of 16 batches of MNIST reach about 290
            assertThat(trained.last().test().get("loss")).isBetween(200.0, 350.0)
                    .isLessThan(trained.history().get(0).test().get("loss"));
        }
        assertThat(events.get(0)).isEqualTo(new TrainingEvent.RunStarted(java.util.Optional.empty(), 0, 2));
        assertThat(events.get(1)).isEqualTo(new TrainingEvent.PassStarted("epoch 1/2", 16, "batches"));
        assertThat(events.get(2)).isEqualTo(new TrainingEvent.BatchEnded(1, 16));
        assertThat(events.get(events.size() - 1)).isEqualTo(new TrainingEvent.RunEnded(2));
        List<TrainingEvent.EpochEnded> epochs = events.stream().filter(TrainingEvent.EpochEnded.class::isInstance)
                .map(TrainingEvent.EpochEnded.class::cast).toList();
        assertThat(epochs).hasSize(2);
        TrainingEvent.EpochEnded last = epochs.get(1);
        assertThat(last.metrics()).extracting(Metric::name).containsExactly("train_loss", "train_recon", "train_kl",
                "test_loss", "test_recon", "test_kl", "seconds");
        assertThat(last.metrics().get(3)).isEqualTo(new Metric("test_loss", last.result().test().get("loss"),
                "nats per example"));
        assertThat(last.value("test_kl")).hasValue(last.result().test().get("kl"));
        assertThat(last.line()).startsWith("epoch  2/2  train loss ");
    }

    @Test
    void aFitInMemoryWritesTheWeightsOfTheSameRecipeTrainedIntoARunFolder() throws Exception {
        Path inMemory = dir.resolve("in-memory.params");
        Trainer trainer = Trainer.builder(SMALL.training()).optThreads(1).build();
        try (NDManager manager = NDManager.newBaseManager()) {
            Vae vae = new Vae(manager, SMALL.model());
            trainer.fit(vae, TrainingData.images(mnist(), trainer.training()));
            Checkpoint.save(vae.net(), inMemory);
        }
        try (NDManager manager = NDManager.newBaseManager()) {
            Run.builder(SMALL).optFolder(dir.resolve("run")).optImages(mnist()).build().start(trainer, manager);
        }
        assertThat(Files.readAllBytes(dir.resolve("run").resolve(RunFolder.MODEL))).isEqualTo(Files.readAllBytes(inMemory));
    }
}
