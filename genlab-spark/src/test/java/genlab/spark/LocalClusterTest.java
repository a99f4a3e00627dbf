package genlab.spark;

import genlab.dualgan.DiscriminatorKind;
import genlab.run.RunLock;
import genlab.run.TrainingCheckpoint;
import genlab.sweep.StabilityStudy;
import genlab.sweep.SweepCell;
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
    private static List<SweepCell> cells(Path root) {
        return StabilityStudy.builder().setDataset("ring8").optSeeds(2).optEpochs(4).optLearningRates(List.of(1e-3))
                .optFamilies(List.of(DiscriminatorKind.LINEAR)).optBatchSize(64).optThreads(1).build().cells(root);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aSweepOnTwoWorkersOneKilledMidwayGivesTheEmbeddedMastersRowsAndResumesTheLostCell() throws Exception {
        List<SweepCell.Row> embedded;
        try (SparkRunner local = SparkRunner.start(Optional.of("local[1]"), 1)) {
            embedded = local.run(cells(dir.resolve("local")), SweepCell::run, o -> { });
        }
        List<SweepCell> cells = cells(dir.resolve("cluster-sweep"));
        List<SweepCell.Row> clustered;
        try (LocalCluster cluster = LocalCluster.start(dir.resolve("cluster"), 2, 1);
                SparkRunner runner = SparkRunner.start(Optional.of(cluster.masterUrl()), 1)) {
            assertThat(runner.master()).startsWith("spark://127.0.0.1:");
            // both workers' executors see the study's folder (one probe task or more each)
            runner.requireShared(dir);
            try (var files = Files.list(dir)) {
                assertThat(files.filter(f -> f.getFileName().toString().startsWith(".genlab-probe"))).isEmpty();
            }
            CompletableFuture<List<SweepCell.Row>> sweep = CompletableFuture.supplyAsync(() -> {
                try {
                    return runner.run(cells, SweepCell::run, o -> { });
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
            SweepCell.Row a = embedded.get(i);
            SweepCell.Row b = clustered.get(i);
            assertThat(b.name()).isEqualTo(a.name());
            for (String column : List.of("modes covered of 8", "high-quality %", "steps", "objective_tail_sd")) {
                assertThat(b.values().get(column)).as("cell %d: %s", i, column).isEqualTo(a.values().get(column));
            }
            assertThat(Path.of(cells.get(i).folder()).resolve(SweepCell.ROW)).exists();
        }
        // the lost cell went on from its checkpoint, not from the start; the others ran in one go
        assertThat(clustered.get(2).values().get("resumed_after_epoch")).isBetween(1.0, 3.0);
        assertThat(embedded).allMatch(o -> o.values().get("resumed_after_epoch") == 0);
    }

    private static void awaitCheckpointOf(Path cell, CompletableFuture<?> sweep) throws InterruptedException {
        while (!Files.exists(cell.resolve(TrainingCheckpoint.FILE))) {
            assertThat(sweep).as("the sweep ended before cell %s saved a checkpoint", cell).isNotDone();
            Thread.sleep(50);
        }
    }
}
