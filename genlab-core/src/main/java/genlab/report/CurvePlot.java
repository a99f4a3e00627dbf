package genlab.report;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** A PNG line chart of one quantity per epoch, one line per named series (x = epoch), with a legend. */
final class CurvePlot {

    private CurvePlot() {}

    /**
     * {@code series} maps a line's name to its (epochs, values); lines without a finite value are
     * left out, and with none left there is no chart.
     */
    public static Optional<byte[]> png(String title, String yAxis, Map<String, double[][]> series) throws IOException {
        Map<String, double[][]> drawn = new LinkedHashMap<>();
        series.forEach((name, xy) -> {
            if (Arrays.stream(xy[1]).anyMatch(Double::isFinite)) {
                drawn.put(name, xy);
            }
        });
        if (drawn.isEmpty()) {
            return Optional.empty();
        }
        XYChart chart = new XYChartBuilder().width(560).height(340).title(title).xAxisTitle("epoch").yAxisTitle(yAxis)
                .build();
        // a legend even for one line, so a reader knows whose curve it is; whole epochs on the axis
        XYStyler styler = chart.getStyler();
        styler.setXAxisTickMarkSpacingHint(60);
        chart.setCustomYAxisTickLabelsFormatter(Html::number);
        chart.setCustomXAxisTickLabelsFormatter(x -> x == Math.rint(x) ? Long.toString(Math.round(x)) : "");
        styler.setLegendVisible(true).setLegendPosition(Styler.LegendPosition.InsideNE).setMarkerSize(4);
        drawn.forEach((name, xy) -> {
            XYSeries s = chart.addSeries(name, xy[0], finiteOrNaN(xy[1]));
            s.setMarker(xy[0].length > 40 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
        });
        return Optional.of(BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
    }

    // XChart cannot scale an axis to infinities; they are left out like missing values
    private static double[] finiteOrNaN(double[] values) {
        double[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.isInfinite(out[i]) ? Double.NaN : out[i];
        }
        return out;
    }
}
