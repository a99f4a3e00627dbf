package genlab.train;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One finished epoch: the training terms averaged over the epoch's batches as they were trained
 * (nats per sample), the same terms over the test set after the epoch, and the wall time.
 */
public record EpochResult(int epoch, Map<String, Double> train, Map<String, Double> test, double seconds) {

    /** The row metrics.csv gets: {@code train_<term>}, {@code test_<term>}, then {@code epochMetrics} (such as mode coverage). */
    public Map<String, Double> columns(Map<String, Double> epochMetrics) {
        Map<String, Double> columns = new LinkedHashMap<>();
        train.forEach((k, v) -> columns.put("train_" + k, v));
        test.forEach((k, v) -> columns.put("test_" + k, v));
        columns.putAll(epochMetrics);
        return columns;
    }
}
