package genlab.spark;

import genlab.ConfigException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExecutorStartFailureTest {

    @Test
    void theLineNamesTheExecutorItsOwnFirstErrorAndItsStderr() {
        String log = """
                ==== Bytes 0-1668 of 1668 of /work/app-1/3/stderr ====
                Spark Executor Command: "java" "-cp" "jars/*" "org.apache.spark.executor.CoarseGrainedExecutorBackend"
                ========================================

                Error opening zip file or JAR manifest missing : /x.jar
                more
                """;
        assertThat(ExecutorStartFailure.describe("10.0.0.2", "3", log)).isEqualTo("executor 3 on 10.0.0.2: Error "
                + "opening zip file or JAR manifest missing : /x.jar; its stderr is /work/app-1/3/stderr");
        assertThat(ExecutorStartFailure.describe("h", "0", "==== Bytes 0-0 of 0 of /s ====\n"))
                .isEqualTo("executor 0 on h: it wrote nothing to its stderr; its stderr is /s");
    }

    @Test
    void onlyAStandaloneMasterIsWatched() {
        assertThat(ExecutorStartFailure.watch("spark://10.0.0.1:7077", 8080, "app-1")).isPresent();
        assertThat(ExecutorStartFailure.watch("yarn", 8080, "app-1")).isEmpty();
        assertThat(ExecutorStartFailure.watch("local[2]", 8080, "app-1")).isEmpty();
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void anExecutorThatDiesAsItStartsIsAOneLineErrorWithItsOwnMessageWithinSeconds(@TempDir Path dir) {
        Path missing = dir.resolve("missing.jar");
        try (LocalCluster cluster = LocalCluster.start(dir.resolve("cluster"), 1, 1)) {
            System.setProperty("spark.master.ui.port", Integer.toString(cluster.masterUiPort()));
            System.setProperty("spark.executor.extraJavaOptions", "-javaagent:" + missing);
            long start = System.nanoTime();
            assertThatThrownBy(() -> SparkRunner.start(Optional.of(cluster.masterUrl()), 1))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageMatching("master \\Q" + cluster.masterUrl() + "\\E: executors exit as they start, "
                            + "executor \\d+ on 127\\.0\\.0\\.1: Error opening zip file or JAR manifest missing : \\Q"
                            + missing + "\\E; its stderr is \\Q" + dir.resolve("cluster").resolve("work-0")
                            + "\\E/app-[-0-9]+/\\d+/stderr");
            // before the minute an executor has to join is out (6-24 s here, most of it the cluster's start)
            assertThat(System.nanoTime() - start).isLessThan(55_000_000_000L);
        } finally {
            System.clearProperty("spark.master.ui.port");
            System.clearProperty("spark.executor.extraJavaOptions");
        }
    }
}
