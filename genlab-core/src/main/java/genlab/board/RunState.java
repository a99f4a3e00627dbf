package genlab.board;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import genlab.JsonProblems;
import genlab.report.Curve;
import genlab.report.MetricsTable;
import genlab.report.Words;
import genlab.run.RunFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedMap;

/**
 * What a run's live page shows, as the JSON its server-sent events carry: the title, the status,
 * the epochs, each curve in words with its lines, and the newest picture of its samples.
 */
final class RunState {

    private RunState() {}

    /** The state of the run {@code dir} ({@code path} under the board's folder), or empty while it has no config. */
    static Optional<ObjectNode> of(Path root, Path dir) throws IOException {
        Optional<RunEntry> entry = RunIndex.read(root, dir);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        RunEntry run = entry.get();
        JsonNode config = JsonProblems.MAPPER.readTree(dir.resolve(RunFolder.CONFIG).toFile());
        ObjectNode state = JsonProblems.MAPPER.createObjectNode();
        state.put("path", run.path()).put("title", Words.title(run.model(), run.dataset()))
                .put("status", run.status().word()).put("epochs", run.epochs()).put("totalEpochs", run.totalEpochs());
        ArrayNode curves = state.putArray("curves");
        Path metrics = dir.resolve("metrics.csv");
        if (Files.isRegularFile(metrics)) {
            MetricsTable table = MetricsTable.read(metrics);
            if (!table.rows().isEmpty()) {
                for (Curve curve : Curve.of(table, config)) {
                    ObjectNode c = curves.addObject().put("title", curve.title()).put("axis", curve.axis());
                    array(c.putArray("epochs"), curve.epochs());
                    ObjectNode series = c.putObject("series");
                    curve.series().forEach((name, values) -> array(series.putArray(name), values));
                }
            }
        }
        Optional<Path> picture = newestPicture(dir);
        if (picture.isPresent()) {
            // the time in the query: a picture rewritten under its name is fetched again
            state.put("picture", "/file/" + SafePaths.encode(run.path() + "/" + dir.relativize(picture.get()).toString()
                    .replace('\\', '/')) + "?v=" + Files.getLastModifiedTime(picture.get()).toMillis());
        }
        return Optional.of(state);
    }

    // NaN and infinities as null: JSON has no such numbers, and a chart leaves a gap
    private static void array(ArrayNode into, double[] values) {
        for (double v : values) {
            if (Double.isFinite(v)) {
                into.add(v);
            } else {
                into.addNull();
            }
        }
    }

    // the last epoch's picture, else the final one
    private static Optional<Path> newestPicture(Path dir) throws IOException {
        SortedMap<Integer, Path> byEpoch = RunFolder.epochImages(dir);
        if (!byEpoch.isEmpty()) {
            return Optional.of(byEpoch.get(byEpoch.lastKey()));
        }
        for (String name : new String[] {"samples.png", "scatter.png"}) {
            if (Files.isRegularFile(dir.resolve(name))) {
                return Optional.of(dir.resolve(name));
            }
        }
        return Optional.empty();
    }
}
