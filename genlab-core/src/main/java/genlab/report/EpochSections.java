package genlab.report;

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
    static String curves(MetricsTable metrics, RunFacts facts) throws IOException {
        if (metrics.rows().size() < 2) {
            return "<h2>Curves</h2>\n<p>The curves start at the second epoch.</p>\n";
        }
        StringBuilder s = new StringBuilder("<h2>Curves</h2>\n");
        double[] epochs = metrics.column("epoch");
        for (String quantity : metrics.quantities()) {
            Map<String, double[][]> series = new LinkedHashMap<>();
            for (String column : metrics.columnsOf(quantity)) {
                double[] values = metrics.column(column).clone();
                for (int i = 0; i < values.length; i++) {
                    values[i] = shown(quantity, values[i]);
                }
                series.put(column.startsWith("train_") ? "training" : column.startsWith("test_") ? "test"
                        : "samples of the fixed z", new double[][] {epochs, values});
            }
            String name = name(quantity, facts);
            for (byte[] png : CurvePlot.png(capitalized(name), label(quantity, facts), series).stream().toList()) {
                s.append(Html.figure(png, capitalized(name) + " per epoch", null));
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
     * Per term one chart of every run's curve (its test column where there is one), the runs named
     * in the legend; {@code tables} and {@code facts} are by run name.
     */
    static String overlaid(Map<String, MetricsTable> tables, Map<String, RunFacts> facts) throws IOException {
        Map<String, Map<String, double[][]>> charts = new LinkedHashMap<>();
        tables.forEach((run, table) -> {
            for (String quantity : table.quantities()) {
                String column = preferred(table, quantity);
                double[] values = table.column(column).clone();
                for (int i = 0; i < values.length; i++) {
                    values[i] = shown(quantity, values[i]);
                }
                charts.computeIfAbsent(label(quantity, facts.get(run)) + side(column), k -> new LinkedHashMap<>())
                        .put(run, new double[][] {table.column("epoch"), values});
            }
        });
        StringBuilder s = new StringBuilder("<h2>Curves</h2>\n");
        for (Map.Entry<String, Map<String, double[][]>> chart : charts.entrySet()) {
            String title = capitalized(chart.getKey());
            for (byte[] png : CurvePlot.png(title, chart.getKey(), chart.getValue()).stream().toList()) {
                s.append(Html.figure(png, title, null));
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
    private static String name(String quantity, RunFacts facts) {
        return quantity.equals("error") ? "accuracy" : quantity.equals("loss") ? facts.lossName()
                : Words.quantity(quantity);
    }

    private static double shown(String quantity, double value) {
        return quantity.equals("error") ? 100 * (1 - value) : value;
    }

    // "discriminator loss (nats per point)", "modes covered (of 8)"
    private static String label(String quantity, RunFacts facts) {
        String unit = facts.unit(quantity);
        return name(quantity, facts) + (unit.isEmpty() ? "" : " (" + unit + ")");
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
