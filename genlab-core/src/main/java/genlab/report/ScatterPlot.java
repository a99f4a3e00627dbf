package genlab.report;

import genlab.AtomicFile;
import genlab.data.GaussianMixture2d;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** A PNG scatter plot of generated 2-D points over the data's modes (XChart). */
public final class ScatterPlot {

    private ScatterPlot() {}

    /** Plots n points stored as (x0, y0, x1, y1, ...) with the mixture's modes, to {@code file}. */
    public static void write(Path file, String title, float[] points, int n, GaussianMixture2d mixture)
            throws IOException {
        XYChart chart = new XYChartBuilder().width(600).height(600).title(title).xAxisTitle("x").yAxisTitle("y").build();
        // 12 points: "Dualing GAN on grid25, epoch 100: modes covered: ..." fits the 600 pixels whole
        chart.getStyler().setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(4);
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = points[2 * i];
            ys[i] = points[2 * i + 1];
        }
        XYSeries generated = chart.addSeries("generated", xs, ys);
        generated.setMarker(SeriesMarkers.CIRCLE).setMarkerColor(new Color(30, 100, 200, 90));
        double[][] modes = mixture.modes();
        double[] mx = new double[modes.length];
        double[] my = new double[modes.length];
        for (int k = 0; k < modes.length; k++) {
            mx[k] = modes[k][0];
            my[k] = modes[k][1];
        }
        // a fixed frame around the modes, so plots of successive epochs line up
        double extent = 1 + Arrays.stream(modes).flatMapToDouble(Arrays::stream).map(Math::abs).max().orElse(1);
        chart.getStyler().setXAxisMin(-extent).setXAxisMax(extent).setYAxisMin(-extent).setYAxisMax(extent);
        XYSeries modeSeries = chart.addSeries("data modes", mx, my);
        modeSeries.setMarker(SeriesMarkers.CROSS).setMarkerColor(Color.RED);
        byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        AtomicFile.write(file, out -> out.write(png));
    }
}
