package genlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import genlab.AtomicFile;
import genlab.board.BoardServer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * genlab board in headless Chromium: a run's page draws its charts, with legends, from the pushed
 * events and follows the run while it writes epochs, and so does the index; the overlay page names
 * each run in its legends.
 */
class BoardRenderingTest {

    private static final String CONFIG = "{\"model\":\"gan\",\"dataset\":\"ring8\",\"dimension\":2,\"image\":null,"
            + "\"epochs\":8}";
    private static final String HEADER = "epoch,train_d_loss,test_d_loss,modes_covered,seconds\n";

    @TempDir
    Path dir;

    private Path run(String name) throws IOException {
        Path run = Files.createDirectories(dir.resolve("runs").resolve(name));
        Files.writeString(run.resolve("config.json"), CONFIG);
        AtomicFile.writeString(run.resolve("metrics.csv"), HEADER + "1,1.3,1.4,1,0.5\n");
        Files.createDirectories(run.resolve("epochs"));
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png",
                run.resolve("epochs").resolve("scatter-epoch001.png").toFile());
        return run;
    }

    @Test
    void aRunsPageFollowsTheRunAsItWritesEpochs() throws Exception {
        assumeTrue(Chromium.installed(), "chromium is not installed (test.sh installs it from Debian)");
        Path run = run("ring8-gan");
        run("ring8-other");
        BoardServer board = BoardServer.start(dir.resolve("runs"), new InetSocketAddress("127.0.0.1", 0));
        // the run trains while the page is open: an epoch every 0.4 s, then the board stops, which ends the page's stream
        CompletableFuture<Void> training = CompletableFuture.runAsync(() -> {
            try {
                StringBuilder metrics = new StringBuilder(HEADER + "1,1.3,1.4,1,0.5\n");
                for (int epoch = 2; epoch <= 6; epoch++) {
                    Thread.sleep(1500);
                    metrics.append(epoch).append(',').append(1.3 - 0.05 * epoch).append(",1.2,").append(epoch)
                            .append(",0.5\n");
                    AtomicFile.writeString(run.resolve("metrics.csv"), metrics.toString());
                }
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                board.close();
            }
        });
        String dom = Chromium.run(dir.resolve("profile"), "--virtual-time-budget=30000", "--dump-dom",
                board.url() + "run/ring8-gan");
        training.join();
        // the page as the last event left it: the sixth epoch, one chart per quantity, each with its legend
        assertThat(dom).contains("<span id=\"epochs\">6</span>", "<span id=\"status\">stopped</span>",
                "GAN on a ring of 8 Gaussians", "<title>Discriminator loss</title>", "<title>Modes covered</title>",
                "discriminator loss (nats per point)", ">training</text>", ">test</text>",
                "/file/ring8-gan/epochs/scatter-epoch001.png?v=");
        assertThat(Pattern.compile("<svg width=\"520\"").matcher(dom).results().count()).as(dom).isEqualTo(2);
        assertThat(Pattern.compile("<g class=\"legend\"><line x1=\"\\d").matcher(dom).results().count()).isEqualTo(3);
    }

    @Test
    void theIndexFollowsTheRunsAsTheyWriteEpochs() throws Exception {
        assumeTrue(Chromium.installed(), "chromium is not installed (test.sh installs it from Debian)");
        Path run = run("ring8-gan");
        BoardServer board = BoardServer.start(dir.resolve("runs"), new InetSocketAddress("127.0.0.1", 0));
        CompletableFuture<Void> training = CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(2000);
                AtomicFile.writeString(run.resolve("metrics.csv"), HEADER + "1,1.3,1.4,1,0.5\n2,1.2,1.3,3,0.5\n");
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                board.close();
            }
        });
        String dom = Chromium.run(dir.resolve("profile"), "--virtual-time-budget=30000", "--dump-dom", board.url());
        training.join();
        // the row as the last event left it, its time filled in by the page
        assertThat(dom).contains("<td>2 of 8</td>", "discriminator loss 1.3").doesNotContain("<td>1 of 8</td>")
                .containsPattern("<td class=\"moved\" data-moved=\"\\d+\">\\d+ s ago</td>");
    }

    @Test
    void theOverlayNamesEachRunAndTheIndexListsThem() throws Exception {
        assumeTrue(Chromium.installed(), "chromium is not installed (test.sh installs it from Debian)");
        run("ring8-gan");
        run("ring8-other");
        try (BoardServer board = BoardServer.start(dir.resolve("runs"), new InetSocketAddress("127.0.0.1", 0))) {
            CompletableFuture<Void> stop = CompletableFuture.runAsync(() -> {
                try {
                    Thread.sleep(4000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                board.close();
            });
            String index = Chromium.run(dir.resolve("profile"), "--dump-dom", board.url());
            assertThat(index).contains("<a href=\"/run/ring8-gan\">ring8-gan</a>", "<a href=\"/run/ring8-other\">",
                    "1 of 8", "stopped");
            String overlay = Chromium.run(dir.resolve("profile"), "--virtual-time-budget=30000", "--dump-dom",
                    board.url() + "compare?run=ring8-gan&run=ring8-other");
            stop.join();
            assertThat(overlay).contains("<title>Discriminator loss, test</title>", ">ring8-gan</text>",
                    ">ring8-other</text>");
        }
    }
}
