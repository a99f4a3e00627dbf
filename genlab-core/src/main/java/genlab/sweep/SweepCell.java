package genlab.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import genlab.report.MetricsTable;
import genlab.run.RunFolder;
import genlab.run.TrainingCheckpoint;
import genlab.train.ModelKind;
import genlab.train.RunDivergedException;
import genlab.train.RunSettings;
import genlab.train.SavedModel;
import genlab.train.TrainingListener;
import genlab.train.TrainingRun;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run of a {@link Sweep} as plain values, so that another process (a Spark task) can train it:
 * its complete config.json, its folder and the engine's threads.
 *
 * @param config the run's config.json, text
 * @param folder the run's folder, under the sweep's
 * @param data the folder of the data set's files, or null for the standard places
 * @param threads intra-op threads of the run
 */
public record SweepCell(String config, String folder, String data, int threads) implements Serializable {

    /** A finished cell's row in its run folder. */
    public static final String ROW = "row.json";

    /**
     * Trains the run into its folder with its kind's trainer, or continues it after its
     * checkpoint; returns its row: the last epoch's metrics.csv values by column, {@code diverged}
     * (1 or 0) and {@code resumed_after_epoch}. A finished cell's row is read back.
     */
    public Row run() throws IOException {
        Path dir = Path.of(folder);
        if (Files.exists(dir.resolve(ROW))) {
            return RunFolder.open(dir).readJson(ROW, Row.class);
        }
        JsonNode tree = RunFolder.parseTree(config);
        boolean started = Files.exists(dir.resolve(RunFolder.CONFIG));
        try (RunFolder run = started ? RunFolder.claimExisting(dir)
                : RunFolder.claimNew(dir, tree.path("model").asText(), tree.path("dataset").asText(), true)) {
            ModelKind<?> kind = SavedModel.kindOf(run, tree);
            int done = TrainingCheckpoint.epoch(run.file(TrainingCheckpoint.FILE));
            boolean diverged = false;
            if (done < tree.path("epochs").asInt()) {
                try {
                    kind.resume(run, tree, Optional.ofNullable(data).map(Path::of),
                            new RunSettings(threads, TrainingListener.SILENT));
                } catch (RunDivergedException e) {
                    diverged = true;
                }
            }
            MetricsTable metrics = MetricsTable.read(run.file(TrainingRun.METRICS));
            Map<String, Double> values = new LinkedHashMap<>();
            double[] last = metrics.rows().get(metrics.rows().size() - 1);
            for (int j = 0; j < last.length; j++) {
                values.put(metrics.columns().get(j), last[j]);
            }
            values.put("diverged", diverged ? 1.0 : 0.0);
            values.put("resumed_after_epoch", (double) done);
            Row row = new Row(dir.getFileName().toString(), values);
            run.writeJson(ROW, row);
            return row;
        }
    }

    /** A finished run's name (its folder's: {@code FIELD=VALUE,...}) and numbers by column name, in order. */
    public record Row(String name, Map<String, Double> values) implements Serializable {

        /** The columns of a row, in order. */
        public List<String> columns() {
            return List.copyOf(values.keySet());
        }
    }
}
