package genlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real runs' report.html, each copied alone into an empty folder (so nothing beside it can help),
 * opened in headless Chromium: every image of a ring8 GAN's report decodes, and a screenshot shows
 * the page; the text a reader sees of it, of a classifier's and of a Dualing GAN's has words instead
 * of keys and only the settings that apply. A report with one corrupted image is caught too.
 */
class ReportRenderingTest {

    private static final Pattern RESULT = Pattern.compile("<pre id=\"result\">images=(\\d+) broken=(\\d+)</pre>");
    private static final Pattern TEXT = Pattern.compile("(?s)<pre id=\"text\">(.*?)</pre>");
    /** A page that loads report.html in a frame and counts its images that failed to decode. */
    private static final String CHECKER = """
            <!DOCTYPE html><html><body><iframe id="f" src="report.html" width="1200" height="3000"></iframe>
            <script>
            document.getElementById('f').addEventListener('load', function () {
              var images = this.contentDocument.images, broken = 0;
              for (var i = 0; i < images.length; i++) {
                if (!images[i].complete || images[i].naturalWidth === 0) { broken++; }
              }
              var p = document.createElement('pre');
              p.id = 'result';
              p.textContent = 'images=' + images.length + ' broken=' + broken;
              document.body.appendChild(p);
              var text = document.createElement('pre');
              text.id = 'text';
              text.textContent = this.contentDocument.body.innerText;
              document.body.appendChild(text);
            });
            </script></body></html>
            """;

    @TempDir
    static Path dir;

    static Path run;

    @BeforeAll
    static void trainARing8Gan() {
        run = dir.resolve("run");
        CliTestSupport.Result r = CliTestSupport.run("gan", "--dataset", "ring8", "--epochs", "3", "--out",
                run.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void everyImageOfTheReportDecodesInChromium() throws Exception {
        assumeTrue(Chromium.installed(), "chromium is not installed (test.sh installs it from Debian)");
        Path page = dir.resolve("good");
        Files.createDirectories(page);
        Files.copy(run.resolve("report.html"), page.resolve("report.html"));
        assertReadable(visibleText(page)).contains("GAN on a ring of 8 Gaussians",
                "discriminator loss (nats per point)", "Samples (blue) and the data's modes (red)");
        int[] counts = imageCounts(page);
        // curves (d/g losses, D(x), D(G(z)), coverage metrics), scatter.png and the epoch scatter plots
        assertThat(counts[0]).isGreaterThanOrEqualTo(8);
        assertThat(counts[1]).isZero();

        Path shot = page.resolve("screenshot.png");
        chromium("--window-size=1280,2000", "--screenshot=" + shot, page.resolve("report.html").toUri().toString());
        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(distinctGreys(image)).as("a rendered page, not a blank one").isGreaterThan(20);
    }

    @Test
    void theReportsOfAClassifierAndADualingGanReadAsWordsWithTheirOwnSettings() throws Exception {
        assumeTrue(Chromium.installed(), "chromium is not installed (test.sh installs it from Debian)");
        Path classifier = dir.resolve("classifier");
        Path dual = dir.resolve("dualgan");
        assertThat(CliTestSupport.run("classifier", "--epochs", "2", "--limit", "1000", "--out", classifier.toString())
                .exitCode()).isZero();
        assertThat(CliTestSupport.run("dualgan", "--dataset", "ring8", "--epochs", "2", "--out", dual.toString())
                .exitCode()).isZero();
        for (Path run : new Path[] {classifier, dual}) {
            Path page = dir.resolve("words-" + run.getFileName());
            Files.createDirectories(page);
            Files.copy(run.resolve("report.html"), page.resolve("report.html"));
            String text = visibleText(page);
            assertReadable(text);
            if (run == classifier) {
                assertThat(text).contains("Classifier on MNIST", "accuracy (%)", "cross-entropy (nats per image)");
            } else {
                // the MLP dual: no linear features, no channel multiplier of conv networks, no ascent sweeps
                assertThat(text).contains("Dualing GAN on a ring of 8 Gaussians", "dual objective (nats per point)",
                        "Newton's method").doesNotContain("discriminator's features", "channel multiplier",
                        "coordinate-ascent sweeps");
            }
        }
    }

    @Test
    void aCorruptedImageIsCounted() throws Exception {
        assumeTrue(Chromium.installed(), "chromium is not installed (test.sh installs it from Debian)");
        Path page = dir.resolve("bad");
        Files.createDirectories(page);
        String html = Files.readString(run.resolve("report.html"));
        String broken = html.replaceFirst("data:image/png;base64,[A-Za-z0-9+/]{40}", "data:image/png;base64,AAAA");
        assertThat(broken).isNotEqualTo(html);
        Files.writeString(page.resolve("report.html"), broken);
        assertThat(imageCounts(page)[1]).isEqualTo(1);
    }

    /** The text a reader sees of folder/report.html in Chromium. */
    private static String visibleText(Path folder) throws Exception {
        Files.writeString(folder.resolve("check.html"), CHECKER);
        String dom = chromium("--allow-file-access-from-files", "--virtual-time-budget=10000", "--dump-dom",
                folder.resolve("check.html").toUri().toString());
        Matcher text = TEXT.matcher(dom);
        assertThat(text.find()).as(dom).isTrue();
        return text.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** Words, not keys (d_loss, batchesPerEpoch, NONSATURATING), and no null or NaN. */
    private static AbstractStringAssert<?> assertReadable(String text) {
        return assertThat(text).doesNotContainPattern("\\b[a-z]+(_[a-z0-9]+)+\\b")
                .doesNotContainPattern("\\b[a-z]+[A-Z][A-Za-z]*\\b")
                .doesNotContainPattern("\\b[A-Z]{4,}\\b(?<!MNIST)").doesNotContain("null", "NaN");
    }

    /** (images, broken images) of folder/report.html as Chromium loaded it. */
    private static int[] imageCounts(Path folder) throws Exception {
        Files.writeString(folder.resolve("check.html"), CHECKER);
        String dom = chromium("--allow-file-access-from-files", "--virtual-time-budget=10000", "--dump-dom",
                folder.resolve("check.html").toUri().toString());
        Matcher m = RESULT.matcher(dom);
        assertThat(m.find()).as(dom).isTrue();
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private static String chromium(String... args) throws IOException, InterruptedException {
        return Chromium.run(dir.resolve("profile"), args);
    }

    private static int distinctGreys(BufferedImage image) {
        boolean[] seen = new boolean[256];
        int count = 0;
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                int g = image.getRGB(x, y) & 0xff;
                if (!seen[g]) {
                    seen[g] = true;
                    count++;
                }
            }
        }
        return count;
    }
}
