package genlab.train;

import genlab.report.MetricsTable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One finished epoch: the training terms averaged over the epoch's batches as they were trained
 * (nats per sample), the same terms over the test set after the epoch, and the wall time.
 */
public record EpochResult(int epoch, Map<String, Double> train, Map<String, Double> test, double seconds) {

    /** The last epoch a metrics.csv lists: its training and test terms, and its time. */
    static EpochResult lastIn(MetricsTable table) {
        int last = table.rows().size() - 1;
        double[] row = table.rows().get(last);
        Map<String, Double> train = new LinkedHashMap<>();
        Map<String, Double> test = new LinkedHashMap<>();
        for (int j = 0; j < row.length; j++) {
            String column = table.columns().get(j);
            if (column.startsWith("train_")) {
                train.put(column.substring("train_".length()), row[j]);
            } else if (column.startsWith("test_")) {
                test.put(column.substring("test_".length()), row[j]);
            }
        }
        return new EpochResult((int) table.column("epoch")[last], train, test, table.column("seconds")[last]);
    }

    /** The row metrics.csv gets: {@code train_<term>}, {@code test_<term>}, then {@code epochMetrics} (such as mode coverage). */
    public Map<String, Double> columns(Map<String, Double> epochMetrics) {
        Map<String, Double> columns = new LinkedHashMap<>();
        train.forEach((k, v) -> columns.put("train_" + k, v));
        test.forEach((k, v) -> columns.put("test_" + k, v));
        columns.putAll(epochMetrics);
        return columns;
    }
}
