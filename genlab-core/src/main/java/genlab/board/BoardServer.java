package genlab.board;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import genlab.ConfigChecks;
import genlab.GenLabException;
import genlab.JsonProblems;
import genlab.run.RunFolder;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A board of the runs under a folder, served over HTTP by the JDK's server: {@code /} lists them,
 * {@code /run/PATH} is a run's live page, {@code /compare?run=A&run=B} overlays runs, {@code
 * /events/PATH} streams a run's state as server-sent events whenever its files change ({@code /events}
 * the index's rows), and {@code
 * /file/PATH} serves a file of a run. Only GET and HEAD of HTTP/1.0 and 1.1 are answered. A path that leaves the
 * folder ({@link SafePaths}), a request line over 2,048 characters, more than 64 headers or more
 * than 16 KB of them get a 4xx status and nothing else.
 */
public final class BoardServer implements AutoCloseable {

    static final int MAX_URI = 2_048;
    static final int MAX_HEADERS = 64;
    static final int MAX_HEADER_BYTES = 16_384;
    /** How often a stream looks at its run's files. */
    private static final long POLL_MILLIS = 500;
    /** A comment line on a quiet stream, so that a closed page is noticed. */
    private static final long KEEP_ALIVE_MILLIS = 15_000;
    private static final Map<String, String> TYPES = Map.of("png", "image/png", "html", "text/html; charset=utf-8",
            "csv", "text/csv; charset=utf-8", "json", "application/json", "md", "text/markdown; charset=utf-8");

    private static final ObjectWriter ONE_LINE = JsonProblems.MAPPER.writer()
            .without(SerializationFeature.INDENT_OUTPUT);

    private final HttpServer server;
    private final ExecutorService threads;
    private final SafePaths paths;
    private volatile boolean closed;

    private BoardServer(HttpServer server, ExecutorService threads, SafePaths paths) {
        this.server = server;
        this.threads = threads;
        this.paths = paths;
    }

    /** Serves the runs under {@code folder} at {@code address} (port 0: a free one) until {@link #close}. */
    public static BoardServer start(Path folder, InetSocketAddress address) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new GenLabException(folder + ": not a folder, expected a folder of runs (runs/ by default)");
        }
        if (address.getPort() != 0) {
            ConfigChecks.port("port", address.getPort());
        }
        HttpServer server;
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new GenLabException(address.getHostString() + ":" + address.getPort() + ": cannot serve there ("
                    + GenLabException.reason(e) + "); choose another port");
        }
        // a thread per stream: each open run page holds one
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "genlab-board");
            t.setDaemon(true);
            return t;
        });
        BoardServer board = new BoardServer(server, threads, new SafePaths(folder));
        server.createContext("/", board::handle);
        server.setExecutor(threads);
        server.start();
        return board;
    }

    /** {@code http://HOST:PORT/}. */
    public String url() {
        InetSocketAddress a = server.getAddress();
        return "http://" + a.getHostString() + ":" + a.getPort() + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getProtocol().equals("HTTP/1.1") && !exchange.getProtocol().equals("HTTP/1.0")) {
                send(exchange, 400, "HTTP/1.0 or HTTP/1.1 only");
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "only GET and HEAD");
                return;
            }
            URI uri = exchange.getRequestURI();
            if (uri.toString().length() > MAX_URI) {
                send(exchange, 414, "the request line is too long");
                return;
            }
            if (!headersFit(exchange.getRequestHeaders())) {
                send(exchange, 431, "too many or too large headers");
                return;
            }
            route(exchange, uri.getRawPath(), uri.getRawQuery());
        } catch (IOException | RuntimeException e) {
            // the page was closed mid-answer, or a run's file could not be read: the exchange ends here
        }
    }

    private void route(HttpExchange exchange, String path, String query) throws IOException {
        if (path.equals("/")) {
            sendHtml(exchange, BoardPages.index(paths.root().getFileName().toString(), RunIndex.scan(paths.root()),
                    Instant.now()));
        } else if (path.equals("/compare")) {
            List<String> runs = new ArrayList<>();
            for (String pair : query == null ? new String[0] : query.split("&")) {
                if (pair.startsWith("run=")) {
                    Optional<Path> run = paths.resolve(pair.substring(4).replace('+', ' '))
                            .filter(p -> Files.isRegularFile(p.resolve(RunFolder.CONFIG)));
                    if (run.isEmpty()) {
                        send(exchange, 404, "no such run");
                        return;
                    }
                    runs.add(paths.relative(run.get()));
                }
            }
            sendHtml(exchange, BoardPages.compare(runs));
        } else if (path.startsWith("/run/")) {
            Optional<Path> run = runFolder(path.substring(5));
            if (run.isEmpty()) {
                send(exchange, 404, "no such run");
            } else {
                sendHtml(exchange, BoardPages.run(paths.relative(run.get())));
            }
        } else if (path.equals("/events")) {
            // the index's rows, their times left for the page to fill
            stream(exchange, "runs", () -> Optional.of(oneLine(BoardPages.rows(RunIndex.scan(paths.root()), null))));
        } else if (path.startsWith("/events/")) {
            Optional<Path> run = runFolder(path.substring(8));
            if (run.isEmpty()) {
                send(exchange, 404, "no such run");
            } else {
                stream(exchange, "state", () -> {
                    Optional<ObjectNode> state = RunState.of(paths.root(), run.get());
                    return state.isPresent() ? Optional.of(oneLine(state.get())) : Optional.empty();
                });
            }
        } else if (path.startsWith("/file/")) {
            serveFile(exchange, path.substring(6));
        } else {
            send(exchange, 404, "not found");
        }
    }

    private Optional<Path> runFolder(String raw) {
        return paths.resolve(raw).filter(p -> Files.isRegularFile(p.resolve(RunFolder.CONFIG)));
    }

    private void serveFile(HttpExchange exchange, String raw) throws IOException {
        Optional<Path> file = paths.resolve(raw).filter(Files::isRegularFile);
        String name = file.map(f -> f.getFileName().toString()).orElse("");
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        if (file.isEmpty() || type == null) {
            send(exchange, 404, "no such file");
            return;
        }
        // one read of a file that is renamed into place whole: the old or the new one, never a part
        byte[] bytes = Files.readAllBytes(file.get());
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        sendBytes(exchange, 200, bytes);
    }

    /** What a stream sends: its data now, as one line of JSON, or empty while there is none. */
    private interface Source {
        Optional<String> json() throws IOException;
    }

    // the source's data now, then again whenever it changes, until the page goes or the board closes
    private void stream(HttpExchange exchange, String event, Source source) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "text/event-stream; charset=utf-8");
        headers.set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        String sent = null;
        long quiet = System.currentTimeMillis();
        while (!closed) {
            Optional<String> json = source.json();
            if (json.isPresent() && !json.get().equals(sent)) {
                out.write(("event: " + event + "\ndata: " + json.get() + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                sent = json.get();
                quiet = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - quiet > KEEP_ALIVE_MILLIS) {
                out.write(": still here\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
                quiet = System.currentTimeMillis();
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    // one line: an event's data ends at its first line break
    private static String oneLine(Object value) throws IOException {
        return ONE_LINE.writeValueAsString(value);
    }

    private static boolean headersFit(Headers headers) {
        int count = 0;
        long bytes = 0;
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            for (String value : header.getValue()) {
                count++;
                bytes += header.getKey().length() + value.length() + 4;
            }
        }
        return count <= MAX_HEADERS && bytes <= MAX_HEADER_BYTES;
    }

    private static void sendHtml(HttpExchange exchange, String html) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'; script-src 'unsafe-inline'; "
                + "style-src 'unsafe-inline'; img-src 'self'");
        sendBytes(exchange, 200, html.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String text) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        sendBytes(exchange, status, (status + " " + text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void sendBytes(HttpExchange exchange, int status, byte[] bytes) throws IOException {
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            exchange.getResponseBody().write(bytes);
        }
    }

    /** Stops serving: open streams end within half a second. */
    @Override
    public void close() {
        closed = true;
        server.stop(0);
        threads.shutdownNow();
    }
}
