package genlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged files are detected and named; paths are named for what they are; files follow the umask. */
class CorruptionTest {

    @TempDir
    static Path dir;

    private static Path trained;

    @BeforeAll
    static void trainTwoEpochs() {
        trained = CliTestSupport.trainSmallGan(dir.resolve("trained"), 2);
    }

    // 20 bytes past the header set to other values
    private static void flipBytes(Path file, long seed) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Random rng = new Random(seed);
        for (int i = 0; i < 20; i++) {
            int at = 7 + rng.nextInt(bytes.length - 7);
            bytes[at] ^= (byte) (1 + rng.nextInt(255));
        }
        Files.write(file, bytes);
    }

    @Test
    void aDamagedCheckpointIsRefusedAndTheFailedResumeLeavesTheConfigAsItWas() throws IOException {
        Path run = CliTestSupport.copyRun(trained, dir.resolve("damaged-checkpoint"));
        flipBytes(run.resolve("checkpoint.bin"), 1);
        byte[] config = Files.readAllBytes(run.resolve("config.json"));
        CliTestSupport.assertUserError(CliTestSupport.run("resume", run.toString(), "--epochs", "4", "--lr", "1e-4"),
                run.resolve("checkpoint.bin") + ": checksum mismatch, the file was changed or damaged");
        assertThat(Files.readAllBytes(run.resolve("config.json"))).isEqualTo(config);
    }

    @Test
    void aDamagedModelFileIsRefused() throws IOException {
        Path run = CliTestSupport.copyRun(trained, dir.resolve("damaged-model"));
        flipBytes(run.resolve("model.params"), 2);
        CliTestSupport.assertUserError(CliTestSupport.run("sample", run.toString(), "--n", "8"),
                run.resolve("model.params") + ": checksum mismatch");
    }

    @Test
    void aVersionOneFileWithoutAChecksumStillLoads() throws IOException {
        Path run = CliTestSupport.copyRun(trained, dir.resolve("version-one"));
        byte[] bytes = Files.readAllBytes(run.resolve("model.params"));
        byte[] old = Arrays.copyOf(bytes, bytes.length - 4);
        old[6] = 1;
        Files.write(run.resolve("model.params"), old);
        CliTestSupport.Result r = CliTestSupport.run("sample", run.toString(), "--n", "8");
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void aBadClassifierIsNamedBeforeAnyEvaluationStarts() {
        Path missing = dir.resolve("no-classifier");
        CliTestSupport.Result r = CliTestSupport.run("eval", trainedImageRun().toString(), "--classifier",
                missing.toString(), "--k", "50", "--n", "10");
        CliTestSupport.assertUserError(r, "--classifier " + missing + ": is missing, expected a run folder");
        assertThat(r.out()).doesNotContain("K=");
        CliTestSupport.assertUserError(CliTestSupport.run("eval", trainedImageRun().toString(), "--classifier",
                trained.toString(), "--k", "50", "--n", "10"), "--classifier " + trained.resolve("config.json"));
    }

    private static Path imageRun;

    // a VAE after a few batches of MNIST: enough to have a model to evaluate
    private static synchronized Path trainedImageRun() {
        if (imageRun == null) {
            imageRun = dir.resolve("vae");
            CliTestSupport.Result r = CliTestSupport.run("vae", "--epochs", "1", "--batch-size", "2000", "--hidden",
                    "16", "--out", imageRun.toString(), "--data", SharedData.root().toString());
            assertThat(r.exitCode()).as(r.err()).isZero();
        }
        return imageRun;
    }

    @Test
    void aFullDiskNamesTheFileThatCouldNotBeWritten() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("small-disk"));
        Process mounting = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=96k", "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        assumeTrue(mounting.waitFor(10, TimeUnit.SECONDS) && mounting.exitValue() == 0,
                "mounting a small tmpfs needs root (CI runs as root)");
        try {
            Path run = mount.resolve("run");
            CliTestSupport.Result r = CliTestSupport.run("gan", "--dataset", "ring8", "--epochs", "3",
                    "--batches-per-epoch", "2", "--batch-size", "16", "--threads", "1", "--out", run.toString());
            CliTestSupport.assertUserError(r, ": cannot write (no space left on device)");
            assertThat(r.err()).contains(run.toString());
            try (var files = Files.list(run)) {
                assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
            }
        } finally {
            new ProcessBuilder("umount", mount.toString()).start().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFolderOrALinkLoopIsCalledWhatItIs() throws IOException {
        Path loop = dir.resolve("loop");
        Files.createSymbolicLink(loop, loop);
        CliTestSupport.assertUserError(CliTestSupport.run("sample", loop.toString()),
                loop + ": is a symbolic link loop, expected a run folder");
        Path data = Files.createDirectories(dir.resolve("data").resolve("mnist"));
        for (String name : new String[] {"train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"}) {
            Files.copy(SharedData.root().resolve("mnist").resolve(name + ".gz"), data.resolve(name + ".gz"));
        }
        Files.createDirectories(data.resolve("train-images-idx3-ubyte"));
        CliTestSupport.assertUserError(CliTestSupport.run("vae", "--data", data.toString(), "--out",
                dir.resolve("r").toString()), data.resolve("train-images-idx3-ubyte") + " is a folder");
        Files.delete(data.resolve("train-images-idx3-ubyte"));
        Files.createSymbolicLink(data.resolve("train-images-idx3-ubyte"), data.resolve("train-images-idx3-ubyte"));
        CliTestSupport.assertUserError(CliTestSupport.run("vae", "--data", data.toString(), "--out",
                dir.resolve("r").toString()), "is a symbolic link loop");
    }

    @Test
    void aNonAsciiOutPathWorksUnderThePlainCLocale() throws Exception {
        Path out = dir.resolve("lauf-\u00fc-\u8a66");
        CliProcess.Result r = CliProcess.run(dir, Map.of("LC_ALL", "C", "LANG", "C"), 120, "gan", "--dataset", "ring8",
                "--epochs", "1", "--batches-per-epoch", "2", "--batch-size", "16", "--threads", "1", "--out",
                out.toString());
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(out.resolve("model.params")).isRegularFile();
    }

    @Test
    void outputFilesFollowTheUmask() throws IOException {
        Set<PosixFilePermission> asUmaskAllows = Files.getPosixFilePermissions(
                Files.createFile(dir.resolve("plain-file")));
        for (String name : new String[] {"config.json", "metrics.csv", "model.params", "checkpoint.bin",
            "report.html", "scatter.png"}) {
            assertThat(Files.getPosixFilePermissions(trained.resolve(name))).as(name).isEqualTo(asUmaskAllows);
        }
    }
}
