package genlab.train;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Epoch-level metrics (columns of metrics.csv beside the epoch's terms) with their units, and their
 * one-line rendering (may be empty).
 */
record EpochSummary(Map<String, Double> metrics, Map<String, String> units, String line) {

    /** No metrics. */
    public static final EpochSummary NONE = new EpochSummary(Map.of(), Map.of(), "");

    /** This summary's metrics and line, then {@code other}'s. */
    public EpochSummary and(EpochSummary other) {
        Map<String, Double> both = new LinkedHashMap<>(metrics);
        both.putAll(other.metrics);
        Map<String, String> bothUnits = new LinkedHashMap<>(units);
        bothUnits.putAll(other.units);
        String joined = line.isEmpty() ? other.line : other.line.isEmpty() ? line : line + "  " + other.line;
        return new EpochSummary(both, bothUnits, joined);
    }
}
