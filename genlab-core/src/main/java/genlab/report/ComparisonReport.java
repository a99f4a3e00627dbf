package genlab.report;

import com.fasterxml.jackson.databind.JsonNode;
import genlab.AtomicFile;
import genlab.run.RunFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A page comparing several run folders, in the words of {@link RunReport}: a table of each run's
 * evaluation and last-epoch numbers (test values where there are some), per term one chart with
 * every run's curve overlaid and named in the legend, and the runs' final samples side by side.
 */
public final class ComparisonReport {

    /** The pictures of a run's final samples, the first one found shown. */
    private static final List<String> SAMPLES = List.of("samples.png", "scatter.png");

    private ComparisonReport() {}

    /** Writes the comparison of {@code runs} to {@code out}. */
    public static void write(List<RunFolder> runs, Path out) throws IOException {
        Map<String, List<Curve>> curves = new LinkedHashMap<>();
        Map<String, Map<String, String>> finals = new LinkedHashMap<>();
        Set<String> measures = new LinkedHashSet<>(List.of("model", "data"));
        for (RunFolder run : runs) {
            Path dir = run.dir();
            String name = dir.getFileName().toString();
            JsonNode config = run.readJson(RunFolder.CONFIG, JsonNode.class);
            RunFacts fact = RunFacts.of(config);
            Map<String, String> values = new LinkedHashMap<>();
            values.put("model", Words.model(fact.model()));
            values.put("data", Words.dataset(fact.dataset()));
            if (Files.isRegularFile(dir.resolve(RunReport.EVAL))) {
                for (List<String> row : EvaluationRows.of(run.readJson(RunReport.EVAL, JsonNode.class), fact)) {
                    values.put(row.get(0), row.get(1));
                }
            }
            if (Files.isRegularFile(dir.resolve(RunReport.METRICS))) {
                MetricsTable table = MetricsTable.read(dir.resolve(RunReport.METRICS));
                if (!table.rows().isEmpty()) {
                    curves.put(name, Curve.of(table, config));
                    values.putAll(EpochSections.lastValues(table, fact));
                }
            }
            measures.addAll(values.keySet());
            finals.put(name, values);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String measure : measures) {
            List<String> row = new ArrayList<>(List.of(measure));
            finals.values().forEach(v -> row.add(v.getOrDefault(measure, "")));
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of("measure"));
        header.addAll(finals.keySet());
        StringBuilder body = new StringBuilder("<h2>Final numbers</h2>\n").append(Html.table(header, rows));
        body.append(samples(runs));
        body.append(EpochSections.overlaid(curves));
        AtomicFile.writeString(out, Html.page("Comparison of " + runs.size() + (runs.size() == 1 ? " run" : " runs"),
                body.toString()));
    }

    private static String samples(List<RunFolder> runs) throws IOException {
        StringBuilder s = new StringBuilder();
        for (RunFolder run : runs) {
            for (String name : SAMPLES) {
                Path file = run.file(name);
                if (Files.isRegularFile(file)) {
                    s.append(Html.figure(Files.readAllBytes(file), run.dir().getFileName().toString(), 280));
                    break;
                }
            }
        }
        return s.length() == 0 ? "" : "<h2>Samples</h2>\n" + s;
    }
}
