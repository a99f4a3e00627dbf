package genlab.cli;

import ai.djl.ndarray.NDManager;
import genlab.Recipe;
import genlab.gan.Gan;
import genlab.gan.GanConfig;
import genlab.run.RunFolder;
import genlab.run.TrainingCheckpoint;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts a training run as a separate process and kills it with SIGKILL at random moments, 20
 * times, resuming after each kill; every time the run folder must hold a loadable checkpoint and
 * a metrics.csv of complete rows. Every other kill waits for a checkpoint's temp file to appear
 * and kills at once, so that it lands while a checkpoint is half written: the generator and
 * discriminator have 1024 units a layer, so each checkpoint is about 26 MB and takes milliseconds
 * to write.
 */
class CrashSafetyTest {

    private static final int KILLS = 20;

    @TempDir
    Path dir;

    @Test
    void sigkillAtRandomMomentsAlwaysLeavesALoadableCheckpointAndCompleteMetrics() throws Exception {
        Path run = dir.resolve("crash");
        Random rng = new Random(7);
        int duringWrite = 0;
        int resumed = 0;
        int verified = 0;
        String tempDir = CliProcess.tempDirOption(dir);
        for (int kill = 0; kill < KILLS; kill++) {
            boolean resume = Files.exists(run.resolve(TrainingCheckpoint.FILE));
            if (!resume && Files.exists(run)) {
                deleteTree(run);
            }
            resumed += resume ? 1 : 0;
            Path log = dir.resolve("log" + kill + ".txt");
            Process p = start(run, resume, log, tempDir);
            awaitTraining(p, log);
            if (kill % 2 == 0) {
                // a random moment of training: epochs take about 0.2 s
                p.waitFor(300 + rng.nextInt(2700), TimeUnit.MILLISECONDS);
            } else {
                awaitCheckpointWrite(p, run);
            }
            assertThat(p.isAlive()).as("run still training when killed, see %s", log).isTrue();
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            duringWrite += writingCheckpoint(run) ? 1 : 0;
            // killed before its first epoch ended, a fresh run has no checkpoint yet (and starts over)
            int epoch = Files.exists(run.resolve(TrainingCheckpoint.FILE)) ? loadCheckpoint(run) : 0;
            verified += epoch > 0 ? 1 : 0;
            List<String> rows = Files.exists(run.resolve("metrics.csv"))
                    ? Files.readAllLines(run.resolve("metrics.csv")) : List.of();
            for (int i = 1; i < rows.size(); i++) {
                String[] cells = rows.get(i).split(",", -1);
                assertThat(cells).hasSize(rows.get(0).split(",").length);
                assertThat(Integer.parseInt(cells[0])).isEqualTo(i);
                for (String cell : cells) {
                    // a whole number, or NaN where a metric is undefined (KL of an empty mode histogram)
                    assertThat(cell).matches("-?\\d+(\\.\\d+)?|NaN");
                }
            }
            assertThat(Math.max(0, rows.size() - 1)).isGreaterThanOrEqualTo(epoch);
        }
        System.out.printf("crash test: %d kills, %d during a checkpoint write, %d resumed runs, %d checkpoints "
                + "verified%n", KILLS, duringWrite, resumed, verified);
        assertThat(verified).isGreaterThanOrEqualTo(KILLS / 2);
        assertThat(duringWrite).as("kills during a checkpoint write").isGreaterThanOrEqualTo(KILLS / 4);
    }

    // waits (up to a minute) until the process has started its engine and announced its run folder
    private static void awaitTraining(Process p, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && p.isAlive() && !announced(log)) {
            Thread.sleep(50);
        }
    }

    // waits (up to a minute) until a checkpoint is being written: its temp file exists
    private static void awaitCheckpointWrite(Process p, Path run) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && p.isAlive() && !writingCheckpoint(run)) {
            Thread.onSpinWait();
        }
    }

    private static boolean writingCheckpoint(Path run) throws IOException {
        try (Stream<Path> files = Files.list(run)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith(".checkpoint.bin"));
        }
    }

    private static boolean announced(Path log) throws IOException {
        return Files.exists(log)
                && new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1).contains("run folder:");
    }

    private static Process start(Path run, boolean resume, Path log, String tempDir) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-cp", System.getProperty("java.class.path"),
                "-Dai.djl.offline=true", "-Dai.djl.pytorch.num_threads=1", "-Dai.djl.pytorch.num_interop_threads=1",
                "-Dslf4j.provider=org.slf4j.nop.NOPServiceProvider", "-Dslf4j.internal.verbosity=WARN",
                tempDir, "genlab.cli.Main"));
        if (resume) {
            command.addAll(List.of("resume", run.toString()));
        } else {
            command.addAll(List.of("gan", "--dataset", "ring8", "--hidden", "1024", "--batches-per-epoch", "2",
                    "--batch-size", "64",
                    "--out", run.toString()));
        }
        command.addAll(List.of("--epochs", "100000", "--threads", "1"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    // loads the last checkpoint into the model its config.json describes; returns its epoch
    private static int loadCheckpoint(Path run) {
        RunFolder folder = RunFolder.open(run);
        try (NDManager manager = NDManager.newBaseManager()) {
            Recipe<GanConfig> recipe = folder.readRecipe(GanConfig.class);
            Gan gan = new Gan(manager, recipe.model(), recipe.training().seed());
            int epoch = TrainingCheckpoint.load(run.resolve(TrainingCheckpoint.FILE), recipe, gan.net(),
                    gan.optimizers(), manager);
            assertThat(epoch).isPositive();
            return epoch;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).map(Path::toFile).forEach(File::delete);
        }
    }
}
