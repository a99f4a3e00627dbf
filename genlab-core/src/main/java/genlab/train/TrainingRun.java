package genlab.train;

import ai.djl.ndarray.NDManager;
import genlab.ConfigException;
import genlab.GenLabException;
import genlab.Recipe;
import genlab.nn.Trainable;
import genlab.report.RunReport;
import genlab.run.Checkpoint;
import genlab.run.MetricsCsv;
import genlab.run.Provenance;
import genlab.run.RunFolder;
import genlab.run.TrainingCheckpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;

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

    /** The table of per-epoch terms in a run folder. */
    public static final String METRICS = "metrics.csv";

    private final RunFolder run;
    private final Trainer trainer;
    private final Recipe<?> recipe;
    private boolean resume;
    private boolean reportEachEpoch = true;

    private TrainingRun(RunFolder run, Trainer trainer, Recipe<?> recipe) {
        this.run = run;
        this.trainer = trainer;
        this.recipe = recipe;
    }

    /** Training {@code recipe} into {@code run} by {@code trainer}, built with the recipe's training. */
    public static TrainingRun of(RunFolder run, Trainer trainer, Recipe<?> recipe) {
        if (!trainer.training().equals(recipe.training())) {
            throw new IllegalArgumentException("the trainer's training " + trainer.training() + " is not the recipe's "
                    + recipe.training());
        }
        return new TrainingRun(run, trainer, recipe);
    }

    /**
     * Continues after the run's checkpoint (or, when the run stopped before its first checkpoint,
     * starts it over); by default the run is new. Returns this.
     */
    public TrainingRun optResume(boolean resume) {
        this.resume = resume;
        return this;
    }

    /**
     * Whether report.html is written after each epoch (default true); a study's cell writes it
     * once, after scoring: rendered at every epoch it took a fifth of a ring8 cell's time. Returns this.
     */
    public TrainingRun optReportEachEpoch(boolean reportEachEpoch) {
        this.reportEachEpoch = reportEachEpoch;
        return this;
    }

    /**
     * Trains epochs 1..epochs, or when resuming the epochs after the run's checkpoint. Per epoch, in
     * this order: the hook's files, the metrics.csv row, steps.csv, model.params, checkpoint.bin (so
     * a crash between them only redoes that epoch on resume), then report.html, then the epoch's
     * event. Returns the last epoch's result.
     *
     * @param manager the model's manager: a resumed optimizer's state is loaded into it
     */
    public <M extends Trainable> EpochResult train(M model, TrainingData data, NDManager manager, EpochHook hook)
            throws IOException {
        int epochs = recipe.training().epochs();
        TrainingListener listener = trainer.listener();
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
            Provenance.requireSameData(run, data.source());
        }
        if (fromCheckpoint && !Files.exists(run.file(METRICS))) {
            listener.notice("warning: " + run.file(METRICS) + " is missing: epochs 1.." + done + " are listed without "
                    + "values");
        }
        MetricsCsv table = fromCheckpoint ? MetricsCsv.resume(run.file(METRICS), done) : new MetricsCsv(run.file(METRICS));
        StepLog steps = fromCheckpoint ? StepLog.resume(run.file(StepLog.FILE), done) : StepLog.create(run.file(StepLog.FILE));
        if (fromCheckpoint) {
            listener.notice("resuming after epoch " + done + " of " + epochs);
        } else if (resume) {
            listener.notice("no epoch had finished: starting the run over from epoch 1 of " + epochs);
        }
        // written only now, after the checkpoint loaded: a failed resume leaves the run's config as it was
        run.writeJson(RunFolder.CONFIG, recipe);
        // provenance records the optimizers' constants, the run's learning rate among them
        model.optimizers().forEach(o -> o.setLearningRate(recipe.training().learningRate()));
        Provenance.record(run, recipe, data.source(), model.optimizers(), done);
        listener.on(new TrainingEvent.RunStarted(Optional.of(run.dir()), done, epochs));
        int[] finished = {done};
        try {
            return trainer.train(model, data, manager, done, new Trainer.EpochWork(hook, steps, (result, summary) -> {
                table.append(result.epoch(), result.columns(summary.metrics()), result.seconds());
                steps.endEpoch(result.epoch());
                Checkpoint.save(model.net(), run.file(RunFolder.MODEL));
                TrainingCheckpoint.save(run.file(TrainingCheckpoint.FILE), result.epoch(), recipe, model.net(),
                        model.optimizers());
                finished[0] = result.epoch();
                listener.on(new TrainingEvent.CheckpointSaved(result.epoch(), run.file(TrainingCheckpoint.FILE)));
                if (reportEachEpoch) {
                    RunReport.write(run);
                }
            }));
        } catch (TrainingDivergedException e) {
            steps.endEpoch(e.epoch());
            throw new RunDivergedException(e, run.dir(), Files.exists(run.file(TrainingCheckpoint.FILE)));
        } finally {
            listener.on(new TrainingEvent.RunEnded(finished[0]));
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
}
