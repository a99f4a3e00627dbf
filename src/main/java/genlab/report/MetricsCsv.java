package genlab.report;

import genlab.AtomicFile;
import genlab.nn.EpochResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code metrics.csv}: one row per finished epoch with {@code epoch}, {@code train_<term>} and
 * {@code test_<term>} for each loss term (nats per sample), any epoch-level metrics (such as mode
 * coverage), and {@code seconds}.
 */
public final class MetricsCsv {

    private final Path file;
    private final List<EpochResult> rows = new ArrayList<>();
    private final List<Map<String, Double>> extras = new ArrayList<>();

    public MetricsCsv(Path file) {
        this.file = file;
    }

    /** Appends an epoch with its epoch-level metrics and rewrites the file atomically. */
    public void append(EpochResult result, Map<String, Double> epochMetrics) throws IOException {
        rows.add(result);
        extras.add(epochMetrics);
        AtomicFile.writeString(file, render());
    }

    String render() {
        StringBuilder csv = new StringBuilder("epoch");
        EpochResult first = rows.get(0);
        first.train().keySet().forEach(k -> csv.append(",train_").append(k));
        first.test().keySet().forEach(k -> csv.append(",test_").append(k));
        extras.get(0).keySet().forEach(k -> csv.append(',').append(k));
        csv.append(",seconds\n");
        for (int i = 0; i < rows.size(); i++) {
            EpochResult r = rows.get(i);
            csv.append(r.epoch());
            r.train().values().forEach(v -> csv.append(',').append(format(v)));
            r.test().values().forEach(v -> csv.append(',').append(format(v)));
            extras.get(i).values().forEach(v -> csv.append(',').append(format(v)));
            csv.append(',').append(String.format(Locale.ROOT, "%.3f", r.seconds())).append('\n');
        }
        return csv.toString();
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
