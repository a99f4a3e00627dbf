package genlab.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import genlab.ConfigChecks;
import genlab.ConfigException;
import genlab.GenLabException;
import genlab.data.GameDatasets;
import genlab.data.GaussianMixture2d;
import genlab.run.RunFolder;
import genlab.train.CellRunner;
import genlab.train.ModelKind;
import genlab.train.RunSettings;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A grid sweep over the fields of any model's configuration: a base config.json (of a vae, gan,
 * dualgan or classifier run) and values for some of its fields, one run per combination (the
 * first field varies slowest). Each run is a {@link SweepCell} trained by its kind's trainer, the
 * library's harness, into {@code cells/FIELD=VALUE,...} by a {@link CellRunner}; {@link #run}
 * writes config.json (the base and the grid), runs.csv (the grid's values, then each run's last
 * metrics.csv row) and table.md. Run again in the same folder ({@link #claim}), it resumes.
 *
 * <pre>{@code
 * Sweep sweep = Sweep.of(baseConfig, Map.of("learningRate", List.of(lr1, lr2), "seed", seeds), Optional.empty(), 1);
 * try (SparkRunner runner = SparkRunner.start(Optional.empty(), 1); RunFolder run = sweep.claim(out, false)) {
 *     sweep.run(run, runner, row -> System.out.println(row));
 * }
 * }</pre>
 */
public final class Sweep {

    private final ObjectNode base;
    private final Map<String, List<JsonNode>> grid;
    private final Optional<Path> data;
    private final int threads;

    private Sweep(ObjectNode base, Map<String, List<JsonNode>> grid, Optional<Path> data, int threads) {
        this.base = base;
        this.grid = grid;
        this.data = data;
        this.threads = threads;
    }

    /**
     * The sweep of {@code grid} (field name to values, in order) over the config in
     * {@code baseFile}, validated: an unknown field, an empty list or a combination its model
     * refuses is a one-line error naming it. Each cell trains on {@code threads} intra-op threads,
     * by default {@link RunSettings#defaultThreads} (one when every cell's data are points in the plane).
     */
    public static Sweep of(Path baseFile, Map<String, List<JsonNode>> grid, Optional<Path> data, OptionalInt threads) {
        threads.ifPresent(n -> ConfigChecks.threads("threads", n));
        if (!(RunFolder.readTree(baseFile) instanceof ObjectNode base)) {
            throw new GenLabException(baseFile + ": expected a config.json object");
        }
        if (base.has(ModelKind.NETWORKS)) {
            throw new GenLabException(baseFile + ": a run of networks of your own, which a sweep cannot build; sweep "
                    + "a config.json of the configuration's own networks");
        }
        if (grid.isEmpty()) {
            throw new ConfigException("grid", "must name at least one field, as FIELD=VALUE,VALUE");
        }
        grid.forEach((field, values) -> {
            if (!base.has(field) || field.equals("model")) {
                throw new ConfigException("grid", "field '" + field + "' is not a setting of " + baseFile + " (its fields: "
                        + String.join(", ", fieldNames(base)) + ")");
            }
            if (values.isEmpty()) {
                throw new ConfigException("grid", "field '" + field + "' has no values");
            }
            // 1 and 1.0 are one value: a run twice would count twice in the table
            Set<String> seen = new HashSet<>();
            for (JsonNode value : values) {
                if (!seen.add(text(value))) {
                    throw new ConfigException("grid", "field '" + field + "' lists " + text(value) + " twice, expected "
                            + "each value once");
                }
            }
        });
        Sweep sweep = new Sweep(base, new LinkedHashMap<>(grid), data,
                threads.orElse(RunSettings.defaultThreads(planar(base, grid))));
        ModelKind<?> kind = ModelKind.byName(base.path("model").asText()).orElseThrow(() -> new GenLabException(
                baseFile + ": model '" + base.path("model").asText() + "', expected one of " + ModelKind.ALL.stream()
                        .map(ModelKind::name).collect(Collectors.joining(", "))));
        // every cell is checked before the first trains, its data set's name too (not its files)
        for (Map<String, JsonNode> point : sweep.points()) {
            Path cell = Path.of(baseFile + " with " + name(point));
            RunFolder.recipe(cell, sweep.config(point), kind.configType());
            JsonNode dataset = sweep.config(point).get("dataset");
            if (dataset != null && dataset.isTextual()) {
                try {
                    GameDatasets.checkedId(dataset.asText());
                } catch (GenLabException e) {
                    throw new GenLabException(cell + ": " + e.getMessage());
                }
            }
        }
        return sweep;
    }

    // true when every cell's data are points in the plane
    private static boolean planar(ObjectNode base, Map<String, List<JsonNode>> grid) {
        return grid.getOrDefault("dataset", List.of(base.path("dataset"))).stream()
                .allMatch(dataset -> GaussianMixture2d.byId(dataset.asText()).isPresent());
    }

    private static List<String> fieldNames(ObjectNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Intra-op threads of each run. */
    public int threads() {
        return threads;
    }

    /** Runs in the sweep: the product of the numbers of values. */
    public int runCount() {
        return grid.values().stream().mapToInt(List::size).reduce(1, (a, b) -> a * b);
    }

    // every combination of the grid's values, the first field slowest
    private List<Map<String, JsonNode>> points() {
        List<Map<String, JsonNode>> points = new ArrayList<>(List.of(new LinkedHashMap<>()));
        grid.forEach((field, values) -> {
            List<Map<String, JsonNode>> longer = new ArrayList<>();
            for (Map<String, JsonNode> point : points) {
                for (JsonNode value : values) {
                    Map<String, JsonNode> next = new LinkedHashMap<>(point);
                    next.put(field, value);
                    longer.add(next);
                }
            }
            points.clear();
            points.addAll(longer);
        });
        return points;
    }

    private ObjectNode config(Map<String, JsonNode> point) {
        ObjectNode config = base.deepCopy();
        point.forEach(config::set);
        return config;
    }

    // learningRate=0.001,seed=2
    private static String name(Map<String, JsonNode> point) {
        return point.entrySet().stream().map(e -> e.getKey() + "=" + text(e.getValue()))
                .collect(Collectors.joining(","));
    }

    // 0.0002, not 2.0E-4
    private static String text(JsonNode value) {
        return value.isNumber() && Double.isFinite(value.doubleValue())
                ? value.decimalValue().stripTrailingZeros().toPlainString() : value.asText();
    }

    /** The sweep's runs, in the order of runs.csv; each trains in {@code root/cells/FIELD=VALUE,...}. */
    public List<SweepCell> cells(Path root) {
        return points().stream().map(point -> new SweepCell(config(point).toString(),
                root.resolve(SweepFolder.CELLS).resolve(name(point)).toString(), data.map(Path::toString).orElse(null),
                threads)).toList();
    }

    /** Fails, changing nothing, unless {@link #claim} can take {@code out}. */
    public void check(Path out, boolean force) {
        SweepFolder.check(out, force, settings());
    }

    /** The sweep's folder, locked: {@code out} when it holds this sweep already (a rerun resumes it), else a new one. */
    public RunFolder claim(Path out, boolean force) {
        return SweepFolder.claim(out, force, settings(), "sweep", base.path("dataset").asText("data"));
    }

    private Map<String, Object> settings() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("model", "sweep");
        s.put("base", base);
        s.put("grid", grid);
        s.put("threads", threads);
        return s;
    }

    /** Trains every run with {@code runner} (telling {@code onRun} each as it ends), writes runs.csv and table.md, returns the table. */
    public String run(RunFolder run, CellRunner runner, Consumer<SweepCell.Row> onRun) throws IOException {
        run.writeJson(RunFolder.CONFIG, settings());
        List<SweepCell.Row> rows = runner.run(cells(run.dir()), SweepCell::run, onRun);
        List<Map<String, JsonNode>> points = points();
        List<String> columns = new ArrayList<>(grid.keySet());
        rows.forEach(row -> row.columns().stream().filter(c -> !columns.contains(c)).forEach(columns::add));
        StringBuilder csv = new StringBuilder(String.join(",", columns)).append('\n');
        StringBuilder table = new StringBuilder("| ").append(String.join(" | ", columns)).append(" |\n|")
                .append("---|".repeat(columns.size())).append('\n');
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = new ArrayList<>();
            for (String column : columns) {
                JsonNode value = points.get(i).get(column);
                Double number = rows.get(i).values().get(column);
                cells.add(value != null ? text(value) : number == null ? "" : format(number));
            }
            csv.append(String.join(",", cells)).append('\n');
            table.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }
        run.writeString("runs.csv", csv.toString());
        run.writeString("table.md", table.toString());
        return table.toString();
    }

    // metrics.csv's values as short as they read back
    private static String format(double v) {
        return Double.isFinite(v) ? BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() : Double.toString(v);
    }
}
