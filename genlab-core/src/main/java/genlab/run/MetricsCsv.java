package genlab.run;

import genlab.AtomicFile;
import genlab.GenLabException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
    private String header;
    private final List<String> rows = new ArrayList<>();

    /** A new, empty table (the file is written at the first {@link #append}). */
    public MetricsCsv(Path file) {
        this.file = file;
    }

    /**
     * The table of a run resumed after {@code lastEpoch}: the file's rows up to that epoch (rows of
     * later epochs, written before a crash cut the run short, are dropped and will be redone).
     */
    public static MetricsCsv resume(Path file, int lastEpoch) {
        MetricsCsv csv = new MetricsCsv(file);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            // the checkpoint's epochs without values: laid out in the next row's columns as NaN
            csv.header = "epoch";
            for (int epoch = 1; epoch <= lastEpoch; epoch++) {
                csv.rows.add(Integer.toString(epoch));
            }
            return csv;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new GenLabException(file + ": cannot read (" + e.getMessage() + ")");
        }
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String epoch = line.substring(0, Math.max(0, line.indexOf(',')));
            if (epoch.matches("\\d{1,9}") && Integer.parseInt(epoch) == csv.rows.size() + 1
                    && csv.rows.size() < lastEpoch) {
                csv.rows.add(line);
            }
        }
        if (csv.rows.size() != lastEpoch) {
            throw new GenLabException(file + ": has rows for epochs 1.." + csv.rows.size() + ", the checkpoint is at epoch "
                    + lastEpoch);
        }
        csv.header = lines.get(0);
        return csv;
    }

    /** The finished epochs {@code file} lists (rows after the header that start with an epoch number); 0 when it is missing. */
    public static int epochsIn(Path file) {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        try (java.util.stream.Stream<String> lines = Files.lines(file)) {
            return (int) lines.skip(1).filter(line -> line.matches("\\d{1,9},.*")).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new GenLabException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /**
     * Appends an epoch's row, {@code values} by column name ({@code train_<term>}, {@code test_<term>},
     * epoch-level metrics), and rewrites the file atomically. When the columns differ from those of
     * the rows read back on resume (a run resumed by a GenLab that records more, or fewer, metrics),
     * the earlier rows are laid out in the new columns by name, NaN where they have no value.
     */
    public void append(int epoch, Map<String, Double> values, double seconds) throws IOException {
        StringBuilder h = new StringBuilder("epoch");
        values.keySet().forEach(k -> h.append(',').append(k));
        String columns = h.append(",seconds").toString();
        if (header != null && !header.equals(columns)) {
            relayout(columns);
        }
        header = columns;
        StringBuilder row = new StringBuilder().append(epoch);
        values.values().forEach(v -> row.append(',').append(format(v)));
        row.append(',').append(String.format(Locale.ROOT, "%.3f", seconds));
        rows.add(row.toString());
        AtomicFile.writeString(file, render());
    }

    private void relayout(String columns) {
        List<String> old = List.of(header.split(","));
        List<String> relaid = new ArrayList<>();
        for (String line : rows) {
            String[] cells = line.split(",");
            StringBuilder row = new StringBuilder();
            for (String column : columns.split(",")) {
                int j = old.indexOf(column);
                row.append(row.length() == 0 ? "" : ",").append(j >= 0 && j < cells.length ? cells[j] : "NaN");
            }
            relaid.add(row.toString());
        }
        rows.clear();
        rows.addAll(relaid);
    }

    String render() {
        return header + "\n" + String.join("\n", rows) + "\n";
    }

    // 4 decimals, or 4 significant digits below 0.01 (a duality gap of 1e-5 nats is not 0.0000)
    private static String format(double v) {
        return String.format(Locale.ROOT, v != 0 && Math.abs(v) < 0.01 ? "%.3e" : "%.4f", v);
    }
}
