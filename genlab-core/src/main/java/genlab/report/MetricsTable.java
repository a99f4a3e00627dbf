package genlab.report;

import genlab.GenLabException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A run's metrics.csv read back: the column names and one row of numbers per finished epoch. */
public record MetricsTable(List<String> columns, List<double[]> rows) {

    /** Reads {@code file}; a malformed row is an error naming the file and the line. */
    public static MetricsTable read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new GenLabException(file + ": cannot read (" + e.getMessage() + ")");
        }
        if (lines.isEmpty()) {
            throw new GenLabException(file + ": empty, expected a header line");
        }
        List<String> columns = List.of(lines.get(0).split(","));
        List<double[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",");
            if (cells.length != columns.size()) {
                throw new GenLabException(file + ": line " + (i + 1) + " has " + cells.length + " values, expected "
                        + columns.size());
            }
            double[] row = new double[cells.length];
            for (int j = 0; j < cells.length; j++) {
                try {
                    row[j] = Double.parseDouble(cells[j]);
                } catch (NumberFormatException e) {
                    throw new GenLabException(file + ": line " + (i + 1) + ", '" + cells[j] + "' is not a number");
                }
            }
            rows.add(row);
        }
        return new MetricsTable(columns, rows);
    }

    /** The values of one column over the epochs. */
    public double[] column(String name) {
        int j = columns.indexOf(name);
        if (j < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + columns);
        }
        return rows.stream().mapToDouble(r -> r[j]).toArray();
    }

    /**
     * The quantities to plot: each loss term (a {@code train_X}/{@code test_X} pair, or a lone
     * one) by its name X, and each epoch-level metric by its own name; not epoch or seconds.
     */
    public List<String> quantities() {
        List<String> names = new ArrayList<>();
        for (String c : columns) {
            String name = c.startsWith("train_") ? c.substring(6) : c.startsWith("test_") ? c.substring(5) : c;
            if (!name.equals("epoch") && !name.equals("seconds") && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** The columns that hold quantity {@code name}: train_name and test_name, or name itself. */
    public List<String> columnsOf(String name) {
        List<String> found = new ArrayList<>();
        for (String c : List.of("train_" + name, "test_" + name, name)) {
            if (columns.contains(c)) {
                found.add(c);
            }
        }
        return found;
    }
}
