package genlab.train;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class StepDistributionsTest {

    @Test
    void medianAndMaximumPerSampleOverOneEpochsSteps() {
        StepDistributions spread = new StepDistributions(List.of("gap"), term -> "nats per data point");
        // sums over batches of 10, 10, 10 and 5 samples: per sample 0.1, 0.3, 0.2, 2.0
        spread.onStep(Map.of("dual", 7.0, "gap", 1.0), 10);
        spread.onStep(Map.of("gap", 3.0), 10);
        spread.onStep(Map.of("gap", 2.0), 10);
        spread.onStep(Map.of("gap", 10.0), 5);
        EpochSummary epoch = spread.drain();
        assertThat(epoch.metrics()).containsExactly(Map.entry("train_gap_step_median", 0.25),
                Map.entry("train_gap_step_max", 2.0));
        assertThat(epoch.units()).containsEntry("train_gap_step_max", "nats per data point");
        assertThat(epoch.line()).isEqualTo("gap per step: median 2.5e-01, max 2.0e+00");
        // the next epoch starts over
        spread.onStep(Map.of("gap", 0.5), 10);
        assertThat(spread.drain().metrics()).containsEntry("train_gap_step_max", 0.05);
    }

    @Test
    void aModelThatFollowsNoTermAddsNothing() {
        StepDistributions none = new StepDistributions(List.of(), term -> "");
        none.onStep(Map.of("loss", 1.0), 1);
        assertThat(none.drain()).isEqualTo(EpochSummary.NONE);
    }
}
