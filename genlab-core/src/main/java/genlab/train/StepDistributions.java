package genlab.train;

import genlab.eval.Summary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The spread of chosen training terms over one epoch's steps, beside the epoch mean that
 * metrics.csv always has: each step's value per sample, summarized per epoch as
 * {@code train_<term>_step_median} and {@code train_<term>_step_max}.
 */
final class StepDistributions implements TrainLoop.StepListener {

    private final Map<String, List<Double>> values = new LinkedHashMap<>();
    private final Function<String, String> units;

    /** Follows {@code terms}, of {@code units} (a term a step does not report is skipped for that step). */
    StepDistributions(List<String> terms, Function<String, String> units) {
        terms.forEach(term -> values.put(term, new ArrayList<>()));
        this.units = units;
    }

    @Override
    public void onStep(Map<String, Double> terms, int size) {
        values.forEach((term, steps) -> {
            Double value = terms.get(term);
            if (value != null) {
                steps.add(value / size);
            }
        });
    }

    /**
     * The median and maximum per step of each term since the last call (nats per sample), with
     * the line {@code gap per step: median 1.2e-05, max 3.4e-04}; then starts over.
     */
    EpochSummary drain() {
        Map<String, Double> metrics = new LinkedHashMap<>();
        Map<String, String> metricUnits = new LinkedHashMap<>();
        List<String> parts = new ArrayList<>();
        values.forEach((term, steps) -> {
            Summary s = Summary.of(steps.stream().mapToDouble(Double::doubleValue).toArray());
            metrics.put("train_" + term + "_step_median", s.median());
            metrics.put("train_" + term + "_step_max", s.max());
            metricUnits.put("train_" + term + "_step_median", units.apply(term));
            metricUnits.put("train_" + term + "_step_max", units.apply(term));
            parts.add(String.format(Locale.ROOT, "%s per step: median %.1e, max %.1e", term, s.median(), s.max()));
            steps.clear();
        });
        return new EpochSummary(metrics, metricUnits, String.join("  ", parts));
    }
}
