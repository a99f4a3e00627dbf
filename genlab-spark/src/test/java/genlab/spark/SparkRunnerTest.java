package genlab.spark;

import genlab.ConfigException;
import genlab.dualgan.DiscriminatorKind;
import genlab.sweep.StabilityStudy;
import genlab.sweep.SweepCell;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SparkRunnerTest {

    @TempDir
    Path dir;

    // two slots on an embedded master: cells may be scheduled side by side
    private static SparkRunner runner;

    @BeforeAll
    static void start() {
        runner = SparkRunner.start(Optional.of("local[2]"), 1);
    }

    @AfterAll
    static void stop() {
        runner.close();
    }

    @Test
    void resultsComeBackInTheCellsOrderAndEachIsReportedOnce() throws IOException {
        List<Integer> inputs = IntStream.range(0, 12).boxed().toList();
        List<Integer> reported = new ArrayList<>();
        // later cells are quicker, so they tend to end first
        List<Integer> squares = runner.run(inputs, x -> {
            sleep(5L * (12 - x));
            return x * x;
        }, reported::add);
        assertThat(squares).containsExactlyElementsOf(inputs.stream().map(x -> x * x).toList());
        assertThat(reported).containsExactlyInAnyOrderElementsOf(squares);
    }

    @Test
    void aStudyOnSparkGivesTheRunsOfTheSameCellsTrainedHereBitForBit() throws IOException {
        StabilityStudy study = StabilityStudy.builder().setDataset("ring8").optSeeds(2).optEpochs(1)
                .optLearningRates(List.of(1e-3)).optFamilies(List.of(DiscriminatorKind.LINEAR)).optBatchSize(64)
                .optThreads(1).build();
        List<SweepCell> cells = study.cells(dir.resolve("spark"));
        assertThat(cells).hasSize(4);
        List<SweepCell.Row> onSpark = runner.run(cells, SweepCell::run, o -> { });
        List<SweepCell> sameCells = study.cells(dir.resolve("here"));
        for (int i = 0; i < cells.size(); i++) {
            SweepCell.Row here = sameCells.get(i).run();
            SweepCell.Row there = onSpark.get(i);
            assertThat(there.name()).isEqualTo(here.name()).startsWith(i < 2 ? "gan-" : "dualgan-");
            assertThat(there.values().get("steps")).isEqualTo(100);
            assertThat(there.values().get("objective_tail_sd")).isPositive();
            // every number but the time the run took
            there.values().remove("seconds");
            here.values().remove("seconds");
            assertThat(there.values()).isEqualTo(here.values());
        }
    }

    @Test
    void aCellsOwnErrorReachesTheCallerAsItWasThrown() throws IOException {
        assertThatThrownBy(() -> runner.run(List.of(1, 2, 3), x -> {
            if (x == 2) {
                throw new ConfigException("epochs", "must be a positive integer, got 0");
            }
            return x;
        }, x -> { })).isInstanceOf(ConfigException.class).hasMessage("epochs must be a positive integer, got 0");
        // the runner still works after a failed sweep
        assertThat(runner.run(List.of(4), x -> x + 1, x -> { })).containsExactly(5);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
