package genlab.spark;

import static org.assertj.core.api.Assertions.assertThat;

import genlab.dualgan.DiscriminatorKind;
import genlab.eval.GameRunOutcome;
import genlab.train.StabilityStudy;
import genlab.train.StudyCell;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class LocalClusterTest {

    @TempDir
    Path dir;

    // 4 ring8 cells of 2 epochs, single-threaded
    private static List<StudyCell> cells() {
        return StabilityStudy.builder().setDataset("ring8").optSeeds(2).optEpochs(2).optLearningRates(List.of(1e-3))
                .optFamilies(List.of(DiscriminatorKind.LINEAR)).optBatchSize(64).optThreads(1).build().cells();
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aSweepOnAStandaloneClusterOfTwoWorkersGivesTheRowsOfTheEmbeddedMasterBitForBit() throws IOException {
        List<GameRunOutcome> embedded;
        try (SparkRunner local = SparkRunner.start(Optional.of("local[1]"), 1)) {
            embedded = local.run(cells(), StudyCell::run, o -> { });
        }
        List<GameRunOutcome> clustered;
        try (LocalCluster cluster = LocalCluster.start(dir.resolve("cluster"), 2, 1);
                SparkRunner runner = SparkRunner.start(Optional.of(cluster.masterUrl()), 1)) {
            assertThat(runner.master()).startsWith("spark://127.0.0.1:");
            clustered = runner.run(cells(), StudyCell::run, o -> { });
            // the executors are JVMs of the workers, not this one
            assertThat(cluster.worker(0).descendants().count() + cluster.worker(1).descendants().count()).isPositive();
        }
        assertThat(clustered).hasSize(4);
        for (int i = 0; i < 4; i++) {
            GameRunOutcome a = embedded.get(i);
            GameRunOutcome b = clustered.get(i);
            assertThat(List.of(b.method(), b.seed(), b.steps())).isEqualTo(List.of(a.method(), a.seed(), a.steps()));
            assertThat(b.scores()).isEqualTo(a.scores());
            assertThat(b.objectiveTailStd()).isEqualTo(a.objectiveTailStd());
        }
    }
}
