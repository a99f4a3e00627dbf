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

/** A PNG of the stability comparison: modes covered (mean ± sd over seeds) against the learning rate, one line per method and discriminator. */
public final class StabilityPlot {

    private StabilityPlot() {}

    public static void write(Path file, String title, StabilityTable table, int modeCount) throws IOException {
        XYChart chart = new XYChartBuilder().width(800).height(500).title(title).xAxisTitle("learning rate (log scale)")
                .yAxisTitle("modes covered of " + modeCount).build();
        chart.getStyler().setXAxisLogarithmic(true).setYAxisMin(0.0).setYAxisMax((double) modeCount);
        Map<String, List<StabilityTable.Row>> lines = new LinkedHashMap<>();
        for (StabilityTable.Row r : table.rows()) {
            lines.computeIfAbsent(r.method() + " / " + r.family(), k -> new ArrayList<>()).add(r);
        }
        lines.forEach((name, rows) -> chart.addSeries(name,
                rows.stream().mapToDouble(StabilityTable.Row::learningRate).toArray(),
                rows.stream().mapToDouble(r -> r.modes().mean()).toArray(),
                rows.stream().mapToDouble(r -> r.modes().std()).toArray()));
        byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        AtomicFile.write(file, out -> out.write(png));
    }
}
