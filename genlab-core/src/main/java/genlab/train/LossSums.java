package genlab.train;

import java.util.LinkedHashMap;
import java.util.Map;

/** Accumulates per-batch loss sums and the number of samples, to report per-sample means. */
final class LossSums {

    private final Map<String, Double> sums = new LinkedHashMap<>();
    private long samples;

    /** Adds one batch's summed terms over {@code n} samples. */
    public void add(Map<String, Double> batchSums, int n) {
        batchSums.forEach((name, value) -> sums.merge(name, value, Double::sum));
        samples += n;
    }

    /** Each term divided by the number of samples seen (nats per sample). */
    public Map<String, Double> perSample() {
        Map<String, Double> means = new LinkedHashMap<>();
        sums.forEach((name, value) -> means.put(name, value / samples));
        return means;
    }
}
