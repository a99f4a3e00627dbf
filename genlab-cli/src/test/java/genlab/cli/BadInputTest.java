package genlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every user mistake: one line on stderr naming the problem, exit code 2, nothing written. */
class BadInputTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--epochs 0             | --epochs must be a positive integer, got 0",
        "--batch-size -5        | --batch-size must be a positive integer, got -5",
        "--latent 0             | --latent must be a positive integer, got 0",
        "--mc-samples 0         | --mc-samples must be a positive integer, got 0",
        "--sigma 0              | --sigma must be a positive finite number, got 0.0",
        "--sigma NaN            | --sigma must be a positive finite number, got NaN",
        "--lr -1                | --lr must be a positive finite number, got -1.0",
        "--dataset cifar        | unknown dataset 'cifar', expected one of [mnist, fashion-mnist, images:DIR]",
        "--likelihood poisson   | Invalid value for option '--likelihood': expected one of bernoulli, gaussian but was 'poisson'",
        "--epoch 2              | Unknown options: '--epoch', '2'; did you mean --epochs?",
        "--epochs many          | Invalid value for option '--epochs'",
        "--sigma 1e-300         | --sigma must be between 1.0E-6 and 1000000.0 (the likelihood's 1 / (2 sigma^2) must stay finite in float32), got 1.0E-300",
        "--mc-samples 100000    | --mc-samples must be at most",
        "--batch-size 100000000 | --batch-size must be at most",
        "--dataset images:/tmp --image-side 100000 | --image-side gives 1x100000x100000 = 10000000000 values per image, expected at most 16777216",
    })
    void badVaeFlags(String flags, String expected) {
        Path out = dir.resolve("run");
        CliTestSupport.assertUserError(CliTestSupport.run(("vae --out " + out + " " + flags).split("\\s+")), expected);
        assertThat(out).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "gan --dataset ring8 --g-steps 2000000000             | --g-steps must be at most 10000 (steps per batch), got 2000000000",
        "gan --dataset ring8 --d-steps 2000000000             | --d-steps must be at most 10000",
        "dualgan --dataset ring8 --dual-steps 2000000000      | --dual-steps must be at most 10000",
        "dualgan --dataset ring8 --c 1e-300                   | --c must be between 1.0E-6 and 1.0E12",
        "compare --seeds 1000000                              | --seeds must be at most 1000",
        "compare --families mlp,mlp                           | --families lists MLP twice, expected each value once",
        "compare --lrs 0.001,0.001                            | --lrs lists 0.001 twice, expected each value once",
    })
    void badGameFlags(String flags, String expected) {
        Path out = dir.resolve("run");
        CliTestSupport.assertUserError(CliTestSupport.run((flags + " --out " + out).split("\\s+")), expected);
        assertThat(out).doesNotExist();
    }

    @Test
    void aMistypedCommandGetsTheCommandsItLooksLike() {
        CliTestSupport.assertUserError(CliTestSupport.run("sampel"), "Unmatched argument at index 0: 'sampel'; did you "
                + "mean sample");
    }

    @Test
    void missingDataFolder() {
        Path missing = dir.resolve("nope");
        CliTestSupport.assertUserError(CliTestSupport.run("vae", "--data", missing.toString()),
                "--data " + missing + ": not a directory");
    }

    @Test
    void corruptDatasetFileIsNamed() throws IOException {
        Path data = Files.createDirectories(dir.resolve("mnist"));
        for (String name : new String[] {"train-images-idx3-ubyte", "train-labels-idx1-ubyte",
                "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"}) {
            Files.write(data.resolve(name + ".gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0});
        }
        CliTestSupport.assertUserError(CliTestSupport.run("vae", "--data", dir.toString(), "--out", dir.resolve("r").toString()),
                data.resolve("train-images-idx3-ubyte.gz") + ": corrupt or truncated gzip data");
        assertThat(dir.resolve("r")).doesNotExist();
    }

    @Test
    void sampleNeedsARunFolderWithAModel() throws IOException {
        Path run = Files.createDirectories(dir.resolve("run"));
        Files.writeString(run.resolve("config.json"), "{}");
        CliTestSupport.assertUserError(CliTestSupport.run("sample", run.toString()), run + ": model.params is missing");
        CliTestSupport.assertUserError(CliTestSupport.run("sample", dir.resolve("none").toString()),
                "none: is missing, expected a run folder");
        CliTestSupport.assertUserError(CliTestSupport.run("sample", run.toString(), "--n", "0"), "--n must be a positive integer");
    }
}
