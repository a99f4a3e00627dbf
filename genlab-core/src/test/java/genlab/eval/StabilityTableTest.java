package genlab.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StabilityTableTest {

    @Test
    void summaryOfKnownValues() {
        Summary s = Summary.of(new double[] {2, 4, 4, 4, 5, 5, 7, 9});
        assertThat(s.mean()).isEqualTo(5.0);
        // sum of squared deviations 32, n - 1 = 7
        assertThat(s.std()).isCloseTo(Math.sqrt(32.0 / 7), within(1e-12));
        assertThat(s.median()).isEqualTo(4.5);
        assertThat(s.max()).isEqualTo(9.0);
        assertThat(Summary.of(new double[] {3, 1, 2}).median()).isEqualTo(2.0);
        assertThat(Summary.of(new double[] {3}).std()).isZero();
        assertThat(Summary.of(new double[0]).mean()).isNaN();
    }

    @Test
    void traceSpreadUsesOnlyTheLastFifthOfTheSteps() {
        ObjectiveTrace trace = new ObjectiveTrace();
        for (int i = 0; i < 1000; i++) {
            // wild for the first 800 steps, then alternating 1, 3 (sd of 200 such values: sqrt(200/199))
            trace.add(i < 800 ? 1e6 * Math.sin(i) : i % 2 == 0 ? 1 : 3);
        }
        assertThat(trace.size()).isEqualTo(1000);
        assertThat(trace.tailStd(0.2)).isCloseTo(Math.sqrt(200.0 / 199), within(1e-12));
        ObjectiveTrace one = new ObjectiveTrace();
        one.add(1);
        assertThat(one.tailStd(0.2)).isNaN();
    }

    @Test
    void rowsGroupSeedsAndCountDivergedAndCollapsedRuns() {
        List<GameRunOutcome> outcomes = List.of(
                outcome("gan", 1e-3, 8, 0.5, false),
                outcome("gan", 1e-3, 2, 0.1, false),
                outcome("gan", 1e-3, 0, Double.NaN, true),
                outcome("dualgan", 1e-3, 7, 0.2, false),
                outcome("dualgan", 1e-3, 5, 0.4, false));
        List<StabilityTable.Row> rows = new StabilityTable(outcomes).rows();
        assertThat(rows).hasSize(2);
        StabilityTable.Row gan = rows.get(0);
        assertThat(gan.runs()).isEqualTo(3);
        // the diverged run's scores are left out of the means
        assertThat(gan.scores().get(MODES).mean()).isEqualTo(5.0);
        assertThat(gan.diverged()).isEqualTo(1);
        assertThat(gan.collapsed()).isEqualTo(1);
        // the diverged run's NaN spread is left out of the median
        assertThat(gan.objectiveTailStd()).isCloseTo(0.3, within(1e-12));
        StabilityTable.Row dual = rows.get(1);
        assertThat(dual.scores().get(MODES).mean()).isEqualTo(6.0);
        assertThat(dual.diverged() + dual.collapsed()).isZero();
        assertThat(new StabilityTable(outcomes).markdown(CellScore.COVERAGE_RULE))
                .startsWith("| method | discriminator | lr | runs | modes covered of 8 (mean ± sd) | high-quality % "
                        + "(mean ± sd) | objective sd, last 20% (median) | diverged | collapsed (<= 2 modes) |\n"
                        + "|---|---|---|---|---|---|---|---|---|\n")
                .contains("| gan | mlp | 0.001 | 3 | 5.0 ± 4.2 | 25.0 ± 21.2 | 0.300 | 1 | 1 |")
                .contains("| dualgan | mlp | 0.001 | 2 | 6.0 ± 1.4 | 30.0 ± 7.1 | 0.300 | 0 | 0 |");
    }

    @Test
    void imageRunsCollapseBelowAnInceptionScoreOf3OrWithHalfTheirSamplesInOneClass() {
        assertThat(CellScore.samples(6.5, 30, 0.12).collapsed()).isFalse();
        assertThat(CellScore.samples(2.9, 30, 0.12).collapsed()).isTrue();
        assertThat(CellScore.samples(6.5, 30, 0.51).collapsed()).isTrue();
        assertThat(CellScore.samples(Double.NaN, Double.NaN, 0.1).collapsed()).isTrue();
        assertThat(CellScore.samples(6.5, 30, 0.12).scores()).containsExactly(Map.entry("IS", 6.5), Map.entry("FD", 30.0),
                Map.entry("largest class %", 12.0));
        assertThat(CellScore.SAMPLES_RULE).isEqualTo("IS < 3 or one class > 50%");
    }

    private static final String MODES = "modes covered of 8";

    private static GameRunOutcome outcome(String method, double lr, int modes, double spread, boolean diverged) {
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put(MODES, (double) modes);
        scores.put("high-quality %", modes * 5.0);
        return new GameRunOutcome(method, "mlp", lr, 1, 100, scores, spread, diverged,
                !diverged && modes <= CellScore.COLLAPSE_MODES, 0, 1.0);
    }
}
