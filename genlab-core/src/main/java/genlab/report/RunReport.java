package genlab.report;

import com.fasterxml.jackson.databind.JsonNode;
import genlab.AtomicFile;
import genlab.run.RunFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code report.html} of one run folder, one self-contained file (every image embedded, no script,
 * no network): the configuration, the evaluation numbers (eval.json), the last epoch's metrics,
 * a curve per loss term and metric (train and test, per epoch), a comparison's table, the final
 * sample grids or scatter plots, and the sample grids over the epochs.
 */
public final class RunReport {

    public static final String FILE = "report.html";
    static final String EVAL = "eval.json";
    static final String METRICS = "metrics.csv";
    /** The stability table of a {@code genlab compare} run (markdown). */
    private static final String TABLE = "table.md";
    /** Images a run writes once, in the order the page shows them. */
    private static final List<String> FINAL_IMAGES = List.of("samples.png", "reconstructions.png", "scatter.png",
            "prior-samples.png", "compare.png");
    private static final Pattern EPOCH_IMAGE = Pattern.compile("(samples|scatter)-epoch(\\d+)\\.png");
    /** Epoch grids shown at most (evenly spaced, the first and the last among them). */
    private static final int EPOCH_IMAGES = 10;

    private RunReport() {}

    /** Writes report.html from whatever the run folder holds now. */
    public static void write(RunFolder run) throws IOException {
        Path dir = run.dir();
        JsonNode config = run.readJson(RunFolder.CONFIG, JsonNode.class);
        StringBuilder body = new StringBuilder();
        body.append("<h2>Configuration</h2>\n").append(Html.table(List.of("option", "value"), Html.flatten(config)));
        if (Files.isRegularFile(dir.resolve(EVAL))) {
            body.append("<h2>Evaluation (eval.json)</h2>\n")
                    .append(Html.table(List.of("quantity", "value"), Html.flatten(run.readJson(EVAL, JsonNode.class))));
        }
        if (Files.isRegularFile(dir.resolve(METRICS))) {
            body.append(metricsSection(MetricsTable.read(dir.resolve(METRICS))));
        }
        if (Files.isRegularFile(dir.resolve(TABLE))) {
            body.append("<h2>Table</h2>\n<pre>").append(Html.escape(Files.readString(dir.resolve(TABLE))))
                    .append("</pre>\n");
        }
        body.append(imagesSection(dir));
        String title = "GenLab run " + dir.getFileName() + " (" + config.path("model").asText() + " on "
                + config.path("dataset").asText() + ")";
        AtomicFile.writeString(dir.resolve(FILE), Html.page(title, body.toString()));
    }

    private static String metricsSection(MetricsTable table) throws IOException {
        if (table.rows().isEmpty()) {
            return "<p>No epoch has finished yet.</p>\n";
        }
        StringBuilder s = new StringBuilder("<h2>Last epoch</h2>\n");
        double[] last = table.rows().get(table.rows().size() - 1);
        List<List<String>> cells = new ArrayList<>();
        for (int j = 0; j < last.length; j++) {
            cells.add(List.of(table.columns().get(j), Html.number(last[j])));
        }
        s.append(Html.table(List.of("metric", "value"), cells)).append("<h2>Curves</h2>\n");
        double[] epochs = table.column("epoch");
        for (String quantity : table.quantities()) {
            Map<String, double[][]> series = new LinkedHashMap<>();
            for (String column : table.columnsOf(quantity)) {
                series.put(column.startsWith("test_") ? "test" : column.startsWith("train_") ? "train" : quantity,
                        new double[][] {epochs, table.column(column)});
            }
            for (byte[] png : CurvePlot.png(quantity, quantity, series).stream().toList()) {
                s.append(Html.figure(png, quantity + " per epoch", null));
            }
        }
        return s.toString();
    }

    private static String imagesSection(Path dir) throws IOException {
        StringBuilder s = new StringBuilder();
        for (String name : FINAL_IMAGES) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                s.append(Html.figure(Files.readAllBytes(file), name, null));
            }
        }
        if (s.length() > 0) {
            s.insert(0, "<h2>Samples</h2>\n");
        }
        TreeMap<Integer, Path> byEpoch = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(f -> {
                Matcher m = EPOCH_IMAGE.matcher(f.getFileName().toString());
                if (m.matches()) {
                    byEpoch.put(Integer.parseInt(m.group(2)), f);
                }
            });
        }
        if (!byEpoch.isEmpty()) {
            List<Integer> epochs = new ArrayList<>(byEpoch.keySet());
            s.append("<h2>Over the epochs</h2>\n");
            int shown = Math.min(EPOCH_IMAGES, epochs.size());
            for (int i = 0; i < shown; i++) {
                // evenly spaced from the first to the last epoch
                int epoch = epochs.get(shown == 1 ? epochs.size() - 1
                        : (int) Math.round(i * (epochs.size() - 1) / (double) (shown - 1)));
                s.append(Html.figure(Files.readAllBytes(byEpoch.get(epoch)), "epoch " + epoch, 220));
            }
        }
        return s.toString();
    }
}
