package genlab.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A model the {@link genlab.train.TrainLoop} can train: one optimization step per batch, and the same loss
 * terms without an update for evaluation. Terms are sums over the batch in nats; the first entry
 * is the objective (the loop stops when it is not finite).
 */
public interface Trainable {

    /** One optimization step on the batch x (n x D); returns each term summed over the batch. */
    Map<String, Double> trainStep(NDArray x);

    /** The loss terms on the batch x, summed over the batch, leaving the parameters unchanged. */
    Map<String, Double> evaluate(NDArray x);

    /** Every network whose parameters the steps update (what a checkpoint stores), as one block. */
    Block net();

    /** The optimizers whose state a checkpoint must keep, in a fixed order. */
    List<OptimizerStep> optimizers();

    /** The unit of the term {@code name}: nats per example unless the model says otherwise. */
    default String unit(String name) {
        return "nats per example";
    }

    /**
     * The terms the per-epoch line shows, when not all of them (metrics.csv keeps every term): a
     * model whose terms say the same thing twice names the ones worth reading.
     */
    default Optional<List<String>> lineTerms() {
        return Optional.empty();
    }

    /**
     * Training terms whose spread over an epoch's steps the run records (median and maximum per
     * step, per sample, beside the epoch mean); none unless a model says so.
     */
    default List<String> perStepTerms() {
        return List.of();
    }

    /** Each of {@code terms} at 0, in order: a step's report for a batch it cannot score (smaller than one pack). */
    static Map<String, Double> zeros(List<String> terms) {
        Map<String, Double> zeros = new LinkedHashMap<>();
        terms.forEach(term -> zeros.put(term, 0.0));
        return zeros;
    }
}
