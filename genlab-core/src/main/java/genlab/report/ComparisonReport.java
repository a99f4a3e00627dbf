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
 * A page comparing several run folders: a table of each run's final metrics and evaluation
 * numbers, and per quantity one chart with every run's curve overlaid (its test column where
 * there is one). Self-contained like {@link RunReport}.
 */
public final class ComparisonReport {

    private ComparisonReport() {}

    /** Writes the comparison of {@code runs} to {@code out}. */
    public static void write(List<RunFolder> runs, Path out) throws IOException {
        Map<String, MetricsTable> tables = new LinkedHashMap<>();
        Map<String, Map<String, String>> finals = new LinkedHashMap<>();
        Set<String> columns = new LinkedHashSet<>(List.of("model", "dataset"));
        for (RunFolder run : runs) {
            Path dir = run.dir();
            String name = dir.getFileName().toString();
            Map<String, String> values = new LinkedHashMap<>();
            JsonNode config = run.readJson(RunFolder.CONFIG, JsonNode.class);
            values.put("model", config.path("model").asText());
            values.put("dataset", config.path("dataset").asText());
            if (Files.isRegularFile(dir.resolve(RunReport.METRICS))) {
                MetricsTable table = MetricsTable.read(dir.resolve(RunReport.METRICS));
                tables.put(name, table);
                if (!table.rows().isEmpty()) {
                    double[] last = table.rows().get(table.rows().size() - 1);
                    for (int j = 0; j < last.length; j++) {
                        values.put(table.columns().get(j), Html.number(last[j]));
                    }
                }
            }
            if (Files.isRegularFile(dir.resolve(RunReport.EVAL))) {
                for (List<String> row : Html.flatten(run.readJson(RunReport.EVAL, JsonNode.class))) {
                    values.put("eval." + row.get(0), row.get(1));
                }
            }
            columns.addAll(values.keySet());
            finals.put(name, values);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String column : columns) {
            List<String> row = new ArrayList<>(List.of(column));
            finals.values().forEach(v -> row.add(v.getOrDefault(column, "")));
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of("final value"));
        header.addAll(finals.keySet());
        StringBuilder body = new StringBuilder("<h2>Final metrics</h2>\n").append(Html.table(header, rows));
        body.append("<h2>Curves</h2>\n");
        Set<String> quantities = new LinkedHashSet<>();
        tables.values().forEach(t -> quantities.addAll(t.quantities()));
        for (String quantity : quantities) {
            Map<String, double[][]> series = new LinkedHashMap<>();
            tables.forEach((name, table) -> {
                List<String> found = table.columnsOf(quantity);
                if (!found.isEmpty() && !table.rows().isEmpty()) {
                    String column = found.contains("test_" + quantity) ? "test_" + quantity : found.get(0);
                    series.put(name + " (" + column + ")", new double[][] {table.column("epoch"), table.column(column)});
                }
            });
            for (byte[] png : CurvePlot.png(quantity, quantity, series).stream().toList()) {
                body.append(Html.figure(png, quantity + " per epoch", null));
            }
        }
        AtomicFile.writeString(out, Html.page("GenLab comparison of " + runs.size() + " runs", body.toString()));
    }
}
