package genlab.train;

import ai.djl.ndarray.NDManager;
import genlab.ConfigException;
import genlab.GenLabException;
import genlab.Recipe;
import genlab.data.BatchSource;
import genlab.data.DataSource;
import genlab.nn.OptimizerStep;
import genlab.nn.Trainable;
import genlab.report.RunReport;
import genlab.run.Checkpoint;
import genlab.run.MetricsCsv;
import genlab.run.Provenance;
import genlab.run.RunFolder;
import genlab.run.TrainingCheckpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What every training run does around its model: writes config.json and provenance.json, then per epoch the model's
 * own files (samples, scatter plots), a metrics.csv row, the epoch's steps in steps.csv, the
 * checkpoint, report.html and one line to the listener; returns the last epoch.
 */
public final class TrainingRun {

    /** Model-specific work after each epoch: files to write, and epoch-level metrics to record. */
    public interface EpochHook {
        EpochSummary afterEpoch(EpochResult result) throws IOException;
    }

    /** Epoch-level metrics (columns of metrics.csv) and their one-line rendering (may be empty). */
    public record EpochSummary(Map<String, Double> metrics, String line) {
        /** No files, no metrics. */
        public static final EpochSummary NONE = new EpochSummary(Map.of(), "");

        /** This summary's metrics and line, then {@code other}'s. */
        public EpochSummary and(EpochSummary other) {
            Map<String, Double> both = new LinkedHashMap<>(metrics);
            both.putAll(other.metrics);
            String joined = line.isEmpty() ? other.line : other.line.isEmpty() ? line : line + "  " + other.line;
            return new EpochSummary(both, joined);
        }
    }

    /** The table of per-epoch terms in a run folder. */
    public static final String METRICS = "metrics.csv";

    private TrainingRun() {}

    /**
     * Trains epochs 1..epochs, or with {@code resume} the epochs after the run's checkpoint (all of
     * them, from the recipe, when the run stopped before its first checkpoint), at the recipe's
     * learning rate and schedule. Per epoch, in this order: the hook's files, the metrics.csv row, steps.csv, model.params, checkpoint.bin
     * (so a crash between them only redoes that epoch on resume), then report.html.
     */
    public static <M extends Trainable> EpochResult train(RunFolder run, NDManager manager, Recipe<?> recipe,
            M model, DataSource source, BatchSource train, BatchSource test, RunSeeds seeds, boolean resume, EpochHook hook,
            TrainingListener listener) throws IOException {
        return train(run, manager, recipe, model, source, train, test, seeds, resume, hook, listener, true);
    }

    /**
     * As above; with {@code reportEachEpoch} false, report.html is left to the caller (a study's
     * cell writes it once, after scoring: rendered at every epoch it took a fifth of a ring8 cell's
     * time).
     */
    public static <M extends Trainable> EpochResult train(RunFolder run, NDManager manager, Recipe<?> recipe,
            M model, DataSource source, BatchSource train, BatchSource test, RunSeeds seeds, boolean resume, EpochHook hook,
            TrainingListener listener, boolean reportEachEpoch) throws IOException {
        int epochs = recipe.training().epochs();
        model.optimizers().forEach(o -> o.setLearningRate(recipe.training().learningRate()));
        boolean fromCheckpoint = resume && Files.exists(run.file(TrainingCheckpoint.FILE));
        int done = fromCheckpoint
                ? TrainingCheckpoint.load(run.file(TrainingCheckpoint.FILE), recipe, model.net(), model.optimizers(),
                        manager)
                : 0;
        if (done >= epochs) {
            throw new ConfigException("epochs", epochs + " is not more than the " + done + (done == 1 ? " epoch" : " epochs")
                    + " " + run.dir() + " already finished; pass a larger total to train on");
        }
        if (fromCheckpoint) {
            Provenance.requireSameData(run, source);
        }
        if (fromCheckpoint && !Files.exists(run.file(METRICS))) {
            listener.message("warning: " + run.file(METRICS) + " is missing: epochs 1.." + done + " are listed without "
                    + "values");
        }
        MetricsCsv table = fromCheckpoint ? MetricsCsv.resume(run.file(METRICS), done) : new MetricsCsv(run.file(METRICS));
        StepLog steps = fromCheckpoint ? StepLog.resume(run.file(StepLog.FILE), done) : StepLog.create(run.file(StepLog.FILE));
        if (fromCheckpoint) {
            listener.message("resuming after epoch " + done + " of " + epochs);
        } else if (resume) {
            listener.message("no epoch had finished: starting the run over from epoch 1 of " + epochs);
        }
        // written only now, after the checkpoint loaded: a failed resume leaves the run's config as it was
        run.writeJson(RunFolder.CONFIG, recipe);
        Provenance.record(run, recipe, source, model.optimizers(), done);
        listener.runStarted(run, done, epochs);
        try {
            int[] skipped = {skippedSteps(model)};
            StepDistributions spread = new StepDistributions(model.perStepTerms());
            return new TrainLoop(manager, listener).onEachStep((terms, size) -> {
                spread.onStep(terms, size);
                steps.onStep(terms, size);
            }).withSchedule(recipe.training().schedule()).run(model, train, test, seeds, done + 1, epochs, result -> {
                EpochSummary summary = spread.drain().and(hook.afterEpoch(result));
                table.append(result.epoch(), result.columns(summary.metrics()), result.seconds());
                steps.endEpoch(result.epoch());
                Checkpoint.save(model.net(), run.file(RunFolder.MODEL));
                TrainingCheckpoint.save(run.file(TrainingCheckpoint.FILE), result.epoch(), recipe, model.net(),
                        model.optimizers());
                listener.checkpointSaved(result.epoch());
                if (reportEachEpoch) {
                    RunReport.write(run);
                }
                listener.message(epochLine(result, epochs) + (summary.line().isEmpty() ? "" : "  " + summary.line()));
                int skippedNow = skippedSteps(model);
                if (skippedNow > skipped[0]) {
                    listener.message("warning: " + (skippedNow - skipped[0]) + " training step(s) of epoch "
                            + result.epoch() + " had a non-finite gradient and were skipped");
                    skipped[0] = skippedNow;
                }
            });
        } catch (TrainingDivergedException e) {
            steps.endEpoch(e.epoch());
            throw new RunDivergedException(e, run.dir(), Files.exists(run.file(TrainingCheckpoint.FILE)));
        } finally {
            listener.runEnded();
        }
    }

    /**
     * Fails when a run without its checkpoint lists two or more finished epochs in metrics.csv, which
     * starting it over would overwrite: a user's run is continued only from its checkpoint. One
     * listed epoch is what a crash between epoch 1's metrics row and its checkpoint leaves, and that
     * run starts over. (A sweep's cell, the sweep's own, always starts over.)
     */
    public static void requireNoFinishedEpochUnlessCheckpointed(RunFolder run) {
        int listed = MetricsCsv.epochsIn(run.file(METRICS));
        if (listed >= 2 && !Files.exists(run.file(TrainingCheckpoint.FILE))) {
            throw new GenLabException(run.file(TrainingCheckpoint.FILE) + ": missing, but " + METRICS + " lists "
                    + listed + " finished epochs; starting over would overwrite them. Restore "
                    + TrainingCheckpoint.FILE + ", or start a new run");
        }
    }

    private static int skippedSteps(Trainable model) {
        return model.optimizers().stream().mapToInt(OptimizerStep::skippedSteps).sum();
    }

    /** {@code epoch  3/30  train loss 110.23 (recon 85.10, kl 25.13)  test loss ...  4.1 s}. */
    public static String epochLine(EpochResult r, int epochs) {
        return String.format(Locale.ROOT, "epoch %2d/%d  train %s  test %s  %.1f s", r.epoch(), epochs,
                terms(r.train()), terms(r.test()), r.seconds());
    }

    /** The first term as the headline, the others in parentheses: {@code loss 1.00 (recon 0.80, kl 0.20)}. */
    public static String terms(Map<String, Double> t) {
        List<String> parts = new ArrayList<>();
        t.forEach((name, value) -> parts.add(String.format(Locale.ROOT, "%s %.2f", name, value)));
        String head = parts.get(0);
        return parts.size() == 1 ? head : head + " (" + String.join(", ", parts.subList(1, parts.size())) + ")";
    }
}
