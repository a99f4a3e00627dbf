package genlab.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A download says where it comes from and how much it got, and leaves MD5-checked files. */
class DownloaderTest {

    @Test
    void aDownloadSaysFromWhereAndHowMuch(@TempDir Path target) throws IOException {
        Path data = Path.of(Optional.ofNullable(System.getenv("GENLAB_DATA")).orElse("../../shared/data"), "mnist");
        // a mirror on this machine, serving the shared MNIST files
        HttpServer mirror = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        mirror.createContext("/", exchange -> {
            Path file = data.resolve(exchange.getRequestURI().getPath().substring(1));
            byte[] bytes = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
            exchange.sendResponseHeaders(bytes.length > 0 ? 200 : 404, bytes.length > 0 ? bytes.length : -1);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        mirror.start();
        List<String> lines = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger logger = Logger.getLogger("genlab.data");
        logger.addHandler(handler);
        try {
            String url = "http://127.0.0.1:" + mirror.getAddress().getPort() + "/";
            new Downloader(spec -> List.of(url)).download(DatasetSpec.MNIST, target);
            assertThat(lines).containsExactly("downloading mnist from " + url + " into " + target,
                    "downloaded mnist: 4 files, 11.6 MB");
            assertThat(target.resolve("train-images-idx3-ubyte.gz")).isRegularFile();
        } finally {
            logger.removeHandler(handler);
            mirror.stop(0);
        }
    }
}
