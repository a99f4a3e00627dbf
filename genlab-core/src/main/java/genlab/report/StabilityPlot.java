package genlab.report;

import genlab.AtomicFile;
import genlab.eval.StabilityTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;

/**
 * A PNG of the stability comparison: the table's first score (mean ± sd over seeds; modes covered
 * on a 2-D mixture, the Inception Score on images) at each swept learning rate, every one of them
 * labelled on the axis, one line per method and discriminator.
 */
public final class StabilityPlot {

    private StabilityPlot() {}

    /** @param yMax the top of the score's axis (the number of modes, or 10 classes for the Inception Score) */
    public static void write(Path file, String title, StabilityTable table, double yMax) throws IOException {
        String score = table.rows().get(0).scores().keySet().iterator().next();
        List<Double> rates = new ArrayList<>(new TreeSet<>(table.rows().stream().map(StabilityTable.Row::learningRate)
                .toList()));
        CategoryChart chart = new CategoryChartBuilder().width(800).height(500).title(title)
                .xAxisTitle("learning rate (Adam)").yAxisTitle(score + " (mean ± sd over seeds)").build();
        chart.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line)
                .setOverlapped(true).setYAxisMin(0.0).setYAxisMax(yMax).setMarkerSize(6);
        Map<String, double[][]> lines = new LinkedHashMap<>();
        for (StabilityTable.Row r : table.rows()) {
            double[][] line = lines.computeIfAbsent(r.method() + " / " + r.family(), k -> emptyLine(rates.size()));
            int i = rates.indexOf(r.learningRate());
            line[0][i] = r.scores().get(score).mean();
            line[1][i] = r.scores().get(score).std();
        }
        List<String> labels = rates.stream().map(Html::number).toList();
        lines.forEach((name, line) -> chart.addSeries(name, labels, box(line[0]), box(line[1])));
        byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        AtomicFile.write(file, out -> out.write(png));
    }

    // (means, sds) of a line with no value yet: NaN means, drawn as gaps
    private static double[][] emptyLine(int n) {
        double[][] line = new double[2][n];
        Arrays.fill(line[0], Double.NaN);
        Arrays.fill(line[1], 0);
        return line;
    }

    private static List<Double> box(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
