package genlab.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The stability comparison over seeds: one row per (method, discriminator family, learning rate)
 * with the mean and standard deviation of the modes covered, the mean high-quality percentage,
 * the median of the runs' objective spread over their last 20% of steps, and how many runs
 * diverged or collapsed (at most {@link GameRunOutcome#COLLAPSE_MODES} modes).
 */
public final class StabilityTable {

    /** One aggregated row. */
    public record Row(String method, String family, double learningRate, int runs, Summary modes,
            double highQualityPercent, double objectiveTailStd, int diverged, int collapsed) {}

    private final List<Row> rows = new ArrayList<>();

    public StabilityTable(List<GameRunOutcome> outcomes) {
        Map<String, List<GameRunOutcome>> groups = new LinkedHashMap<>();
        for (GameRunOutcome o : outcomes) {
            groups.computeIfAbsent(o.method() + "|" + o.family() + "|" + o.learningRate(), k -> new ArrayList<>()).add(o);
        }
        for (List<GameRunOutcome> group : groups.values()) {
            GameRunOutcome first = group.get(0);
            rows.add(new Row(first.method(), first.family(), first.learningRate(), group.size(),
                    Summary.of(group.stream().mapToDouble(GameRunOutcome::modesCovered).toArray()),
                    Summary.of(group.stream().mapToDouble(GameRunOutcome::highQualityPercent).toArray()).mean(),
                    Summary.of(group.stream().filter(o -> !o.diverged())
                            .mapToDouble(GameRunOutcome::objectiveTailStd).toArray()).median(),
                    (int) group.stream().filter(GameRunOutcome::diverged).count(),
                    (int) group.stream().filter(GameRunOutcome::collapsed).count()));
        }
    }

    public List<Row> rows() {
        return rows;
    }

    /** The table in Markdown, modes out of {@code modeCount}. */
    public String markdown(int modeCount) {
        StringBuilder md = new StringBuilder("| method | discriminator | lr | runs | modes covered (mean ± sd) "
                + "| high-quality % | objective sd, last 20% (median) | diverged | collapsed (<= 2 modes) |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %.1f ± %.1f / %d | %.1f | %.3g | %d | %d |%n",
                    r.method(), r.family(), plain(r.learningRate()), r.runs(), r.modes().mean(), r.modes().std(),
                    modeCount, r.highQualityPercent(), r.objectiveTailStd(), r.diverged(), r.collapsed()));
        }
        return md.toString();
    }

    /** A learning rate as written by hand: 0.0002, not 2.0E-4. */
    public static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
