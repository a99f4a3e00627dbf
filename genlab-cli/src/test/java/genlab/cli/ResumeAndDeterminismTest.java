package genlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import genlab.data.DatasetSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resume repeats an uninterrupted run exactly; the same seed repeats a run, another seed does not. */
class ResumeAndDeterminismTest {

    @TempDir
    Path dir;

    // a constant rate: these runs are resumed to more epochs than they started with, which would
    // stretch a schedule (the scheduled default is resumed after a crash below)
    private static final String[] RING8_GAN = {"gan", "--dataset", "ring8", "--batches-per-epoch", "20",
        "--batch-size", "64", "--threads", "1", "--lr-schedule", "constant"};
    private static final String[] RING8_DUAL = {"dualgan", "--dataset", "ring8", "--discriminator", "mlp",
        "--batches-per-epoch", "10", "--batch-size", "64", "--threads", "1", "--lr-schedule", "constant"};

    private static CliTestSupport.Result ok(String... args) {
        CliTestSupport.Result r = CliTestSupport.run(args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r;
    }

    /** metrics.csv without its wall-clock column (the last). */
    static List<String> metricsWithoutSeconds(Path run) throws IOException {
        return Files.readAllLines(run.resolve("metrics.csv")).stream().map(l -> l.substring(0, l.lastIndexOf(',')))
                .toList();
    }

    private Path assertResumeRepeatsTheStraightRun(String[] command) throws IOException {
        Path straight = dir.resolve(command[0] + "-straight");
        Path resumed = dir.resolve(command[0] + "-resumed");
        ok(CliTestSupport.with(command, "--epochs", "4", "--out", straight.toString()));
        ok(CliTestSupport.with(command, "--epochs", "2", "--out", resumed.toString()));
        CliTestSupport.Result r = ok("resume", resumed.toString(), "--epochs", "4", "--threads", "1");
        assertThat(r.out()).contains("resuming after epoch 2 of 4");
        assertThat(metricsWithoutSeconds(resumed)).hasSize(5).isEqualTo(metricsWithoutSeconds(straight));
        // bit-exact: the final parameters and the optimizer state are the same bytes
        assertThat(Files.readAllBytes(resumed.resolve("model.params")))
                .isEqualTo(Files.readAllBytes(straight.resolve("model.params")));
        assertThat(Files.readAllBytes(resumed.resolve("checkpoint.bin")))
                .isEqualTo(Files.readAllBytes(straight.resolve("checkpoint.bin")));
        return resumed;
    }

    @Test
    void resumedVaeRepeatsTheUninterruptedRunToTheLastBit() throws IOException {
        // the reference VAE on all of MNIST with dynamic binarization (the JVM stream is used every batch)
        Path run = assertResumeRepeatsTheStraightRun(new String[] {"vae", "--binarize", "dynamic", "--batch-size", "500"});
        // provenance: the published MD5 of each MNIST file, Adam's constants, and one session per start
        JsonNode provenance = new ObjectMapper().readTree(run.resolve("provenance.json").toFile());
        DatasetSpec mnist = DatasetSpec.byId("mnist");
        JsonNode md5 = provenance.path("dataset").path("fileMd5");
        assertThat(md5.size()).isEqualTo(4);
        List<String> files = new ArrayList<>();
        md5.fieldNames().forEachRemaining(files::add);
        assertThat(files).as("files in name order, the same every run").isSorted();
        md5.fields().forEachRemaining(file -> assertThat(mnist.files().stream()
                .anyMatch(spec -> file.getKey().startsWith(spec.name()) && spec.accepts(file.getValue().asText())))
                .as(file.getKey()).isTrue());
        assertThat(provenance.path("optimizers").get(0).path("beta2").asDouble()).isEqualTo(0.999);
        JsonNode sessions = provenance.path("sessions");
        assertThat(sessions.size()).isEqualTo(2);
        assertThat(sessions.get(1).path("afterEpoch").asInt()).isEqualTo(2);
        assertThat(sessions.get(1).path("intraOpThreads").asInt()).isEqualTo(1);
        assertThat(sessions.get(0).path("libtorchVersion").asText()).isEqualTo("2.7.1");
        assertThat(sessions.get(0).path("gitCommit").asText()).matches("[0-9a-f]{40}(-dirty)?|unknown");
    }

    /** provenance.json as GenLab wrote it before the sessions' malloc, openmp, cpu and cpuFlags fields. */
    static String withoutLaterSessionFields(String provenance) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode tree = json.readTree(provenance);
        tree.path("sessions").forEach(s -> ((ObjectNode) s).remove(List.of("malloc", "openmp", "cpu", "cpuFlags")));
        return json.writeValueAsString(tree);
    }

    private static List<Integer> sessionThreads(Path run) throws IOException {
        List<Integer> threads = new ArrayList<>();
        new ObjectMapper().readTree(run.resolve("provenance.json").toFile()).path("sessions")
                .forEach(s -> threads.add(s.path("intraOpThreads").asInt()));
        return threads;
    }

    @Test
    void twoDimensionalRunsTrainOnOneThreadAndResumeKeepsTheThreadsOfTheRun() throws IOException {
        String[] ring8 = {"gan", "--dataset", "ring8", "--batches-per-epoch", "5", "--batch-size", "64",
            "--lr-schedule", "constant", "--epochs", "1"};
        Path byDefault = dir.resolve("default-threads");
        ok(CliTestSupport.with(ring8, "--out", byDefault.toString()));
        assertThat(sessionThreads(byDefault)).containsExactly(1);
        // started on two threads, resumed without --threads: two again, from a provenance.json of any age
        Path two = dir.resolve("two-threads");
        ok(CliTestSupport.with(ring8, "--threads", "2", "--out", two.toString()));
        Files.writeString(two.resolve("provenance.json"),
                withoutLaterSessionFields(Files.readString(two.resolve("provenance.json"))));
        ok("resume", two.toString(), "--epochs", "2");
        assertThat(sessionThreads(two)).containsExactly(2, 2);
        JsonNode session = new ObjectMapper().readTree(two.resolve("provenance.json").toFile()).path("sessions").get(1);
        assertThat(session.path("cpu").asText()).isNotEmpty();
        assertThat(session.path("openmp").isObject()).isTrue();
    }

    @Test
    void resumedGanRepeatsTheUninterruptedRunToTheLastBit() throws IOException {
        assertResumeRepeatsTheStraightRun(RING8_GAN);
    }

    @Test
    void resumedDualingGanRepeatsTheUninterruptedRunToTheLastBit() throws IOException {
        assertResumeRepeatsTheStraightRun(RING8_DUAL);
    }

    @Test
    void aScheduledRunResumedAfterACrashRepeatsTheUninterruptedRun() throws IOException {
        // the 2-D default schedule (step: x0.1 from 60% of the 80 steps, x0.01 from 80%) is a function
        // of the step and the run's total, so epochs 3-4 redone after a crash in epoch 3 repeat the
        // uninterrupted run's: the drop at step 48 and the one at step 64 fall in the redone epochs
        String[] scheduled = {"gan", "--dataset", "ring8", "--batches-per-epoch", "20", "--batch-size", "64",
            "--threads", "1", "--epochs", "4"};
        Path straight = dir.resolve("scheduled-straight");
        Path crashed = dir.resolve("scheduled-crashed");
        ok(CliTestSupport.with(scheduled, "--out", straight.toString()));
        CliTestSupport.assertUserError(CliTestSupport.runWithNanAt(45, CliTestSupport.with(scheduled, "--out",
                crashed.toString())), "training diverged");
        assertThat(ok("resume", crashed.toString(), "--threads", "1").out()).contains("resuming after epoch 2 of 4");
        assertThat(Files.readString(straight.resolve("config.json"))).contains("\"lrSchedule\" : \"STEP\"");
        assertThat(metricsWithoutSeconds(crashed)).hasSize(5).isEqualTo(metricsWithoutSeconds(straight));
        assertThat(Files.readAllBytes(crashed.resolve("model.params")))
                .isEqualTo(Files.readAllBytes(straight.resolve("model.params")));
        // and the schedule changed the run: the same run at a constant rate ends elsewhere
        Path constant = dir.resolve("constant");
        ok(CliTestSupport.with(scheduled, "--lr-schedule", "constant", "--out", constant.toString()));
        assertThat(Files.readAllBytes(constant.resolve("model.params")))
                .isNotEqualTo(Files.readAllBytes(straight.resolve("model.params")));
    }

    @Test
    void sameSeedSameLossesOtherSeedOtherSamples() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Path c = dir.resolve("c");
        ok(CliTestSupport.with(RING8_GAN, "--epochs", "2", "--seed", "5", "--out", a.toString()));
        ok(CliTestSupport.with(RING8_GAN, "--epochs", "2", "--seed", "5", "--out", b.toString()));
        ok(CliTestSupport.with(RING8_GAN, "--epochs", "2", "--seed", "6", "--out", c.toString()));
        assertThat(metricsWithoutSeconds(a)).isEqualTo(metricsWithoutSeconds(b));
        assertThat(metricsWithoutSeconds(a)).isNotEqualTo(metricsWithoutSeconds(c));
        assertThat(Files.readAllBytes(a.resolve("scatter.png"))).isEqualTo(Files.readAllBytes(b.resolve("scatter.png")));
        assertThat(Files.readAllBytes(a.resolve("scatter.png"))).isNotEqualTo(Files.readAllBytes(c.resolve("scatter.png")));
    }

    @Test
    void aNonFiniteLossStopsTheRunKeepsTheLastCheckpointAndResumesWithASmallerRate() throws IOException {
        Path run = dir.resolve("nan");
        // step 45 is in epoch 3 (20 batches per epoch)
        CliTestSupport.Result r = CliTestSupport.runWithNanAt(45, CliTestSupport.with(RING8_GAN, "--epochs", "4", "--out", run.toString()));
        CliTestSupport.assertUserError(r, "training diverged: d_loss = NaN at epoch 3, batch 5");
        assertThat(r.err()).contains("the last good checkpoint is kept: continue with 'genlab resume " + run
                + " --lr <smaller>'");
        assertThat(Files.readAllLines(run.resolve("metrics.csv"))).hasSize(3);
        CliTestSupport.Result resumed = ok("resume", run.toString(), "--lr", "1e-4", "--threads", "1");
        assertThat(resumed.out()).contains("resuming after epoch 2 of 4");
        assertThat(Files.readAllLines(run.resolve("metrics.csv"))).hasSize(5);
        assertThat(Files.readString(run.resolve("config.json"))).contains("\"learningRate\" : 1.0E-4");
    }
}
