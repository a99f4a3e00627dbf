package genlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One epoch of the reference VAE on real MNIST, then sampling from the saved run. */
class VaeEndToEndTest {

    private static final Pattern FINAL = Pattern.compile(
            "final train loss: ([0-9.]+) nats/sample · test loss: ([0-9.]+) nats/sample \\(recon ([0-9.]+), KL ([0-9.]+)\\)");

    @TempDir
    static Path dir;

    static Path run;
    static CliTestSupport.Result result;

    @BeforeAll
    static void trainOneEpoch() {
        run = dir.resolve("run");
        result = CliTestSupport.run("vae", "--epochs", "1", "--data", SharedData.root().toString(),
                "--out", run.toString(), "--threads", "2");
    }

    @Test
    void oneEpochReachesTheReferenceTestLoss() {
        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> lines = result.out().strip().lines().toList();
        Matcher m = FINAL.matcher(lines.get(lines.size() - 1));
        assertThat(m.matches()).as(lines.get(lines.size() - 1)).isTrue();
        double train = Double.parseDouble(m.group(1));
        double test = Double.parseDouble(m.group(2));
        double recon = Double.parseDouble(m.group(3));
        double kl = Double.parseDouble(m.group(4));
        // PyTorch's reference gets 127 nats/sample on the test set after one epoch
        assertThat(test).isLessThan(135).isGreaterThan(100);
        assertThat(train).isLessThan(180).isGreaterThan(test);
        assertThat(recon + kl).isCloseTo(test, org.assertj.core.api.Assertions.within(0.02));
        assertThat(kl).isPositive();
    }

    @Test
    void theRunFolderHoldsEveryFile() throws IOException {
        for (String name : new String[] {"config.json", "metrics.csv", "samples.png", "epochs/samples-epoch001.png",
                "reconstructions.png", "model.params"}) {
            assertThat(run.resolve(name)).isRegularFile();
        }
        try (var files = Files.list(run)) {
            assertThat(files.map(Path::toString)).noneMatch(n -> n.endsWith(".tmp"));
        }
        JsonNode config = new ObjectMapper().readTree(run.resolve("config.json").toFile());
        assertThat(config.get("seed").asInt()).isEqualTo(2);
        assertThat(config.get("latent").asInt()).isEqualTo(20);
        List<String> csv = Files.readAllLines(run.resolve("metrics.csv"));
        assertThat(csv.get(0)).isEqualTo(
                "epoch,train_loss,train_recon,train_kl,test_loss,test_recon,test_kl,seconds");
        assertThat(csv).hasSize(2);
        BufferedImage recon = ImageIO.read(run.resolve("reconstructions.png").toFile());
        assertThat(recon.getWidth()).isEqualTo(8 * 28);
        assertThat(recon.getHeight()).isEqualTo(8 * 28);
    }

    @Test
    void sampleWritesAnEightByEightGrid() throws IOException {
        Path png = dir.resolve("grid.png");
        CliTestSupport.Result r = CliTestSupport.run("sample", run.toString(), "--n", "64", "--out", png.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(8 * 28);
        assertThat(image.getHeight()).isEqualTo(8 * 28);
        // a trained decoder draws dark backgrounds with bright strokes, not flat grey
        int[] grey = image.getRaster().getSamples(0, 0, 224, 224, 0, (int[]) null);
        long dark = java.util.Arrays.stream(grey).filter(g -> g < 30).count();
        long bright = java.util.Arrays.stream(grey).filter(g -> g > 200).count();
        assertThat(dark).isGreaterThan(grey.length / 2);
        assertThat(bright).isGreaterThan(grey.length / 50);
    }

    @Test
    void outThatIsAFileIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        CliTestSupport.Result r = CliTestSupport.run("vae", "--epochs", "1", "--out", file.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("genlab: --out " + file + ": is a file, expected a folder for the run's outputs");
    }
}
