package genlab.sweep;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import genlab.Recipe;
import genlab.eval.CellScore;
import genlab.eval.ObjectiveTrace;
import genlab.internal.RunSeeds;
import genlab.nn.GenerativeModel;
import genlab.report.MetricsTable;
import genlab.run.RunFolder;
import genlab.run.TrainingCheckpoint;
import genlab.train.ModelKind;
import genlab.train.Run;
import genlab.train.RunDivergedException;
import genlab.train.RunResult;
import genlab.train.StepLog;
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
 * its complete config.json, its folder, the engine's threads, and how it is scored once trained.
 *
 * @param config the run's config.json, text
 * @param folder the run's folder, under the sweep's
 * @param data the folder of the data set's files, or null for the standard places
 * @param threads intra-op threads of the run
 * @param scoring how the trained model is scored, or null for a run judged by its metrics alone
 */
public record SweepCell(String config, String folder, String data, int threads, Scoring scoring)
        implements Serializable {

    /** A finished cell's row in its run folder. */
    public static final String ROW = "row.json";

    /**
     * Trains the run into its folder as its own command would ({@link Run#startOrResume}), or
     * continues it after its checkpoint, then scores it; returns its row: the last epoch's
     * metrics.csv values by column, {@code diverged} (1 or 0) and {@code resumed_after_epoch}, and
     * when scored, each score, {@code steps}, {@code objective_tail_sd}, {@code collapsed} (1 or 0)
     * and {@code seconds}. A finished cell's row is read back. Scoring draws from the generator
     * seeded for the epoch after the last, so a resumed cell scores as an uninterrupted one. A
     * divergence ends the cell and is reported in its row, not thrown.
     */
    public Row run() throws IOException {
        Path dir = Path.of(folder);
        if (Files.exists(dir.resolve(ROW))) {
            return RunFolder.open(dir).readJson(ROW, Row.class);
        }
        try (CellScoring scores = CellScoring.open(scoring, data, threads)) {
            return trainAndScore(dir, scores);
        }
    }

    private Row trainAndScore(Path dir, CellScoring scores) throws IOException {
        long start = System.nanoTime();
        Recipe<?> recipe = recipe();
        int done = TrainingCheckpoint.epoch(dir.resolve(TrainingCheckpoint.FILE));
        boolean diverged = false;
        CellScore score;
        Trainer trainer = Trainer.builder(recipe.training()).optThreads(threads).build();
        try (NDManager manager = NDManager.newBaseManager()) {
            RunResult result = run(recipe).startOrResume(trainer, manager);
            if (scoring == null) {
                score = scores.unscored();
            } else {
                RunSeeds.of(recipe.training().seed()).enterEpoch(recipe.training().epochs() + 1);
                score = scores.score(manager, result.model(GenerativeModel.class));
            }
        } catch (RunDivergedException e) {
            diverged = true;
            score = scores.unscored();
        }
        try (RunFolder run = RunFolder.claimExisting(dir)) {
            Map<String, Double> values = new LinkedHashMap<>(score.scores());
            if (scoring != null) {
                ObjectiveTrace trace = ObjectiveTrace.of(StepLog.column(run.file(StepLog.FILE), scoring.objective()));
                values.put("steps", (double) trace.size());
                values.put("objective_tail_sd", trace.tailStd(StabilityStudy.TAIL));
                values.put("collapsed", !diverged && score.collapsed() ? 1.0 : 0.0);
            }
            MetricsTable metrics = MetricsTable.read(run.file(Run.METRICS));
            double[] last = metrics.rows().get(metrics.rows().size() - 1);
            for (int j = 0; j < last.length; j++) {
                values.put(metrics.columns().get(j), last[j]);
            }
            values.put("diverged", diverged ? 1.0 : 0.0);
            values.put("resumed_after_epoch", (double) done);
            if (scoring != null) {
                values.put("seconds", (System.nanoTime() - start) / 1e9);
            }
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

    /**
     * How a trained generative model is scored: mode coverage of its samples on a mixture in the
     * plane, or a classifier's scores of its samples of images; and the objective traced over its steps.
     *
     * @param dataset the data set the model was trained on: a mixture's id, or mnist or fashion-mnist
     * @param classifier images: the folder of the classifier run that scores the samples
     * @param samples images: samples scored
     * @param objective the steps.csv column of the generator's objective ({@code g_loss}, {@code dual})
     */
    public record Scoring(String dataset, String classifier, int samples, String objective) implements Serializable {}

    /** A finished run's name (its folder's: {@code FIELD=VALUE,...}) and numbers by column name, in order. */
    public record Row(String name, Map<String, Double> values) implements Serializable {

        /** The columns of a row, in order. */
        public List<String> columns() {
            return List.copyOf(values.keySet());
        }
    }
}
