package genlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sizes are checked against the data and the machine before anything is allocated or run. */
class SizeLimitsTest {

    @TempDir
    static Path dir;

    private static Path trained;

    @BeforeAll
    static void trainOneEpoch() {
        trained = CliTestSupport.trainSmallGan(dir.resolve("trained"), 1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "vae --batch-size 10000000                     | --batch-size must be at most 2739137",
        "vae --hidden 100000000                        | --hidden 100000000 needs about 2.6 TB for the weights",
        "vae --latent 2000000000                       | --latent 2000000000 needs about",
        "gan --dataset ring8 --batch-size 2000000000   | --batch-size 2000000000 needs about",
        "gan --arch mlp --hidden 2000000000            | --hidden 2000000000 needs about",
        "gan --channels 100000                         | --channels 100000 needs about",
        "gan --dataset ring8 --features rff:100000000:0.3 | --features 100000000 needs about 409.6 GB for the activations",
        "dualgan --discriminator linear --features rff:2000000000:0.3 | --features 2000000000 needs about 128.0 GB",
        "dualgan --batch-size 100000                   | --batch-size must be at most 23170",
        "dualgan --dataset mnist --hidden 100000       | --hidden 100000 needs about",
    })
    void aSizeTooLargeForThisMachineIsRefusedBeforeAnyWork(String flags, String expected) {
        Path out = dir.resolve("never");
        CliTestSupport.Result r = CliTestSupport.run((flags + " --out " + out).split("\\s+"));
        CliTestSupport.assertUserError(r, expected);
        assertThat(out).doesNotExist();
    }

    @Test
    void aSizeTooLargeInsideConfigJsonNamesTheFieldNotAFlag() throws IOException {
        Path copy = CliTestSupport.copyRun(trained, dir.resolve("huge"));
        Files.writeString(copy.resolve("config.json"), Files.readString(trained.resolve("config.json"))
                .replaceFirst("\"hidden\" : \\d+", "\"hidden\" : 2000000000"));
        String expected = copy.resolve("config.json") + ": field 'hidden' 2000000000 needs about";
        CliTestSupport.assertUserError(CliTestSupport.run("sample", copy.toString()), expected);
        CliTestSupport.assertUserError(CliTestSupport.run("resume", copy.toString(), "--epochs", "2"), expected);
        CliTestSupport.assertUserError(CliTestSupport.run("eval", copy.toString()), expected);
        assertThat(CliTestSupport.run("sample", copy.toString()).err()).doesNotContain("--hidden");
    }

    @Test
    void absurdSampleAndEvaluationCountsAreRefused() {
        CliTestSupport.assertUserError(CliTestSupport.run("sample", trained.toString(), "--n", "2000000000"),
                "--n must be at most 1000000");
        CliTestSupport.assertUserError(CliTestSupport.run("sample", trained.toString(), "--n", "1000001"),
                "--n must be at most 1000000 (a picture of more points is not useful)");
        CliTestSupport.assertUserError(CliTestSupport.run("eval", trained.toString(), "--k", "2000000000"),
                "--k must be at most 100000");
        CliTestSupport.assertUserError(CliTestSupport.run("eval", trained.toString(), "--samples", "2000000000"),
                "--samples must be at most 200000");
        CliTestSupport.assertUserError(CliTestSupport.run("theory", "--samples", "2000000000"),
                "--samples must be at most 100000000");
    }

    @Test
    void moreThreadsThanCoresRunsWithAWarning() throws Exception {
        // in its own process: the thread count would otherwise stay with this test JVM's engine
        int cores = Runtime.getRuntime().availableProcessors();
        CliProcess.Result r = CliProcess.run(dir, Map.of(), 120, "sample", trained.toString(), "--n", "16", "--out",
                dir.resolve("threads.png").toString(), "--threads", Integer.toString(cores + 1));
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).contains("genlab: warning: --threads " + (cores + 1) + " exceeds the " + cores
                + " cores of this machine");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // libgomp would fail to allocate 2^31 threads: refused before the engine starts
        "sample TRAINED --n 16 --threads 2147483647 | --threads must be at most",
        "sample TRAINED --n 16 --threads 0          | --threads must be a positive integer, got 0",
        "cluster --port 99999                       | --port must be a TCP port from 1 to 65535, got 99999",
        "cluster --port -1                          | --port must be a TCP port from 1 to 65535, got -1",
        "resume TRAINED --epochs -1                 | --epochs must be a positive integer, got -1",
        "resume TRAINED --lr 0                      | --lr must be a positive finite number, got 0.0",
    })
    void anOutOfRangeFlagIsNamedAsTheFlag(String flags, String expected) {
        CliTestSupport.Result r = CliTestSupport.run(flags.replace("TRAINED", trained.toString()).split("\\s+"));
        CliTestSupport.assertUserError(r, expected);
        assertThat(r.err()).doesNotContain("config.json");
    }
}
