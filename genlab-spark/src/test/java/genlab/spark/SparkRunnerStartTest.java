package genlab.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import genlab.GenLabException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SparkRunnerStartTest {

    @Test
    void aMasterSparkCannotUseIsAOneLineErrorNamingIt() {
        assertThatThrownBy(() -> SparkRunner.start(Optional.of("nowhere://x"), 1)).isInstanceOf(GenLabException.class)
                .hasMessageStartingWith("--master nowhere://x: Spark could not start (")
                .hasMessageNotContaining("\n");
    }

    @Test
    void theEmbeddedMasterHasASlotPerCellThatFitsTheCores() {
        int cores = Runtime.getRuntime().availableProcessors();
        try (SparkRunner runner = SparkRunner.start(Optional.empty(), 1)) {
            assertThat(runner.master()).isEqualTo("local[" + cores + "]");
        }
        try (SparkRunner runner = SparkRunner.start(Optional.empty(), cores + 1)) {
            assertThat(runner.master()).isEqualTo("local[1]");
        }
    }
}
