package genlab.spark;

import genlab.dualgan.DiscriminatorKind;
import genlab.eval.GameRunOutcome;
import genlab.run.RunLock;
import genlab.run.TrainingCheckpoint;
import genlab.sweep.StudyCell;
import genlab.sweep.StabilityStudy;
import genlab.sweep.StudyCell;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

class LocalClusterTest {

    @TempDir
    Path dir;

    // 4 ring8 cells of 4 epochs, single-threaded: the GAN's take about 1 s, the dual's about 14 s
    private static List<StudyCell> cells(Path root) {
        return StabilityStudy.builder().setDataset("ring8").optSeeds(2).optEpochs(4).optLearningRates(List.of(1e-3))
                .optFamilies(List.of(DiscriminatorKind.LINEAR)).optBatchSize(64).optThreads(1).build().cells(root);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aSweepOnTwoWorkersOneKilledMidwayGivesTheEmbeddedMastersRowsAndResumesTheLostCell() throws Exception {
        List<GameRunOutcome> embedded;
        try (SparkRunner local = SparkRunner.start(Optional.of("local[1]"), 1)) {
            embedded = local.run(cells(dir.resolve("local")), StudyCell::run, o -> { });
        }
        List<StudyCell> cells = cells(dir.resolve("cluster-sweep"));
        List<GameRunOutcome> clustered;
        try (LocalCluster cluster = LocalCluster.start(dir.resolve("cluster"), 2, 1);
                SparkRunner runner = SparkRunner.start(Optional.of(cluster.masterUrl()), 1)) {
            assertThat(runner.master()).startsWith("spark://127.0.0.1:");
            CompletableFuture<List<GameRunOutcome>> sweep = CompletableFuture.supplyAsync(() -> {
                try {
                    return runner.run(cells, StudyCell::run, o -> { });
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            // the first dual cell to save a checkpoint: kill the worker whose executor trains it
            Path lost = Path.of(cells.get(2).folder());
            awaitCheckpointOf(lost, sweep);
            long holder = Long.parseLong(Files.readString(lost.resolve(RunLock.FILE)).strip());
            int victim = cluster.worker(0).descendants().anyMatch(p -> p.pid() == holder) ? 0 : 1;
            assertThat(cluster.worker(victim).descendants().anyMatch(p -> p.pid() == holder)).isTrue();
            cluster.killWorker(victim);
            clustered = sweep.get(4, TimeUnit.MINUTES);
        }
        assertThat(clustered).hasSize(4);
        for (int i = 0; i < 4; i++) {
            GameRunOutcome a = embedded.get(i);
            GameRunOutcome b = clustered.get(i);
            assertThat(List.of(b.method(), b.seed(), b.steps())).isEqualTo(List.of(a.method(), a.seed(), a.steps()));
            assertThat(b.scores()).as("cell %d", i).isEqualTo(a.scores());
            assertThat(b.objectiveTailStd()).as("cell %d", i).isEqualTo(a.objectiveTailStd());
            assertThat(Path.of(cells.get(i).folder()).resolve(StudyCell.OUTCOME)).exists();
        }
        // the lost cell went on from its checkpoint, not from the start; the others ran in one go
        assertThat(clustered.get(2).resumedAfterEpoch()).isBetween(1, 3);
        assertThat(embedded).allMatch(o -> o.resumedAfterEpoch() == 0);
    }

    private static void awaitCheckpointOf(Path cell, CompletableFuture<?> sweep) throws InterruptedException {
        while (!Files.exists(cell.resolve(TrainingCheckpoint.FILE))) {
            assertThat(sweep).as("the sweep ended before cell %s saved a checkpoint", cell).isNotDone();
            Thread.sleep(50);
        }
    }
}
