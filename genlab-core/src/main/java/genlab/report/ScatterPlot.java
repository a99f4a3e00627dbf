package genlab.report;

import genlab.AtomicFile;
import genlab.data.GaussianMixture2d;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** A PNG scatter plot of generated 2-D points over the data's modes (XChart), on equal axes. */
public final class ScatterPlot {

    private ScatterPlot() {}

    /**
     * Plots n points stored as (x0, y0, x1, y1, ...) with the mixture's modes, to {@code file}: a
     * square frame of equal axes one unit around the modes, the same at every epoch, and the
     * legend says how many points fell outside it.
     */
    public static void write(Path file, String title, float[] points, int n, GaussianMixture2d mixture)
            throws IOException {
        // the legend below the plot: 635 pixels high make the plot square (measured on the PNG)
        XYChart chart = new XYChartBuilder().width(600).height(635).title(title).xAxisTitle("x").yAxisTitle("y").build();
        XYStyler styler = chart.getStyler();
        // 12 points: "Dualing GAN on grid25, epoch 100: modes covered: ..." fits the 600 pixels whole
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        styler.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS).setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setMarkerSize(4);
        double[][] modes = mixture.modes();
        double extent = 1 + Arrays.stream(modes).flatMapToDouble(Arrays::stream).map(Math::abs).max().orElse(1);
        styler.setXAxisMin(-extent).setXAxisMax(extent).setYAxisMin(-extent).setYAxisMax(extent);
        double[] xs = new double[n];
        double[] ys = new double[n];
        int outside = 0;
        for (int i = 0; i < n; i++) {
            xs[i] = points[2 * i];
            ys[i] = points[2 * i + 1];
            outside += Math.abs(xs[i]) > extent || Math.abs(ys[i]) > extent ? 1 : 0;
        }
        String generated = outside == 0 ? "generated" : String.format(Locale.ROOT,
                "generated (%,d of %,d outside the frame)", outside, n);
        chart.addSeries(generated, xs, ys).setMarker(SeriesMarkers.CIRCLE).setMarkerColor(new Color(30, 100, 200, 90));
        double[] mx = new double[modes.length];
        double[] my = new double[modes.length];
        for (int k = 0; k < modes.length; k++) {
            mx[k] = modes[k][0];
            my[k] = modes[k][1];
        }
        chart.addSeries("data modes", mx, my).setMarker(SeriesMarkers.CROSS).setMarkerColor(Color.RED);
        byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        AtomicFile.write(file, out -> out.write(png));
    }
}
