package genlab.cli;

import genlab.GenLabException;
import genlab.run.RunFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs never mix in one folder, and nothing the user did not ask to overwrite is overwritten. */
class RunFolderSafetyTest {

    @TempDir
    static Path dir;

    private static Path trained;

    @BeforeAll
    static void trainOneEpoch() {
        trained = CliTestSupport.trainSmallGan(dir.resolve("trained"), 1);
    }

    @Test
    void twoRunsStartedIntoOneFolderAtOnceLeaveOneWholeRunAndOneOneLineError() throws Exception {
        Path out = dir.resolve("contested");
        Process[] runs = new Process[2];
        Path[] logs = new Path[2];
        int[] seeds = {2, 7};
        for (int i = 0; i < 2; i++) {
            logs[i] = dir.resolve("contested-" + i + ".log");
            runs[i] = CliProcess.builder(dir, Map.of(), logs[i], "gan", "--dataset", "ring8", "--epochs", "3",
                    "--batches-per-epoch", "20", "--batch-size", "64", "--threads", "1", "--seed",
                    Integer.toString(seeds[i]), "--out", out.toString()).start();
        }
        int winner = -1;
        for (int i = 0; i < 2; i++) {
            assertThat(runs[i].waitFor(120, TimeUnit.SECONDS)).isTrue();
        }
        for (int i = 0; i < 2; i++) {
            String log = Files.readString(logs[i], StandardCharsets.UTF_8);
            if (runs[i].exitValue() == 0) {
                assertThat(winner).as("only one run may win the folder").isEqualTo(-1);
                winner = i;
            } else {
                assertThat(runs[i].exitValue()).as(log).isEqualTo(2);
                assertThat(log.lines().filter(l -> l.startsWith("genlab: ")).toList()).singleElement().asString()
                        .containsAnyOf("another genlab process", "already holds a run");
                assertThat(log).doesNotContain("Exception");
            }
        }
        assertThat(winner).as("one run wins the folder").isNotEqualTo(-1);
        // everything in the folder is the winner's: its seed, and its 3 epochs
        assertThat(Files.readString(out.resolve("config.json"))).containsPattern("\"seed\" : " + seeds[winner] + "\\b");
        assertThat(Files.readAllLines(out.resolve("metrics.csv"))).hasSize(4);
        assertThat(Files.readString(logs[winner], StandardCharsets.UTF_8)).contains("epoch  3/3");
    }

    @Test
    void aFolderThatIsBeingTrainedCannotBeClaimedByAnotherRunOrAResume() throws Exception {
        Path out = dir.resolve("busy");
        Path log = dir.resolve("busy.log");
        Process p = CliProcess.builder(dir, Map.of(), log, CliTestSupport.with(CliTestSupport.SMALL_GAN, "--epochs", "100000", "--out",
                out.toString())).start();
        try {
            assertThat(CliProcess.await(p, log, "run folder: ")).as("the run holds its folder").isTrue();
            CliTestSupport.assertUserError(CliTestSupport.run("resume", out.toString()),
                    "another genlab process (pid " + p.pid() + ") is writing this run");
            // a new run is refused by the live writer's name, before it looks at the files
            CliTestSupport.assertUserError(CliTestSupport.run(CliTestSupport.with(CliTestSupport.SMALL_GAN, "--epochs", "1", "--out",
                    out.toString(), "--force")), "another genlab process (pid " + p.pid() + ") is writing this run");
        } finally {
            p.destroyForcibly().waitFor();
        }
        // the lock dies with its process: the run can be resumed now
        CliTestSupport.Result resumed = CliTestSupport.run("resume", out.toString(), "--epochs", "2", "--threads", "1");
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    }

    @Test
    void aSecondClaimInTheSameProcessIsRefused() {
        Path out = dir.resolve("twice");
        try (RunFolder first = RunFolder.claimNew(out, "gan", "ring8", false)) {
            assertThatThrownBy(() -> RunFolder.claimNew(out, "gan", "ring8", true)).isInstanceOf(GenLabException.class)
                    .hasMessageContaining("another genlab process");
        }
        // released on close
        RunFolder.claimNew(out, "gan", "ring8", false).close();
    }

    @Test
    void defaultFoldersOfRunsStartedTogetherAreDistinct() throws Exception {
        Path cwd = Files.createDirectories(dir.resolve("together"));
        List<Process> runs = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path log = cwd.resolve("log" + i);
            logs.add(log);
            runs.add(CliProcess.builder(cwd, Map.of(), log, "gan", "--dataset", "ring8", "--epochs", "1",
                    "--batches-per-epoch", "2", "--batch-size", "16", "--threads", "1").start());
        }
        Set<String> folders = new TreeSet<>();
        Pattern announced = Pattern.compile("run folder: (\\S+)");
        for (int i = 0; i < 3; i++) {
            assertThat(runs.get(i).waitFor(120, TimeUnit.SECONDS)).isTrue();
            String log = Files.readString(logs.get(i), StandardCharsets.UTF_8);
            assertThat(runs.get(i).exitValue()).as(log).isZero();
            Matcher m = announced.matcher(log);
            assertThat(m.find()).as(log).isTrue();
            folders.add(m.group(1));
        }
        assertThat(folders).hasSize(3).allMatch(f -> f.matches("runs/gan-ring8-\\d{8}-\\d{6}-[0-9a-f]{4}"));
        try (Stream<Path> made = Files.list(cwd.resolve("runs"))) {
            assertThat(made.filter(f -> Files.exists(f.resolve("config.json"))).count()).isEqualTo(3);
        }
    }

    @Test
    void anEmptyOutIsRefused() {
        CliTestSupport.assertUserError(CliTestSupport.run("vae", "--epochs", "1", "--out", ""),
                "--out is an empty path, expected a folder");
        CliTestSupport.assertUserError(CliTestSupport.run(CliTestSupport.with(CliTestSupport.SMALL_GAN, "--out", "")), "--out is an empty path");
    }

    @Test
    void aFolderWithOtherFilesIsRefusedUnlessForced() throws IOException {
        Path out = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(out.resolve("model.params"), "my own notes");
        Files.writeString(out.resolve("metrics.csv"), "a,b\n");
        CliTestSupport.assertUserError(CliTestSupport.run(CliTestSupport.with(CliTestSupport.SMALL_GAN, "--epochs", "1", "--out", out.toString())),
                "--out " + out + ": not empty (2 files)");
        CliTestSupport.assertUserError(CliTestSupport.run("vae", "--epochs", "1", "--out", out.toString()),
                "pass --force to write into it");
        assertThat(Files.readString(out.resolve("model.params"))).isEqualTo("my own notes");
        CliTestSupport.Result forced = CliTestSupport.run(CliTestSupport.with(CliTestSupport.SMALL_GAN, "--epochs", "1", "--out", out.toString(),
                "--force"));
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(out.resolve("config.json")).isRegularFile();
        // --force never reaches a folder that holds a run
        CliTestSupport.assertUserError(CliTestSupport.run(CliTestSupport.with(CliTestSupport.SMALL_GAN, "--epochs", "1", "--out", out.toString(),
                "--force")), "already holds a run");
    }

    @Test
    void sampleAndReportNeverReplaceAFileUnlessForced() throws IOException {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "keep me");
        CliTestSupport.assertUserError(CliTestSupport.run("sample", trained.toString(), "--out", notes.toString()),
                "--out " + notes + ": already exists; choose another name, or pass --force to replace it");
        CliTestSupport.assertUserError(CliTestSupport.run("report", trained.toString(), trained.toString(), "--out",
                notes.toString()), "--out " + notes + ": already exists");
        assertThat(Files.readString(notes)).isEqualTo("keep me");
        CliTestSupport.assertUserError(CliTestSupport.run("sample", trained.toString(), "--out", dir.toString()),
                "is a folder, expected a file name");
        CliTestSupport.Result forced = CliTestSupport.run("sample", trained.toString(), "--out", notes.toString(),
                "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.readAllBytes(notes)).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }
}
