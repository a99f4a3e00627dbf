package genlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import genlab.ConfigException;
import genlab.run.RunFolder;
import genlab.spark.SparkRunner;
import genlab.sweep.Sweep;
import genlab.sweep.SweepCell;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code genlab sweep CONFIG --grid FIELD=V1,V2 ...}: one run per combination of the values, each
 * a Spark task training the base config with those fields replaced ({@link Sweep}); prints each
 * run's line and the table.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Train one run per combination of config values (a grid over any model's config.json fields).",
            "Each run is a Spark task with its own run folder under OUT/cells; rerunning the same command with the same "
                    + "--out keeps the finished runs and resumes the others."})
public final class SweepCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONFIG", description = "The base config.json (of a vae, gan, dualgan or "
            + "classifier run).")
    Path base;

    @Option(names = "--grid", paramLabel = "FIELD=V1,V2", required = true, description = "A config field and its "
            + "values (numbers, true/false, or words); repeat for more fields, the first varies slowest.")
    List<String> grid;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder with the dataset's files.")
    Path data;

    @Mixin
    RunFolderOptions folder = new RunFolderOptions();

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Mixin
    MasterOptions cluster = new MasterOptions();

    @Override
    public Integer call() throws IOException {
        Sweep sweep = Sweep.of(base, parse(grid), Optional.ofNullable(data), cluster.cellThreads(engine.given()));
        sweep.check(folder.out, folder.force);
        try (SparkRunner runner = cluster.start(sweep.threads()); RunFolder run = sweep.claim(folder.out, folder.force)) {
            System.out.println("run folder: " + run.dir() + " · " + sweep.runCount() + " runs · Spark master "
                    + runner.master());
            StopNotice notice = StopNotice.installForRuns(run.dir());
            try {
                System.out.print(sweep.run(run, runner, row -> System.out.println(line(row))));
            } finally {
                notice.remove();
            }
            return 0;
        }
    }

    // --grid learningRate=1e-3,1e-2 --grid arch=MLP,CONV
    static Map<String, List<JsonNode>> parse(List<String> flags) {
        Map<String, List<JsonNode>> grid = new LinkedHashMap<>();
        for (String flag : flags) {
            int eq = flag.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException("grid", "'" + flag + "' is not FIELD=VALUE,VALUE");
            }
            List<JsonNode> values = new ArrayList<>();
            for (String value : flag.substring(eq + 1).split(",", -1)) {
                values.add(value(value.strip()));
            }
            grid.put(flag.substring(0, eq).strip(), values);
        }
        return grid;
    }

    // a number, true, false or null as JSON; anything else as a word
    private static JsonNode value(String text) {
        if (text.matches("-?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?|true|false|null")) {
            return RunFolder.parseTree(text);
        }
        return TextNode.valueOf(text);
    }

    // learningRate=0.001,seed=2: epoch 2 · train_loss 1.23 · test_loss 1.30 · 4.1 s
    private static String line(SweepCell.Row row) {
        StringBuilder line = new StringBuilder(row.name()).append(':');
        row.values().forEach((name, v) -> line.append(name.equals("epoch") ? " epoch " : " · " + name + " ")
                .append(v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString(v.longValue())
                        : String.format(Locale.ROOT, "%.4g", v)));
        return line.toString();
    }
}
