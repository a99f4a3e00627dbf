package genlab.spark;

import genlab.GenLabException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SparkRunnerStartTest {

    @Test
    void aMasterSparkCannotUseIsAOneLineErrorNamingIt() {
        assertThatThrownBy(() -> SparkRunner.start(Optional.of("nowhere://x"), 1)).isInstanceOf(GenLabException.class)
                .hasMessageStartingWith("master nowhere://x: Spark could not start (")
                .hasMessageNotContaining("\n");
        // this class path has no YARN support: a Spark install's spark-submit has
        assertThatThrownBy(() -> SparkRunner.start(Optional.of("yarn"), 1)).isInstanceOf(GenLabException.class)
                .hasMessageStartingWith("master yarn: Spark could not start (")
                .hasMessageEndingWith("; YARN and Kubernetes masters take the assembly jar (genlab-spark-VERSION.jar) "
                        + "through a Spark install's spark-submit");
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

    @Test
    void theMasterAndSettingsThatSparkSubmitGivesWinOverTheEmbeddedDefaults() {
        // spark-submit hands its --master and --conf to the driver as spark.* system properties
        System.setProperty("spark.master", "local[1]");
        System.setProperty("spark.app.name", "my-study");
        try (SparkRunner runner = SparkRunner.start(Optional.empty(), 1)) {
            assertThat(runner.master()).isEqualTo("local[1]");
            assertThat(runner.setting("spark.app.name")).contains("my-study");
        } finally {
            System.clearProperty("spark.master");
            System.clearProperty("spark.app.name");
        }
        // a master given to GenLab itself is the one used
        System.setProperty("spark.master", "local[1]");
        try (SparkRunner runner = SparkRunner.start(Optional.of("local[2]"), 1)) {
            assertThat(runner.master()).isEqualTo("local[2]");
            assertThat(runner.setting("spark.app.name")).contains("genlab");
        } finally {
            System.clearProperty("spark.master");
        }
    }

    @Test
    void aProbeTaskSaysWhichHostDoesNotSeeTheDriversFolder(@TempDir Path dir) throws IOException {
        String host = InetAddress.getLocalHost().getHostName();
        assertThat(FolderProbe.probe(dir.toString(), "t1")).isEqualTo(host + ": does not see " + dir
                + " (NoSuchFileException), where the driver wrote; cells need a folder every host sees at the same "
                + "path (a shared file system)");
        Files.writeString(dir.resolve(".genlab-probe-t1"), "t1");
        assertThat(FolderProbe.probe(dir.toString(), "t1")).isEmpty();
        Files.writeString(dir.resolve(".genlab-probe-t2"), "another");
        assertThat(FolderProbe.probe(dir.toString(), "t2")).startsWith(host + ": reads another ");
        // the probe leaves only the driver's markers behind
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsOnly(".genlab-probe-t1", ".genlab-probe-t2");
        }
    }
}
