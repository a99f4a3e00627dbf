package genlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import genlab.run.Provenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With busy processes on every core, the same training twice in this JVM and twice as separate
 * processes through the launcher gives the same metrics and the same model bytes, all four. The
 * launcher's processes run with its glibc malloc settings, this JVM with its own environment's: the
 * settings change the speed, not the bits, and each run's provenance records them.
 */
class DeterminismUnderLoadTest {

    @TempDir
    static Path dir;

    private static final List<Process> BUSY = new ArrayList<>();

    @BeforeAll
    static void loadEveryCore() throws IOException {
        for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
            // niced, so the cores stay busy and preempt the runs without starving them for minutes
            BUSY.add(new ProcessBuilder("nice", "-n", "10", "yes").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start());
        }
    }

    @AfterAll
    static void stopTheLoad() throws InterruptedException {
        for (Process p : BUSY) {
            p.destroyForcibly().waitFor();
        }
    }

    private static void assertFourIdenticalRuns(String name, String... command) throws Exception {
        List<Path> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Path out = dir.resolve(name + "-in-process-" + i);
            CliTestSupport.Result r = CliTestSupport.run(CliTestSupport.with(command, "--out", out.toString()));
            assertThat(r.exitCode()).as(r.err()).isZero();
            runs.add(out);
        }
        for (int i = 0; i < 2; i++) {
            Path out = dir.resolve(name + "-process-" + i);
            CliProcess.Result r = CliProcess.run(dir, Map.of(), 300,
                    CliTestSupport.with(command, "--out", out.toString()));
            assertThat(r.exitCode()).as(r.output()).isZero();
            runs.add(out);
        }
        // the launcher's three values unless this environment set them already
        Map<String, String> launchers = new TreeMap<>(Map.of("MALLOC_MMAP_THRESHOLD_", "33554432",
                "MALLOC_TRIM_THRESHOLD_", "536870912", "MALLOC_ARENA_MAX", "1"));
        launchers.putAll(Provenance.Session.mallocSettings());
        for (int i = 0; i < runs.size(); i++) {
            Map<String, String> expected = i < 2 ? Provenance.Session.mallocSettings() : launchers;
            JsonNode session = new ObjectMapper().readTree(runs.get(i).resolve(Provenance.FILE).toFile())
                    .path("sessions").get(0);
            assertThat(new ObjectMapper().convertValue(session.path("malloc"), Map.class)).as(runs.get(i).toString())
                    .isEqualTo(expected);
        }
        for (Path run : runs.subList(1, runs.size())) {
            assertThat(ResumeAndDeterminismTest.metricsWithoutSeconds(run)).as(run.toString())
                    .isEqualTo(ResumeAndDeterminismTest.metricsWithoutSeconds(runs.get(0)));
            assertThat(Files.readAllBytes(run.resolve("model.params"))).as(run.toString())
                    .isEqualTo(Files.readAllBytes(runs.get(0).resolve("model.params")));
        }
    }

    @Test
    void theReferenceVaeWithDynamicBinarization() throws Exception {
        // the case that once differed from epoch 2 on in a loaded test JVM, on a narrower net to keep it short
        assertFourIdenticalRuns("vae", "vae", "--binarize", "dynamic", "--batch-size", "1000", "--hidden", "100",
                "--epochs", "2", "--threads", "2", "--data", SharedData.root().toString());
    }

    @Test
    void theMlpDualingGanOnRing8() throws Exception {
        assertFourIdenticalRuns("dualgan", "dualgan", "--dataset", "ring8", "--discriminator", "mlp",
                "--batches-per-epoch", "10", "--batch-size", "64", "--epochs", "3", "--threads", "2");
    }
}
