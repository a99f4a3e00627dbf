package genlab.spark;

import genlab.GenLabException;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SparkRunnerStartTest {

    @Test
    void aMasterSparkCannotUseIsAOneLineErrorNamingIt() {
        assertThatThrownBy(() -> SparkRunner.start(Optional.of("nowhere://x"), 1)).isInstanceOf(GenLabException.class)
                .hasMessageStartingWith("master nowhere://x: Spark could not start (")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aClusterMasterThatDoesNotAnswerIsAOneLineErrorAtOnce() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        long start = System.nanoTime();
        assertThatThrownBy(() -> SparkRunner.start(Optional.of("spark://127.0.0.1:" + port), 1))
                .isInstanceOf(GenLabException.class)
                .hasMessageStartingWith("master spark://127.0.0.1:" + port + ": no Spark master answers at 127.0.0.1:"
                        + port + " (").hasMessageEndingWith("start one first, for example with cluster");
        // not after Spark's minute of retries
        assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
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
