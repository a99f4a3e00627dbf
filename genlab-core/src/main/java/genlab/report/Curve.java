package genlab.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One term or metric of a run over its epochs, in words: what report.html draws as a chart and
 * what genlab board draws live. The error is shown as the accuracy, in percent.
 *
 * @param title the quantity in words, capitalized ("Discriminator loss")
 * @param axis the quantity with its unit, for the value axis ("discriminator loss (nats per point)")
 * @param epochs the epochs of the values
 * @param series the lines by name: "training" and "test" for a term, "samples of the fixed z" for a metric
 */
public record Curve(String title, String axis, double[] epochs, Map<String, double[]> series) {

    /** Every quantity of {@code metrics} (a run's metrics.csv) of the run whose config.json is {@code config}. */
    public static List<Curve> of(MetricsTable metrics, JsonNode config) {
        RunFacts facts = RunFacts.of(config);
        double[] epochs = metrics.column("epoch");
        List<Curve> curves = new ArrayList<>();
        for (String quantity : metrics.quantities()) {
            Map<String, double[]> series = new LinkedHashMap<>();
            for (String column : metrics.columnsOf(quantity)) {
                double[] values = metrics.column(column).clone();
                for (int i = 0; i < values.length; i++) {
                    values[i] = EpochSections.shown(quantity, values[i]);
                }
                series.put(column.startsWith("train_") ? "training" : column.startsWith("test_") ? "test"
                        : "samples of the fixed z", values);
            }
            curves.add(new Curve(EpochSections.capitalized(EpochSections.name(quantity, facts)),
                    EpochSections.label(quantity, facts), epochs, series));
        }
        return curves;
    }

    /** The line a comparison of runs draws: the test line of a term, else its only one. */
    public double[] preferred() {
        return series.getOrDefault("test", series.values().iterator().next());
    }
}
