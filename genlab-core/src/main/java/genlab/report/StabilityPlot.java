package genlab.report;

import genlab.AtomicFile;
import genlab.eval.StabilityTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/**
 * A PNG of the stability comparison: the table's first score (mean ± sd over seeds; modes covered
 * on a 2-D mixture, the Inception Score on images) against the learning rate, one line per method
 * and discriminator.
 */
public final class StabilityPlot {

    private StabilityPlot() {}

    /** @param yMax the top of the score's axis (the number of modes, or 10 classes for the Inception Score) */
    public static void write(Path file, String title, StabilityTable table, double yMax) throws IOException {
        String score = table.rows().get(0).scores().keySet().iterator().next();
        XYChart chart = new XYChartBuilder().width(800).height(500).title(title).xAxisTitle("learning rate (log scale)")
                .yAxisTitle(score).build();
        chart.getStyler().setXAxisLogarithmic(true).setYAxisMin(0.0).setYAxisMax(yMax);
        Map<String, List<StabilityTable.Row>> lines = new LinkedHashMap<>();
        for (StabilityTable.Row r : table.rows()) {
            lines.computeIfAbsent(r.method() + " / " + r.family(), k -> new ArrayList<>()).add(r);
        }
        lines.forEach((name, rows) -> chart.addSeries(name,
                rows.stream().mapToDouble(StabilityTable.Row::learningRate).toArray(),
                rows.stream().mapToDouble(r -> r.scores().get(score).mean()).toArray(),
                rows.stream().mapToDouble(r -> r.scores().get(score).std()).toArray()));
        byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        AtomicFile.write(file, out -> out.write(png));
    }
}
