package genlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import genlab.GenLabException;
import genlab.gan.GanConfig;
import genlab.report.RunFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run folders and output paths that are wrong in every way a user or a disk can make them. */
class HostileInputTest {

    @TempDir
    static Path dir;

    private static final String PUNCTUATION = "{}[]\",:0-9en";

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
        Path missing = copyWithConfig("missing", config().replaceFirst("\"zDim\" : \\d+,", ""));
        CliTestSupport.assertUserError(CliTestSupport.run("sample", missing.toString()), "zDim");
        CliTestSupport.assertUserError(CliTestSupport.run("resume", missing.toString()), "zDim");
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
        Path folder = Files.createDirectories(dir.resolve("fuzz"));
        Files.copy(trained.resolve("model.params"), folder.resolve("model.params"));
        int loaded = 0;
        int refused = 0;
        for (int i = 0; i < 3000; i++) {
            byte[] b = valid.clone();
            for (int e = 0; e <= rng.nextInt(3); e++) {
                b[rng.nextInt(b.length)] = (byte) (rng.nextBoolean() ? rng.nextInt(128) : PUNCTUATION.charAt(
                        rng.nextInt(PUNCTUATION.length())));
            }
            Files.write(folder.resolve("config.json"), b);
            try {
                RunFolder.open(folder).readJson(RunFolder.CONFIG, GanConfig.class).validated();
                loaded++;
            } catch (GenLabException ex) {
                assertThat(ex.getMessage()).doesNotContain("\n");
                refused++;
            }
        }
        assertThat(loaded).isPositive();
        assertThat(refused).isPositive();
    }
}
