package genlab.sweep;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import genlab.Recipe;
import genlab.report.MetricsTable;
import genlab.run.RunFolder;
import genlab.run.TrainingCheckpoint;
import genlab.train.ModelKind;
import genlab.train.Run;
import genlab.train.RunDivergedException;
import genlab.train.Trainer;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
     * Trains the run into its folder as its own command would ({@link Run#startOrResume}), or
     * continues it after its checkpoint; returns its row: the last epoch's metrics.csv values by
     * column, {@code diverged} (1 or 0) and {@code resumed_after_epoch}. A finished cell's row is
     * read back.
     */
    public Row run() throws IOException {
        Path dir = Path.of(folder);
        if (Files.exists(dir.resolve(ROW))) {
            return RunFolder.open(dir).readJson(ROW, Row.class);
        }
        Recipe<?> recipe = recipe();
        int done = TrainingCheckpoint.epoch(dir.resolve(TrainingCheckpoint.FILE));
        boolean diverged = false;
        Trainer trainer = Trainer.builder(recipe.training()).optThreads(threads).build();
        try (NDManager manager = NDManager.newBaseManager()) {
            run(recipe).startOrResume(trainer, manager);
        } catch (RunDivergedException e) {
            diverged = true;
        }
        try (RunFolder run = RunFolder.claimExisting(dir)) {
            MetricsTable metrics = MetricsTable.read(run.file(Run.METRICS));
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

    /** The run's recipe, read from its config.json text. */
    Recipe<?> recipe() {
        Path file = Path.of(folder, RunFolder.CONFIG);
        JsonNode tree = RunFolder.parseTree(config);
        return ModelKind.of(file, tree).recipe(file, tree);
    }

    /** The run of {@code recipe} in this cell's folder, which the sweep owns: a cell starts over without its checkpoint. */
    Run run(Recipe<?> recipe) {
        return Run.builder(recipe).optFolder(Path.of(folder)).optDataDir(data == null ? null : Path.of(data))
                .optOverwrite(true).optReportEachEpoch(false).build();
    }

    /** A finished run's name (its folder's: {@code FIELD=VALUE,...}) and numbers by column name, in order. */
    public record Row(String name, Map<String, Double> values) implements Serializable {

        /** The columns of a row, in order. */
        public List<String> columns() {
            return List.copyOf(values.keySet());
        }
    }
}
