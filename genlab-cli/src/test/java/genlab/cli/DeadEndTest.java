package genlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A stopped run always has a way on: resume continues it, or starts it over when no epoch finished. */
class DeadEndTest {

    @TempDir
    Path dir;

    @Test
    void aRunThatDivergedInItsFirstEpochIsResumedFromItsConfig() throws IOException {
        Path run = dir.resolve("diverged");
        CliTestSupport.Result r = CliTestSupport.runWithNanAt(3, CliTestSupport.with(CliTestSupport.SMALL_GAN, "--epochs", "2", "--out", run.toString()));
        CliTestSupport.assertUserError(r, "training diverged: d_loss = NaN at epoch 1, batch 3 (try a smaller learning rate); "
                + "no epoch had finished: continue with 'genlab resume " + run + " --lr <smaller>'");
        // a rerun is pointed at resume, and resume starts the run over from its config
        CliTestSupport.assertUserError(CliTestSupport.run(CliTestSupport.with(CliTestSupport.SMALL_GAN, "--epochs", "2", "--out",
                run.toString())), "continue that run with 'genlab resume " + run + "'");
        CliTestSupport.Result resumed = CliTestSupport.run("resume", run.toString(), "--lr", "1e-4", "--threads", "1");
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("no epoch had finished: starting the run over from epoch 1 of 2");
        assertThat(Files.readAllLines(run.resolve("metrics.csv"))).hasSize(3);
    }

    @Test
    void anAbsurdLearningRateDivergesWithTheResumeCommand() {
        Path run = dir.resolve("lr");
        CliTestSupport.Result r = CliTestSupport.run(CliTestSupport.with(CliTestSupport.SMALL_GAN, "--epochs", "2", "--lr",
                "1e30", "--out", run.toString()));
        CliTestSupport.assertUserError(r, "training diverged");
        assertThat(r.err()).contains("continue with 'genlab resume " + run + " --lr <smaller>'");
    }

    @Test
    void resumeSaysHowManyEpochsTheRunAlreadyHas() {
        Path run = CliTestSupport.trainSmallGan(dir.resolve("three"), 3);
        CliTestSupport.assertUserError(CliTestSupport.run("resume", run.toString(), "--epochs", "2"),
                "--epochs 2 is not more than the 3 epochs ");
    }

    /**
     * SIGTERM or SIGINT (Ctrl-C) in the first epoch and in a later one: one line says where the run
     * stopped and how to continue, and that command works.
     */
    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT"})
    void aSignalStopsTheRunWithOneLineThatSaysHowToContinue(String signal) throws Exception {
        Path run = dir.resolve("signal-" + signal);
        Path log = dir.resolve("signal-" + signal + ".log");
        // 1,500 batches: the first epoch takes a few seconds
        Process first = CliProcess.builder(dir, Map.of(), log, "gan", "--dataset", "ring8", "--batches-per-epoch",
                "1500", "--batch-size", "64", "--threads", "1", "--epochs", "100", "--out", run.toString()).start();
        assertThat(CliProcess.await(first, log, "run folder: ")).as("the run started").isTrue();
        // into epoch 1, which takes a few seconds
        Thread.sleep(1000);
        String output = stop(first, signal, log);
        assertThat(output).contains("\ngenlab: stopped before its first epoch ended (nothing saved); continue with "
                + "'genlab resume " + run + "'\n");

        Path log2 = dir.resolve("signal-" + signal + "-2.log");
        Process second = CliProcess.builder(dir, Map.of(), log2, "resume", run.toString(), "--epochs", "100",
                "--threads", "1").start();
        assertThat(CliProcess.await(second, log2, " 1/100  train")).as("the resumed run ends epoch 1").isTrue();
        output = stop(second, signal, log2);
        assertThat(output).contains("starting the run over from epoch 1 of 100");
        assertThat(output).contains("\ngenlab: stopped during epoch 2 of 100 (epoch 1 is saved); continue with "
                + "'genlab resume " + run + "'\n");
        List<String> lines = output.lines().toList();
        assertThat(lines.get(lines.size() - 1)).startsWith("genlab: stopped during epoch 2");
        CliTestSupport.Result third = CliTestSupport.run("resume", run.toString(), "--epochs", "1", "--threads", "1");
        CliTestSupport.assertUserError(third, "--epochs 1 is not more than the 1 epoch ");
    }

    /**
     * SIGTERM or SIGINT while {@code sample} draws and writes 100,000 images (about 6 s), at three moments: no
     * stack trace (ImageIO's cache thread printed one), no cache file in the temp folder, and the
     * PNG whole or absent.
     */
    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT"})
    void aSignalDuringSampleLeavesNoStackTraceNoCacheAndNoHalfFile(String signal) throws Exception {
        Path run = dir.resolve("images-" + signal);
        CliTestSupport.Result trained = CliTestSupport.run("gan", "--arch", "mlp", "--hidden", "16", "--epochs", "1",
                "--limit", "256", "--threads", "1", "--out", run.toString());
        assertThat(trained.exitCode()).as(trained.err()).isZero();
        for (int millis : new int[] {1000, 2500, 4000}) {
            Path grid = dir.resolve("grid-" + signal + "-" + millis + ".png");
            Path log = dir.resolve("sample-" + signal + "-" + millis + ".log");
            Process p = CliProcess.builder(dir, Map.of(), log, "sample", run.toString(), "--n", "100000", "--threads",
                    "1", "--out", grid.toString()).start();
            Thread.sleep(millis);
            String output = stop(p, signal, log);
            assertThat(output).as("after %d ms", millis).doesNotContain("Exception").doesNotContain("\tat ");
            if (Files.exists(grid)) {
                assertThat(javax.imageio.ImageIO.read(grid.toFile())).as("a whole PNG").isNotNull();
            }
        }
        try (var left = Files.list(dir.resolve(".tmp"))) {
            assertThat(left.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.startsWith("imageio"));
        }
    }

    private static String stop(Process p, String signal, Path log) throws Exception {
        // the launcher's env and bash exec java: the process is the JVM itself
        new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).inheritIO().start().waitFor();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return Files.readString(log, StandardCharsets.UTF_8);
    }
}
