package genlab.report;

import genlab.AtomicFile;
import genlab.nn.EpochResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code metrics.csv}: one row per finished epoch with {@code epoch}, {@code train_<term>} and
 * {@code test_<term>} for each loss term (nats per sample), and {@code seconds}.
 */
public final class MetricsCsv {

    private final Path file;
    private final List<EpochResult> rows = new ArrayList<>();

    public MetricsCsv(Path file) {
        this.file = file;
    }

    /** Appends an epoch and rewrites the file atomically. */
    public void append(EpochResult result) throws IOException {
        rows.add(result);
        AtomicFile.writeString(file, render());
    }

    String render() {
        StringBuilder csv = new StringBuilder("epoch");
        EpochResult first = rows.get(0);
        first.train().keySet().forEach(k -> csv.append(",train_").append(k));
        first.test().keySet().forEach(k -> csv.append(",test_").append(k));
        csv.append(",seconds\n");
        for (EpochResult r : rows) {
            csv.append(r.epoch());
            r.train().values().forEach(v -> csv.append(',').append(format(v)));
            r.test().values().forEach(v -> csv.append(',').append(format(v)));
            csv.append(',').append(String.format(Locale.ROOT, "%.3f", r.seconds())).append('\n');
        }
        return csv.toString();
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
