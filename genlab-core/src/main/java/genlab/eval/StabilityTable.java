package genlab.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The stability comparison over seeds: one row per (method, discriminator family, learning rate)
 * with the mean and standard deviation over seeds of each score (on a 2-D mixture the published
 * protocol of VEEGAN and PacGAN: 2,500 samples, high-quality within 3 standard deviations, mean ±
 * sd over seeds), the median of the runs' objective spread over their last 20% of steps, and how
 * many runs diverged or collapsed.
 */
public final class StabilityTable {

    /** One aggregated row; {@code scores} in the outcomes' order. */
    public record Row(String method, String family, double learningRate, int runs, Map<String, Summary> scores,
            double objectiveTailStd, int diverged, int collapsed) {}

    private final List<Row> rows = new ArrayList<>();

    public StabilityTable(List<GameRunOutcome> outcomes) {
        Map<String, List<GameRunOutcome>> groups = new LinkedHashMap<>();
        for (GameRunOutcome o : outcomes) {
            groups.computeIfAbsent(o.method() + "|" + o.family() + "|" + o.learningRate(), k -> new ArrayList<>()).add(o);
        }
        for (List<GameRunOutcome> group : groups.values()) {
            GameRunOutcome first = group.get(0);
            Map<String, Summary> scores = new LinkedHashMap<>();
            first.scores().keySet().forEach(name -> scores.put(name, Summary.of(group.stream().filter(o -> !o.diverged())
                    .mapToDouble(o -> o.scores().get(name)).toArray())));
            rows.add(new Row(first.method(), first.family(), first.learningRate(), group.size(), scores,
                    Summary.of(group.stream().filter(o -> !o.diverged())
                            .mapToDouble(GameRunOutcome::objectiveTailStd).toArray()).median(),
                    (int) group.stream().filter(GameRunOutcome::diverged).count(),
                    (int) group.stream().filter(GameRunOutcome::collapsed).count()));
        }
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * The table in Markdown; scores of the runs that did not diverge. {@code collapseRule} names what
     * counts as collapsed, for the header: {@link CellScore#COVERAGE_RULE} or {@link CellScore#SAMPLES_RULE}.
     */
    public String markdown(String collapseRule) {
        List<String> names = rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).scores().keySet());
        StringBuilder md = new StringBuilder("| method | discriminator | lr | runs |");
        names.forEach(name -> md.append(' ').append(name).append(" (mean ± sd) |"));
        md.append(" objective sd, last 20% (median) | diverged | collapsed (").append(collapseRule).append(") |\n|")
                .append("---|".repeat(names.size() + 7)).append('\n');
        for (Row r : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %d |", r.method(), r.family(), plain(r.learningRate()),
                    r.runs()));
            r.scores().values().forEach(s -> md.append(String.format(Locale.ROOT, " %.1f ± %.1f |", s.mean(), s.std())));
            md.append(String.format(Locale.ROOT, " %.3g | %d | %d |%n", r.objectiveTailStd(), r.diverged(), r.collapsed()));
        }
        return md.toString();
    }

    /** A learning rate as written by hand: 0.0002, not 2.0E-4. */
    public static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** runs.csv of a study: one line per run, its labels, scores, objective spread, divergence and time. */
    public static String csv(List<GameRunOutcome> outcomes) {
        StringBuilder csv = new StringBuilder("method,family,lr,seed,steps,");
        outcomes.get(0).scores().keySet().forEach(name -> csv.append(name.replaceAll("[^A-Za-z0-9]+", "_")
                .replaceAll("_$", "").toLowerCase(Locale.ROOT)).append(','));
        csv.append("objective_tail_sd,diverged,collapsed,resumed_after_epoch,seconds\n");
        for (GameRunOutcome o : outcomes) {
            csv.append(String.format(Locale.ROOT, "%s,%s,%s,%d,%d,", o.method(), o.family(),
                    plain(o.learningRate()), o.seed(), o.steps()));
            o.scores().values().forEach(v -> csv.append(v == Math.rint(v) ? Long.toString(v.longValue())
                    : String.format(Locale.ROOT, "%.4g", v)).append(','));
            csv.append(String.format(Locale.ROOT, "%.6g,%b,%b,%d,%.2f%n", o.objectiveTailStd(), o.diverged(),
                    o.collapsed(), o.resumedAfterEpoch(), o.seconds()));
        }
        return csv.toString();
    }
}
