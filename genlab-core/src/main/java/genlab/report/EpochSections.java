package genlab.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parts of a report drawn from metrics.csv: the last epoch's terms and metrics, and their curves. */
final class EpochSections {

    private EpochSections() {}

    /** A table of the last epoch: each term on the training and the test set, each metric of the epoch. */
    static String lastEpoch(MetricsTable metrics, RunFacts facts) {
        double[] last = metrics.rows().get(metrics.rows().size() - 1);
        StringBuilder t = new StringBuilder("<h2>Last epoch (").append((int) last[0]).append(")</h2>\n<table><tr>"
                + "<th>measure</th><th>training</th><th>test</th></tr>\n");
        for (String quantity : metrics.quantities()) {
            t.append("<tr><td>").append(Html.escape(label(quantity, facts))).append("</td>");
            List<String> columns = metrics.columnsOf(quantity);
            if (columns.contains("train_" + quantity) || columns.contains("test_" + quantity)) {
                for (String column : List.of("train_" + quantity, "test_" + quantity)) {
                    t.append("<td class=\"num\">").append(columns.contains(column)
                            ? Html.number(shown(quantity, last[metrics.columns().indexOf(column)])) : "").append("</td>");
                }
            } else {
                // a metric of the epoch's samples, not of a data set
                t.append("<td class=\"num\" colspan=\"2\">").append(Html.number(shown(quantity,
                        last[metrics.columns().indexOf(quantity)]))).append("</td>");
            }
            t.append("</tr>\n");
        }
        return t.append("</table>\n").toString();
    }

    /** A chart per term or metric over the epochs, training and test overlaid; none before the second epoch. */
    static String curves(MetricsTable metrics, JsonNode config) throws IOException {
        if (metrics.rows().size() < 2) {
            return "<h2>Curves</h2>\n<p>The curves start at the second epoch.</p>\n";
        }
        StringBuilder s = new StringBuilder("<h2>Curves</h2>\n");
        for (Curve curve : Curve.of(metrics, config)) {
            Map<String, double[][]> series = new LinkedHashMap<>();
            curve.series().forEach((name, values) -> series.put(name, new double[][] {curve.epochs(), values}));
            for (byte[] png : CurvePlot.png(curve.title(), curve.axis(), series).stream().toList()) {
                s.append(Html.figure(png, curve.title() + " per epoch", null));
            }
        }
        return s.toString();
    }

    /**
     * The last epoch's numbers of one run for a comparison, by measure in words: each term's test
     * value (its training value when it has no test one), each metric of the epoch's samples.
     */
    static Map<String, String> lastValues(MetricsTable metrics, RunFacts facts) {
        double[] last = metrics.rows().get(metrics.rows().size() - 1);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("epochs", Integer.toString((int) last[0]));
        for (String quantity : metrics.quantities()) {
            String column = preferred(metrics, quantity);
            values.put(label(quantity, facts) + side(column), Html.number(shown(quantity,
                    last[metrics.columns().indexOf(column)])));
        }
        return values;
    }

    /**
     * Per term one chart of every run's curve (its test line where there is one), the runs named in
     * the legend; {@code curves} are by run name.
     */
    static String overlaid(Map<String, List<Curve>> curves) throws IOException {
        Map<String, Map<String, double[][]>> charts = new LinkedHashMap<>();
        Map<String, String> axes = new LinkedHashMap<>();
        curves.forEach((run, list) -> list.forEach(curve -> {
            String title = curve.title() + (curve.series().containsKey("test") ? ", test"
                    : curve.series().containsKey("training") ? ", training" : "");
            charts.computeIfAbsent(title, k -> new LinkedHashMap<>()).put(run,
                    new double[][] {curve.epochs(), curve.preferred()});
            axes.putIfAbsent(title, curve.axis());
        }));
        StringBuilder s = new StringBuilder("<h2>Curves</h2>\n");
        for (Map.Entry<String, Map<String, double[][]>> chart : charts.entrySet()) {
            for (byte[] png : CurvePlot.png(chart.getKey(), axes.get(chart.getKey()), chart.getValue()).stream().toList()) {
                s.append(Html.figure(png, chart.getKey(), null));
            }
        }
        return s.toString();
    }

    // the test column of a term, else its training one, else the metric's own column
    private static String preferred(MetricsTable metrics, String quantity) {
        List<String> columns = metrics.columnsOf(quantity);
        return columns.contains("test_" + quantity) ? "test_" + quantity : columns.get(0);
    }

    private static String side(String column) {
        return column.startsWith("test_") ? ", test" : column.startsWith("train_") ? ", training" : "";
    }

    // the error is shown as the accuracy, in percent; the loss says what it is
    static String name(String quantity, RunFacts facts) {
        return quantity.equals("error") ? "accuracy" : quantity.equals("loss") ? facts.lossName()
                : Words.quantity(quantity);
    }

    static double shown(String quantity, double value) {
        return quantity.equals("error") ? 100 * (1 - value) : value;
    }

    // "discriminator loss (nats per point)", "modes covered (of 8)"
    static String label(String quantity, RunFacts facts) {
        String unit = facts.unit(quantity);
        return name(quantity, facts) + (unit.isEmpty() ? "" : " (" + unit + ")");
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
