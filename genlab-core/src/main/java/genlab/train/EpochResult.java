package genlab.train;

import java.util.Map;

/**
 * One finished epoch: the training terms averaged over the epoch's batches as they were trained
 * (nats per sample), the same terms over the test set after the epoch, and the wall time.
 */
public record EpochResult(int epoch, Map<String, Double> train, Map<String, Double> test, double seconds) {}
