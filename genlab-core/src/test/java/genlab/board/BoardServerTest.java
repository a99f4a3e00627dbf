package genlab.board;

import genlab.AtomicFile;
import genlab.run.RunLock;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

class BoardServerTest {

    static final String CONFIG = "{\"model\":\"gan\",\"dataset\":\"ring8\",\"dimension\":2,\"image\":null,\"epochs\":3}";
    static final String HEADER = "epoch,train_d_loss,test_d_loss,modes_covered,seconds\n";

    @TempDir
    Path dir;
    Path runs;
    BoardServer board;

    @BeforeEach
    void runs() throws IOException {
        runs = Files.createDirectories(dir.resolve("runs"));
        run("finished", HEADER + "1,1.2,1.3,2,0.5\n2,1.1,1.2,5,0.5\n3,1.0,1.1,8,0.5\n");
        run("stopped", HEADER + "1,1.2,1.3,2,0.5\n");
        run("diverged", HEADER + "1,1.2,1.3,2,0.5\n2,NaN,NaN,0,0.5\n");
        run("study/cells/training", HEADER + "1,1.2,1.3,2,0.5\n");
        // a live process holds its lock: this one
        Files.writeString(runs.resolve("study/cells/training").resolve(RunLock.FILE), ProcessHandle.current().pid() + "\n");
        Files.writeString(runs.resolve("finished/samples.png"), "not really a png");
        Files.writeString(dir.resolve("secret.txt"), "outside the board's folder");
        board = BoardServer.start(runs, new InetSocketAddress("127.0.0.1", 0));
    }

    @AfterEach
    void close() {
        board.close();
    }

    private void run(String path, String metrics) throws IOException {
        Path run = Files.createDirectories(runs.resolve(path));
        Files.writeString(run.resolve("config.json"), CONFIG);
        Files.writeString(run.resolve("metrics.csv"), metrics);
    }

    @Test
    void theIndexListsEveryRunWithItsStatusInWords() throws IOException {
        String page = request("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        assertThat(page).startsWith("HTTP/1.1 200").contains("a ring of 8 Gaussians", "GAN",
                "<a href=\"/run/finished\">finished</a>", "<td class=\"finished\">finished</td><td>3 of 3</td>",
                "<td class=\"stopped\">stopped</td><td>1 of 3</td>", "<td class=\"diverged\">diverged</td>",
                "<a href=\"/run/study/cells/training\">", "<td class=\"training\">training</td>",
                "discriminator loss 1.1");
    }

    @Test
    void filesOutsideTheFolderHiddenFilesAndMalformedPathsAreNotFound() throws IOException {
        Files.createSymbolicLink(runs.resolve("finished/outside"), dir);
        assertThat(request("GET /file/finished/samples.png HTTP/1.1\r\nHost: x\r\n\r\n")).startsWith("HTTP/1.1 200")
                .contains("Content-type: image/png", "not really a png");
        for (String path : List.of("/file/../secret.txt", "/file/finished/../../secret.txt",
                "/file/%2e%2e/secret.txt", "/file/%2E%2E%2Fsecret.txt", "/file/..%2fsecret.txt",
                "/file/finished/outside/secret.txt", "/file/finished/%2e%2e/%2e%2e/secret.txt",
                "/file/study/cells/training/.genlab.lock", "/file/finished/samples.png%00.html",
                "/file/finished%5c..%5c..%5csecret.txt", "/file/%zz", "/file/%c0%ae%c0%ae/secret.txt",
                "/file//etc/passwd", "/run/../..", "/events/%2e%2e", "/compare?run=..%2f..")) {
            String answer = request("GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(answer).as(path).matches("(?s)HTTP/1.1 4\\d\\d .*").doesNotContain("outside the board",
                    "root:");
        }
    }

    @Test
    void oversizedOrMalformedRequestsGetA4xxAndNothingElse() throws IOException {
        assertThat(request("GET /" + "a".repeat(5000) + " HTTP/1.1\r\nHost: x\r\n\r\n")).startsWith("HTTP/1.1 414");
        StringBuilder many = new StringBuilder("GET / HTTP/1.1\r\nHost: x\r\n");
        for (int i = 0; i < 100; i++) {
            many.append("X-H").append(i).append(": v\r\n");
        }
        assertThat(request(many + "\r\n")).matches("(?s)(HTTP/1.1 4\\d\\d .*)?");
        assertThat(request("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n"))
                .matches("(?s)(HTTP/1.1 4\\d\\d .*)?");
        assertThat(request("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")).startsWith("HTTP/1.1 405");
        assertThat(request("GARBAGE\r\n\r\n")).matches("(?s)(HTTP/1.1 4\\d\\d .*)?");
        assertThat(request("GET /file/finished/samples.png HTTP/9.9\r\n\r\n")).doesNotContain("not really a png");
        // the board still answers
        assertThat(request("GET / HTTP/1.1\r\nHost: x\r\n\r\n")).startsWith("HTTP/1.1 200");
    }

    @Test
    void aRunsStreamSendsItsStateAndAgainWhenItsMetricsChange() throws Exception {
        Path run = runs.resolve("stopped");
        URI uri = URI.create(board.url() + "events/stopped");
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.getOutputStream().write("GET /events/stopped HTTP/1.1\r\nHost: x\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String first = nextEvent(in);
            assertThat(first).contains("\"epochs\":1", "\"title\":\"GAN on a ring of 8 Gaussians\"",
                    "\"axis\":\"discriminator loss (nats per point)\"", "\"status\":\"stopped\"");
            // the run writes its next epoch as runs do: a whole file renamed into place
            AtomicFile.writeString(run.resolve("metrics.csv"), HEADER + "1,1.2,1.3,2,0.5\n2,1.1,1.2,5,0.5\n");
            assertThat(nextEvent(in)).contains("\"epochs\":2", "\"training\":[1.2,1.1]");
        }
    }

    private static String nextEvent(BufferedReader in) throws IOException {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.startsWith("data: ")) {
                return line;
            }
        }
        throw new IOException("the stream ended");
    }

    // a raw request, so that nothing normalizes the path on the way; the whole answer, or "" when the server hangs up
    private String request(String raw) throws IOException {
        URI uri = URI.create(board.url());
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(raw.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.net.SocketException e) {
            return "";
        }
    }
}
