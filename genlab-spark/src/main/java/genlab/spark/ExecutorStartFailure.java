package genlab.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a standalone cluster's executors exit as they start, before they join the application: the
 * error an executor wrote to its stderr, read through the master's and the workers' web UIs
 * (the master's JSON names the workers, a worker's JSON its finished executors, its log page
 * their stderr). Empty when the master is not a standalone one, its web UI does not answer on
 * {@code spark.master.ui.port} (Spark's default 8080), or no executor of the application has ended.
 */
final class ExecutorStartFailure {

    /** Spark's line between an executor's command and what the executor itself wrote. */
    private static final String COMMAND_END = "========================================";
    /** The log page's first line, which names the file. */
    private static final Pattern LOG_FILE = Pattern.compile("^==== Bytes \\d+-\\d+ of \\d+ of (.+) ====$",
            Pattern.MULTILINE);
    private static final int LOG_BYTES = 65_536;
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String masterUrl;
    private final String masterUi;
    private final String appId;

    private ExecutorStartFailure(String masterUrl, String masterUi, String appId) {
        this.masterUrl = masterUrl;
        this.masterUi = masterUi;
        this.appId = appId;
    }

    /** A watch over application {@code appId}'s executors on {@code masterUrl}, if it is a standalone master. */
    static Optional<ExecutorStartFailure> watch(String masterUrl, int masterUiPort, String appId) {
        Matcher m = Pattern.compile("spark://([^:/,]+):\\d+").matcher(masterUrl);
        return m.matches() ? Optional.of(new ExecutorStartFailure(masterUrl, "http://" + m.group(1) + ":"
                + masterUiPort, appId)) : Optional.empty();
    }

    /**
     * The first line an ended executor of the application wrote, with its number, host and stderr
     * file ("executor 3 on 10.0.0.2: Error opening zip file ...; its stderr is ..."), if one has ended.
     */
    Optional<String> firstError() {
        try {
            JsonNode master = get(masterUi + "/json/");
            if (!masterUrl.equals(master.path("url").asText())) {
                return Optional.empty();
            }
            for (JsonNode worker : master.path("workers")) {
                String ui = worker.path("webuiaddress").asText();
                for (JsonNode executor : get(ui + "/json/").path("finishedexecutors")) {
                    if (appId.equals(executor.path("appid").asText())) {
                        String id = executor.path("id").asText();
                        return Optional.of(describe(worker.path("host").asText(), id, text(ui + "/log/?appId="
                                + URLEncoder.encode(appId, StandardCharsets.UTF_8) + "&executorId=" + id
                                + "&logType=stderr&offset=0&byteLength=" + LOG_BYTES)));
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * One line on executor {@code id} of {@code host} from its worker's log page {@code log}: the
     * first non-blank line the executor wrote after Spark's line of its command, and where its stderr is.
     */
    static String describe(String host, String id, String log) {
        int start = log.lastIndexOf(COMMAND_END);
        String own = start < 0 ? "" : log.substring(start + COMMAND_END.length());
        String error = own.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst()
                .orElse("it wrote nothing to its stderr");
        Matcher file = LOG_FILE.matcher(log);
        return "executor " + id + " on " + host + ": " + error + (file.find() ? "; its stderr is " + file.group(1)
                : "");
    }

    private JsonNode get(String url) throws IOException, InterruptedException {
        return JSON.readTree(text(url));
    }

    private String text(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(url + ": HTTP " + response.statusCode());
        }
        return response.body();
    }
}
