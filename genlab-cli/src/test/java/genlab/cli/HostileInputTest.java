package genlab.cli;

import genlab.GenLabException;
import genlab.gan.GanConfig;
import genlab.run.RunFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** Run folders and output paths that are wrong in every way a user or a disk can make them. */
class HostileInputTest {

    @TempDir
    static Path dir;

    private static final String PUNCTUATION = "{}[]\",:0-9en";
    private static final int FUZZ_CASES = 100_000;

    private static Path trained;

    @BeforeAll
    static void trainOneEpoch() {
        trained = CliTestSupport.trainSmallGan(dir.resolve("trained"), 1);
    }

    private static Path copyWithConfig(String name, String config) throws IOException {
        Path copy = CliTestSupport.copyRun(trained, dir.resolve(name));
        Files.writeString(copy.resolve("config.json"), config);
        return copy;
    }

    private static String config() throws IOException {
        return Files.readString(trained.resolve("config.json"));
    }

    @Test
    void configWithAnUnknownOrAMissingFieldIsAOneLineError() throws IOException {
        Path unknown = copyWithConfig("unknown", config().replaceFirst("\\{", "{ \"colour\" : \"red\","));
        CliTestSupport.assertUserError(CliTestSupport.run("sample", unknown.toString()), "config.json");
        CliTestSupport.assertUserError(CliTestSupport.run("resume", unknown.toString()), "colour");
        Path missing = copyWithConfig("missing", config().replaceFirst("\"latent\" : \\d+,", ""));
        CliTestSupport.assertUserError(CliTestSupport.run("sample", missing.toString()), "latent");
        CliTestSupport.assertUserError(CliTestSupport.run("resume", missing.toString()), "latent");
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedByFieldNeverTruncated() throws IOException {
        String[][] cases = {
            {"\"hidden\" : 16.7", "field 'hidden': expected an integer, found 16.7"},
            {"\"hidden\" : null", "field 'hidden': expected an integer, found null"},
            {"\"hidden\" : \"16\"", "field 'hidden': expected an integer, found the text \"16\""},
            {"\"hidden\" : [ 16 ]", "field 'hidden': expected an integer, found a list"},
        };
        for (int i = 0; i < cases.length; i++) {
            String[] c = cases[i];
            Path copy = copyWithConfig("typed-" + i, config().replaceFirst("\"hidden\" : \\d+", c[0]));
            byte[] before = Files.readAllBytes(copy.resolve("config.json"));
            CliTestSupport.assertUserError(CliTestSupport.run("sample", copy.toString()), "config.json: " + c[1]);
            CliTestSupport.assertUserError(CliTestSupport.run("resume", copy.toString(), "--epochs", "2"),
                    "config.json: " + c[1]);
            // the file is not rewritten with the truncated value
            assertThat(Files.readAllBytes(copy.resolve("config.json"))).isEqualTo(before);
        }
        Path seed = copyWithConfig("seed", config().replaceFirst("\"seed\" : \\d+", "\"seed\" : \"1e3\""));
        CliTestSupport.assertUserError(CliTestSupport.run("sample", seed.toString()),
                "field 'seed': expected an integer, found the text \"1e3\"");
        Path epochs = copyWithConfig("epochs", config().replaceFirst("\"epochs\" : \\d+", "\"epochs\" : 3.9"));
        CliTestSupport.assertUserError(CliTestSupport.run("resume", epochs.toString()),
                "field 'epochs': expected an integer, found 3.9");
    }

    @Test
    void aRunWithoutItsCheckpointIsNeverStartedOverWhenEpochsFinished() throws IOException {
        Path copy = CliTestSupport.trainSmallGan(dir.resolve("no-checkpoint"), 2);
        Files.delete(copy.resolve("checkpoint.bin"));
        byte[] model = Files.readAllBytes(copy.resolve("model.params"));
        byte[] metrics = Files.readAllBytes(copy.resolve("metrics.csv"));
        CliTestSupport.assertUserError(CliTestSupport.run("resume", copy.toString(), "--epochs", "3"),
                "checkpoint.bin: missing, but metrics.csv lists 2 finished epochs; starting over would overwrite them");
        assertThat(Files.readAllBytes(copy.resolve("model.params"))).isEqualTo(model);
        assertThat(Files.readAllBytes(copy.resolve("metrics.csv"))).isEqualTo(metrics);
    }

    @Test
    void aRunWithoutItsMetricsContinuesFromItsCheckpoint() throws IOException {
        Path copy = CliTestSupport.copyRun(trained, dir.resolve("no-metrics"));
        Files.delete(copy.resolve("metrics.csv"));
        CliTestSupport.Result r = CliTestSupport.run("resume", copy.toString(), "--epochs", "2");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out() + r.err()).contains("metrics.csv is missing: epochs 1..1 are listed without values");
        List<String> rows = Files.readAllLines(copy.resolve("metrics.csv"));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).startsWith("1,NaN,");
        assertThat(rows.get(2)).startsWith("2,");
        assertThat(Double.parseDouble(rows.get(2).split(",")[1])).isFinite();
    }

    @Test
    void aModelFileFromAnotherArchitectureIsAOneLineError() throws IOException {
        Path wider = copyWithConfig("wider", config().replaceFirst("\"hidden\" : \\d+", "\"hidden\" : 99"));
        CliTestSupport.assertUserError(CliTestSupport.run("sample", wider.toString()), "does not match the model");
        // the checkpoint knows its config, so resume names the field that changed
        CliTestSupport.assertUserError(CliTestSupport.run("resume", wider.toString(), "--epochs", "2"),
                "checkpoint.bin: written for another config: field 'hidden' is 128 there and 99 here");
    }

    @Test
    void aNewRunNeverOverwritesAnOldOne() throws IOException {
        byte[] before = Files.readAllBytes(trained.resolve("model.params"));
        CliTestSupport.assertUserError(CliTestSupport.run("gan", "--dataset", "ring8", "--epochs", "1", "--out",
                trained.toString()), "already holds a run");
        CliTestSupport.assertUserError(CliTestSupport.run("vae", "--epochs", "1", "--out", trained.toString()),
                "already holds a run");
        assertThat(Files.readAllBytes(trained.resolve("model.params"))).isEqualTo(before);
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsAOneLineError() {
        // /proc refuses new folders even to root, like a read-only mount
        CliTestSupport.assertUserError(CliTestSupport.run("gan", "--dataset", "ring8", "--epochs", "1", "--out",
                "/proc/genlab-run"), "/proc/genlab-run");
        CliTestSupport.assertUserError(CliTestSupport.run("sample", trained.toString(), "--out",
                "/proc/genlab-samples.png"), "/proc/genlab-samples.png: cannot write (");
    }

    @Test
    void resumeNeedsARunFolder() throws IOException {
        CliTestSupport.assertUserError(CliTestSupport.run("resume", dir.resolve("nothing").toString()),
                "nothing: is missing, expected a run folder written by genlab");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliTestSupport.assertUserError(CliTestSupport.run("resume", empty.toString()),
                "empty: config.json is missing, expected a run folder written by genlab");
    }

    @Test
    void randomlyMutatedConfigsLoadOrFailWithTheDocumentedError() throws IOException {
        byte[] valid = config().getBytes(StandardCharsets.UTF_8);
        Random rng = new Random(11);
        Path file = dir.resolve("fuzz").resolve("config.json");
        int loaded = 0;
        int refused = 0;
        for (int i = 0; i < FUZZ_CASES; i++) {
            byte[] b = valid.clone();
            for (int e = 0; e <= rng.nextInt(3); e++) {
                b[rng.nextInt(b.length)] = (byte) (rng.nextBoolean() ? rng.nextInt(128) : PUNCTUATION.charAt(
                        rng.nextInt(PUNCTUATION.length())));
            }
            try {
                RunFolder.recipe(file, RunFolder.parseTree(new String(b, StandardCharsets.UTF_8)), GanConfig.class);
                loaded++;
            } catch (GenLabException ex) {
                assertThat(ex.getMessage()).doesNotContain("\n");
                refused++;
            }
        }
        System.out.printf("config.json fuzz: %d cases, %d loaded, %d refused%n", FUZZ_CASES, loaded, refused);
        assertThat(loaded).isPositive();
        assertThat(refused).isPositive();
    }

    @Test
    void randomGridsRunOrFailWithOneLine() {
        Path base = trained.resolve("config.json");
        String[] fields = {"hidden", "seed", "learningRate", "epochs", "dataset", "arch", "lr", "", "model", "latent"};
        String[] values = {"1", "16", "16.5", "-1", "0", "1e-3", "0.001", "ring8", "bogus", "null", "true", "MLP",
            "1e999", "", "2147483648", "\u00e9", "mlp,mlp"};
        Random rng = new Random(12);
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < FUZZ_CASES; i++) {
            List<String> flags = new java.util.ArrayList<>();
            for (int f = 0; f <= rng.nextInt(2); f++) {
                StringBuilder flag = new StringBuilder(fields[rng.nextInt(fields.length)]);
                flag.append(rng.nextInt(10) == 0 ? ":" : "=");
                for (int v = 0; v <= rng.nextInt(3); v++) {
                    flag.append(v > 0 ? "," : "").append(values[rng.nextInt(values.length)]);
                }
                flags.add(flag.toString());
            }
            try {
                genlab.sweep.Sweep.of(base, SweepCommand.parse(flags), java.util.Optional.empty(), java.util.OptionalInt.of(1));
                accepted++;
            } catch (GenLabException ex) {
                assertThat(ex.getMessage()).as(String.join(" ", flags)).doesNotContain("\n");
                refused++;
            }
        }
        System.out.printf("grid fuzz: %d cases, %d accepted, %d refused%n", FUZZ_CASES, accepted, refused);
        assertThat(accepted).isPositive();
        assertThat(refused).isPositive();
    }

    @Test
    void anAbsurdLearningRateNeverSavesNonFiniteWeights() throws IOException {
        Path out = dir.resolve("lr-1e308");
        CliTestSupport.Result r = CliTestSupport.run(CliTestSupport.with(CliTestSupport.SMALL_GAN, "--lr", "1e308",
                "--epochs", "2", "--out", out.toString()));
        assertThat(r.exitCode()).as(r.out()).isEqualTo(Main.USAGE_ERROR);
        assertThat(r.err()).contains("training diverged");
        assertThat(out.resolve("model.params")).doesNotExist();
        assertThat(out.resolve("checkpoint.bin")).doesNotExist();
        // a model.params that holds NaN (as older versions could save) is refused by name
        Path nan = CliTestSupport.copyRun(trained, dir.resolve("nan-weights"));
        byte[] model = Files.readAllBytes(trained.resolve("model.params"));
        CliTestSupport.Result sampled = CliTestSupport.run("sample", nan.toString(), "--out",
                dir.resolve("nan.png").toString());
        assertThat(sampled.exitCode()).isZero();
        // eight bytes of 0xff in the middle of the weights hold a NaN float, whatever the alignment and byte
        // order; the CRC32C trailer is made to match, as a model saved with NaN weights would have it
        java.util.Arrays.fill(model, model.length / 2, model.length / 2 + 8, (byte) 0xff);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(model, 0, model.length - 4);
        java.nio.ByteBuffer.wrap(model).putInt(model.length - 4, (int) crc.getValue());
        Files.write(nan.resolve("model.params"), model);
        CliTestSupport.assertUserError(CliTestSupport.run("sample", nan.toString(), "--out",
                dir.resolve("never.png").toString()), "model.params: parameter ");
        assertThat(CliTestSupport.run("sample", nan.toString()).err()).contains("holds NaN, expected finite weights");
    }

    @Test
    void forceReplacesRegularFilesOnlyAndLeftoversOfDeadWritesAreRemoved() throws IOException {
        CliTestSupport.assertUserError(CliTestSupport.run("sample", trained.toString(), "--out", "/dev/full", "--force"),
                "/dev/full: is a device, FIFO or socket, not a regular file; only a regular file is replaced");
        Path folder = Files.createDirectories(dir.resolve("leftovers"));
        Path dead = Files.writeString(folder.resolve(".grid.png.999999999.1f2e.tmp"), "cut short");
        Path older = Files.writeString(folder.resolve(".grid.png.3a4b5c.tmp"), "cut short");
        Path live = Files.writeString(folder.resolve(".grid.png." + ProcessHandle.current().pid() + ".77.tmp"), "busy");
        Path other = Files.writeString(folder.resolve(".other.png.999999999.1f2e.tmp"), "not ours");
        CliTestSupport.Result r = CliTestSupport.run("sample", trained.toString(), "--out",
                folder.resolve("grid.png").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(dead).doesNotExist();
        assertThat(older).doesNotExist();
        assertThat(live).exists();
        assertThat(other).exists();
    }

    @Test
    void anEvaluationIsRefusedWhileTheRunTrains() {
        try (genlab.run.RunLock training = genlab.run.RunLock.acquire(trained)) {
            CliTestSupport.assertUserError(CliTestSupport.run("eval", trained.toString()), "is writing this run");
        }
        assertThat(trained.resolve("eval.json")).doesNotExist();
    }
}
