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
 * The grid runner: a grid of runs, each a {@link SweepCell} (a complete config.json, trained as its
 * command would train it, then scored when its grid says so) in {@code cells/NAME} of the sweep's
 * folder, trained by a {@link CellRunner}. {@link #of} builds the grid over the fields of any
 * model's configuration: a base config.json (of a vae, gan, dualgan or classifier run) and values
 * for some of its fields, one run per combination (the first field varies slowest), each named
 * {@code FIELD=VALUE,...}; a {@link StabilityStudy} builds its own grid of scored runs. {@link #run}
 * writes config.json (the grid's settings), runs.csv (the grid's values, then each run's row) and
 * table.md. Run again in the same folder ({@link #claim}), it resumes.
 *
 * <pre>{@code
 * Sweep sweep = Sweep.of(baseConfig, Map.of("learningRate", List.of(lr1, lr2), "seed", seeds), Optional.empty(), 1);
 * try (SparkRunner runner = SparkRunner.start(Optional.empty(), 1); RunFolder run = sweep.claim(out, false)) {
 *     sweep.run(run, runner, row -> System.out.println(row));
 * }
 * }</pre>
 */
public final class Sweep {

    /**
     * One run of the grid.
     *
     * @param name the run's folder under {@code cells/}
     * @param values the run's values of the grid's fields, as runs.csv's first columns show them
     * @param config the run's complete config.json
     * @param scoring how the trained run is scored, or null for none
     */
    record Point(String name, Map<String, JsonNode> values, ObjectNode config, SweepCell.Scoring scoring) {}

    private final Map<String, Object> settings;
    private final List<Point> points;
    private final Optional<Path> data;
    private final int threads;
    private final String dataset;

    /**
     * The sweep of {@code points}, recorded in config.json as {@code settings} (whose {@code model}
     * names the kind of sweep), each run on {@code threads} threads; {@code dataset} names a default folder.
     */
    Sweep(Map<String, Object> settings, List<Point> points, Optional<Path> data, int threads, String dataset) {
        this.settings = settings;
        this.points = List.copyOf(points);
        this.data = data;
        this.threads = threads;
        this.dataset = dataset;
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
        ModelKind<?> kind = ModelKind.byName(base.path("model").asText()).orElseThrow(() -> new GenLabException(
                baseFile + ": model '" + base.path("model").asText() + "', expected one of " + ModelKind.ALL.stream()
                        .map(ModelKind::name).collect(Collectors.joining(", "))));
        int cellThreads = threads.orElse(RunSettings.defaultThreads(planar(base, grid)));
        List<Point> points = new ArrayList<>();
        // every cell is checked before the first trains, its data set's name too (not its files)
        for (Map<String, JsonNode> values : product(grid)) {
            ObjectNode config = base.deepCopy();
            values.forEach(config::set);
            Path cell = Path.of(baseFile + " with " + name(values));
            RunFolder.recipe(cell, config, kind.configType());
            JsonNode dataset = config.get("dataset");
            if (dataset != null && dataset.isTextual()) {
                try {
                    GameDatasets.checkedId(dataset.asText());
                } catch (GenLabException e) {
                    throw new GenLabException(cell + ": " + e.getMessage());
                }
            }
            points.add(new Point(name(values), values, config, null));
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("model", "sweep");
        settings.put("base", base);
        settings.put("grid", grid);
        settings.put("threads", cellThreads);
        return new Sweep(settings, points, data, cellThreads, base.path("dataset").asText("data"));
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

    /** Runs in the sweep. */
    public int runCount() {
        return points.size();
    }

    // every combination of the grid's values, the first field slowest
    private static List<Map<String, JsonNode>> product(Map<String, List<JsonNode>> grid) {
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

    /**
     * The sweep's runs, in the order of runs.csv; each trains in {@code root/cells/NAME}. Their
     * paths are absolute, resolved here, so that a process started elsewhere finds the same files.
     */
    public List<SweepCell> cells(Path root) {
        Path cells = root.toAbsolutePath().normalize().resolve(SweepFolder.CELLS);
        String dataDir = data.map(p -> p.toAbsolutePath().normalize().toString()).orElse(null);
        return points.stream().map(point -> new SweepCell(point.config().toString(),
                cells.resolve(point.name()).toString(), dataDir, threads, point.scoring())).toList();
    }

    /** Fails, changing nothing, unless {@link #claim} can take {@code out}. */
    public void check(Path out, boolean force) {
        SweepFolder.check(out, force, settings);
    }

    /** The sweep's folder, locked: {@code out} when it holds this sweep already (a rerun resumes it), else a new one. */
    public RunFolder claim(Path out, boolean force) {
        return SweepFolder.claim(out, force, settings, settings.get("model").toString(), dataset);
    }

    /**
     * Writes config.json and trains every run with {@code runner}, telling {@code onRun} each row
     * as its run ends; returns the rows in the grid's order.
     */
    List<SweepCell.Row> train(RunFolder run, CellRunner runner, Consumer<SweepCell.Row> onRun) throws IOException {
        run.writeJson(RunFolder.CONFIG, settings);
        runner.requireShared(run.dir().toAbsolutePath());
        return runner.run(cells(run.dir()), SweepCell::run, onRun);
    }

    /** Trains every run with {@code runner} (telling {@code onRun} each as it ends), writes runs.csv and table.md, returns the table. */
    public String run(RunFolder run, CellRunner runner, Consumer<SweepCell.Row> onRun) throws IOException {
        List<SweepCell.Row> rows = train(run, runner, onRun);
        List<String> columns = new ArrayList<>(points.get(0).values().keySet());
        rows.forEach(row -> row.columns().stream().filter(c -> !columns.contains(c)).forEach(columns::add));
        StringBuilder csv = new StringBuilder(String.join(",", columns)).append('\n');
        StringBuilder table = new StringBuilder("| ").append(String.join(" | ", columns)).append(" |\n|")
                .append("---|".repeat(columns.size())).append('\n');
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = new ArrayList<>();
            for (String column : columns) {
                JsonNode value = points.get(i).values().get(column);
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
