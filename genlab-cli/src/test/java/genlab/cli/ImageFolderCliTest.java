package genlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import genlab.data.ImageDatasets;
import genlab.data.ImageFolder;
import genlab.data.ImageSet;
import genlab.report.ImageGrid;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --dataset images:DIR}: the models train on a folder of PNGs; shapes that do not fit are named. */
class ImageFolderCliTest {

    @TempDir
    static Path dir;

    static Path images;

    // 300 MNIST digits as 28x28 grey PNGs, every 10th a test image
    @BeforeAll
    static void writeTheFolder() throws IOException {
        images = Files.createDirectories(dir.resolve("digits"));
        ImageSet mnist = ImageDatasets.load("mnist").train().first(300);
        for (int i = 0; i < mnist.count(); i++) {
            float[] pixels = Arrays.copyOfRange(mnist.pixels(), i * mnist.dimension(), (i + 1) * mnist.dimension());
            ImageIO.write(ImageGrid.render(pixels, 1, mnist.shape(), 1), "png",
                    images.resolve(String.format("%03d.png", i)).toFile());
        }
    }

    @Test
    void theVaeTrainsOnTheFolderResizedAndWritesItsGrids() {
        Path out = dir.resolve("vae");
        CliTestSupport.Result r = CliTestSupport.run("vae", "--dataset", "images:" + images, "--image-side", "14",
                "--hidden", "64", "--latent", "4", "--epochs", "4", "--lr", "3e-3", "--batch-size", "30", "--threads", "1",
                "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        // a decoder that says 1/2 everywhere is at 196 ln 2 = 136 nats on 14x14 images; 36 steps reach about 60
        double testLoss = Double.parseDouble(r.out().replaceAll("(?s).*test loss: ([0-9.]+).*", "$1"));
        assertThat(testLoss).isBetween(20.0, 90.0);
        assertThat(out.resolve("samples.png")).isNotEmptyFile();
        assertThat(out.resolve("config.json")).content().contains("\"dataset\" : \"" + ImageFolder.name(images) + "\"")
                .contains("\"height\" : 14");
    }

    @Test
    void theConvGanSaysItNeedsTwentyEightPixelGreyImages() {
        CliTestSupport.assertUserError(CliTestSupport.run("gan", "--dataset", "images:" + images, "--image-channels",
                "3", "--out", dir.resolve("gan").toString()), "--arch conv needs 1x28x28 images, dataset "
                + ImageFolder.name(images) + " has 3x28x28 images (use mlp)");
    }

    @Test
    void aFolderWithoutImagesOrWithABadFileIsOneLine() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliTestSupport.assertUserError(CliTestSupport.run("vae", "--dataset", "images:" + empty, "--out",
                dir.resolve("e").toString()), empty + ": no PNG or JPEG images");
        Path bad = Files.createDirectories(dir.resolve("bad"));
        for (int i = 0; i < 10; i++) {
            Files.copy(images.resolve(String.format("%03d.png", i)), bad.resolve(i + ".png"));
        }
        Files.writeString(bad.resolve("3.png"), "truncated");
        CliTestSupport.assertUserError(CliTestSupport.run("dualgan", "--dataset", "images:" + bad, "--arch", "mlp",
                "--out", dir.resolve("b").toString()), bad.resolve("3.png") + ": not a PNG or JPEG image");
    }

    @Test
    void aRunIsNotResumedOnAFolderWhoseImagesChanged() throws IOException {
        Path copy = Files.createDirectories(dir.resolve("changing"));
        for (int i = 0; i < 20; i++) {
            String name = String.format("%03d.png", i);
            Files.copy(images.resolve(name), copy.resolve(name));
        }
        Path out = dir.resolve("changing-run");
        CliTestSupport.Result r = CliTestSupport.run("vae", "--dataset", "images:" + copy, "--image-side", "7",
                "--hidden", "16", "--latent", "2", "--epochs", "1", "--batch-size", "6", "--threads", "1", "--out",
                out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        Files.copy(images.resolve("100.png"), copy.resolve("005.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        byte[] provenance = Files.readAllBytes(out.resolve("provenance.json"));
        CliTestSupport.assertUserError(CliTestSupport.run("resume", out.toString(), "--epochs", "2"),
                "the data set " + ImageFolder.name(copy) + " changed since the run started: 005.png (another MD5)");
        assertThat(Files.readAllBytes(out.resolve("provenance.json"))).isEqualTo(provenance);
        Files.copy(images.resolve("005.png"), copy.resolve("005.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(images.resolve("100.png"), copy.resolve("100.png"));
        // a provenance.json from before the sessions' later fields is checked all the same
        Files.writeString(out.resolve("provenance.json"), ResumeAndDeterminismTest.withoutLaterSessionFields(
                Files.readString(out.resolve("provenance.json"))));
        CliTestSupport.assertUserError(CliTestSupport.run("resume", out.toString(), "--epochs", "2"),
                "changed since the run started: 100.png (new)");
    }
}
