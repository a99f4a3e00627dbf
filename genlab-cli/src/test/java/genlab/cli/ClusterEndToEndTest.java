package genlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ClusterEndToEndTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void compareRunsOnTheClusterGenlabClusterStartsAndStoppingItEndsEveryProcess() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String master = "spark://127.0.0.1:" + port;
        Path log = dir.resolve("cluster.log");
        Process cluster = CliProcess.builder(dir, Map.of(), log, "cluster", "--workers", "2", "--cores", "1", "--port",
                Integer.toString(port), "--dir", dir.resolve("cluster").toString()).start();
        List<ProcessHandle> started = List.of();
        try {
            assertThat(CliProcess.await(cluster, log, "Spark master " + master + " with 2 workers of 1 core"))
                    .as(Files.readString(log)).isTrue();
            Path run = dir.resolve("cmp");
            CliTestSupport.Result r = CliTestSupport.run("compare", "--dataset", "ring8", "--seeds", "1", "--epochs",
                    "1", "--lrs", "1e-3", "--families", "linear", "--batch-size", "64", "--threads", "1", "--master",
                    master, "--out", run.toString());
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("Spark master " + master);
            assertThat(Files.readAllLines(run.resolve("runs.csv"))).hasSize(1 + 2);
            // the master, two workers and at least one executor
            started = cluster.descendants().toList();
            assertThat(started.size()).isGreaterThanOrEqualTo(4);
            // the master, the workers and the executors log what happened, through Spark's log4j2 setup
            Path logs = dir.resolve("cluster").resolve("logs");
            assertThat(Files.readString(logs.resolve("master.log"))).contains("INFO Master: Starting Spark master at "
                    + master);
            assertThat(Files.readString(logs.resolve("worker-0.log"))).contains("Successfully registered with master");
            try (var files = Files.walk(dir.resolve("cluster"))) {
                assertThat(files.filter(f -> f.getFileName().toString().equals("stderr")).map(ClusterEndToEndTest::read))
                        .anyMatch(text -> text.contains("INFO Executor: Starting executor"));
            }
            // a lost worker is said at once
            ProcessHandle worker = cluster.descendants().filter(ClusterEndToEndTest::isWorker).findFirst()
                    .orElseThrow();
            worker.destroyForcibly();
            assertThat(CliProcess.await(cluster, log, "(process " + worker.pid() + ") stopped; its runs go to the "
                    + "other workers")).as(Files.readString(log)).isTrue();
            cluster.destroy();
            assertThat(cluster.waitFor(60, TimeUnit.SECONDS)).isTrue();
            for (ProcessHandle child : started) {
                assertThat(child.onExit().get(30, TimeUnit.SECONDS).isAlive()).as("process %d", child.pid()).isFalse();
            }
        } finally {
            started.forEach(ProcessHandle::destroyForcibly);
            cluster.descendants().forEach(ProcessHandle::destroyForcibly);
            cluster.destroyForcibly();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // a Spark worker's JVM, by its command line
    private static boolean isWorker(ProcessHandle process) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"))
                    .contains("org.apache.spark.deploy.worker.Worker");
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void aTakenPortIsAOneLineUserError() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            CliTestSupport.assertUserError(CliTestSupport.run("cluster", "--port",
                    Integer.toString(socket.getLocalPort()), "--dir", dir.resolve("c").toString()),
                    "--port " + socket.getLocalPort() + " on 127.0.0.1 is taken");
        }
    }
}
