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
import java.util.SortedMap;

/**
 * {@code report.html} of one run folder, one self-contained file (every image embedded, no script,
 * no network), in words a person reads: the results with their units (eval.json and the last
 * epoch), the final samples, a chart per term with training and test curves, the samples over the
 * epochs, a study's table, and the settings that apply to the run.
 */
public final class RunReport {

    public static final String FILE = "report.html";
    static final String EVAL = "eval.json";
    static final String METRICS = "metrics.csv";
    /** The stability table of a {@code genlab compare} run (markdown). */
    private static final String TABLE = "table.md";
    /** Its plot of the score against the learning rate. */
    private static final String STUDY_PLOT = "compare.png";
    /** Images a run writes once, in the order the page shows them, with what they show. */
    private static final Map<String, String> FINAL_IMAGES = new LinkedHashMap<>(Map.of(
            "samples.png", "Samples", "reconstructions.png",
            "Test images (rows 1, 3, 5, 7) and their reconstructions (the row below each)", "scatter.png",
            "Samples (blue) and the data's modes (red)"));
    /** Epoch pictures shown at most (evenly spaced, the first and the last among them). */
    private static final int EPOCH_IMAGES = 10;

    private RunReport() {}

    /** Writes report.html from whatever the run folder holds now. */
    public static void write(RunFolder run) throws IOException {
        Path dir = run.dir();
        JsonNode config = run.readJson(RunFolder.CONFIG, JsonNode.class);
        RunFacts facts = RunFacts.of(config);
        MetricsTable metrics = Files.isRegularFile(dir.resolve(METRICS)) ? MetricsTable.read(dir.resolve(METRICS)) : null;
        StringBuilder body = new StringBuilder("<p class=\"sub\">").append(Html.escape(status(dir, config, metrics)))
                .append("</p>\n");
        List<List<String>> results = new ArrayList<>();
        if (Files.isRegularFile(dir.resolve(EVAL))) {
            results.addAll(EvaluationRows.of(run.readJson(EVAL, JsonNode.class), facts));
        }
        if (!results.isEmpty()) {
            body.append("<h2>Evaluation</h2>\n").append(Html.table(List.of("measure", "value"), results));
        }
        if (metrics != null && !metrics.rows().isEmpty()) {
            body.append(EpochSections.lastEpoch(metrics, facts));
        }
        if (Files.isRegularFile(dir.resolve(TABLE))) {
            body.append("<h2>Table</h2>\n").append(Html.markdownTable(Files.readString(dir.resolve(TABLE))));
        }
        if (Files.isRegularFile(dir.resolve(STUDY_PLOT))) {
            body.append("<h2>Score against learning rate</h2>\n").append(Html.figure(Files.readAllBytes(
                    dir.resolve(STUDY_PLOT)), "mean ± sd over the seeds at each learning rate", null));
        }
        body.append(finalImages(dir, facts));
        if (metrics != null && !metrics.rows().isEmpty()) {
            body.append(EpochSections.curves(metrics, config));
        }
        body.append(epochImages(dir));
        body.append("<h2>Settings</h2>\n").append(Html.table(List.of("setting", "value"), AppliedSettings.of(config)));
        AtomicFile.writeString(dir.resolve(FILE), Html.page(Words.title(config.path("model").asText(),
                config.path("dataset").asText()), body.toString()));
    }

    // "run vae-mnist-...: 30 of 30 epochs": where the run is, for the line under the title
    private static String status(Path dir, JsonNode config, MetricsTable metrics) {
        String line = "run " + dir.getFileName();
        int total = config.path("epochs").asInt(0);
        if (metrics != null && total > 0) {
            int done = metrics.rows().isEmpty() ? 0 : (int) metrics.rows().get(metrics.rows().size() - 1)[0];
            line += ": " + done + " of " + total + (total == 1 ? " epoch" : " epochs");
        }
        return line;
    }

    private static String finalImages(Path dir, RunFacts facts) throws IOException {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, String> image : FINAL_IMAGES.entrySet()) {
            Path file = dir.resolve(image.getKey());
            if (Files.isRegularFile(file)) {
                String caption = image.getKey().equals("samples.png") ? facts.samplesCaption() : image.getValue();
                s.append(Html.figure(Files.readAllBytes(file), caption, null));
            }
        }
        return s.length() == 0 ? "" : "<h2>Samples</h2>\n" + s;
    }

    private static String epochImages(Path dir) throws IOException {
        SortedMap<Integer, Path> byEpoch = RunFolder.epochImages(dir);
        if (byEpoch.isEmpty()) {
            return "";
        }
        List<Integer> epochs = new ArrayList<>(byEpoch.keySet());
        StringBuilder s = new StringBuilder("<h2>Over the epochs</h2>\n<p>The same z at every epoch.</p>\n");
        int shown = Math.min(EPOCH_IMAGES, epochs.size());
        for (int i = 0; i < shown; i++) {
            // evenly spaced from the first to the last epoch
            int epoch = epochs.get(shown == 1 ? epochs.size() - 1
                    : (int) Math.round(i * (epochs.size() - 1) / (double) (shown - 1)));
            s.append(Html.figure(Files.readAllBytes(byEpoch.get(epoch)), "epoch " + epoch, 220));
        }
        return s.toString();
    }
}
