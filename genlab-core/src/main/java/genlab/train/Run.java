package genlab.train;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.node.ObjectNode;
import genlab.ConfigException;
import genlab.Recipe;
import genlab.RunConfig;
import genlab.data.ImageDatasets;
import genlab.nn.Players;
import genlab.nn.Trainable;
import genlab.report.MetricsTable;
import genlab.report.RunReport;
import genlab.run.Checkpoint;
import genlab.run.MetricsCsv;
import genlab.run.Provenance;
import genlab.run.RunFolder;
import genlab.run.TrainingCheckpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A training run in a folder, of any model kind: the recipe config.json holds, the networks (your
 * own, or the configuration's), and where the data is read. Its folder gets config.json and
 * provenance.json, then per epoch the kind's files (sample grids, scatter plots), a metrics.csv
 * row, steps.csv, model.params and checkpoint.bin, and report.html; at the end the kind's final
 * files and line. One run holds the folder's lock while it trains.
 *
 * <pre>{@code
 * Recipe<VaeConfig> recipe = Recipe.of(VaeConfig.reference());
 * Trainer trainer = Trainer.builder(recipe.training()).build();
 * try (NDManager manager = NDManager.newBaseManager()) {
 *     RunResult result = Run.builder(recipe).optFolder(Path.of("runs/vae")).build().startOrResume(trainer, manager);
 * }
 * }</pre>
 */
public final class Run {

    /** The table of per-epoch terms in a run folder. */
    public static final String METRICS = "metrics.csv";

    private final Recipe<?> recipe;
    private final Path folder;
    private final Players players;
    private final DataPlace data;
    private final boolean overwrite;
    private final boolean reportEachEpoch;

    private Run(Builder builder) {
        this.recipe = builder.recipe;
        this.folder = builder.folder;
        this.players = builder.players;
        this.data = new DataPlace(Optional.ofNullable(builder.dataDir), builder.images);
        this.overwrite = builder.overwrite;
        this.reportEachEpoch = builder.reportEachEpoch;
    }

    /** A builder of the run of {@code recipe}: a new default folder, the configuration's networks, the standard data places. */
    public static Builder builder(Recipe<?> recipe) {
        return new Builder(recipe);
    }

    /** The run's folder, or null when a new default folder is made at the start. */
    public Path folder() {
        return folder;
    }

    /**
     * Trains a new run into the folder, which must not hold a run (nor, unless overwriting, other
     * files). A data set that cannot be read fails before the folder is made.
     */
    public RunResult start(Trainer trainer, NDManager manager) throws IOException {
        return train(trainer, manager, bind(recipe), Mode.START);
    }

    /**
     * Continues the run in the folder after its checkpoint, to the recipe's epochs (more than the
     * checkpoint's); a run stopped before its first checkpoint starts over. Temp files a killed
     * run left are removed first.
     */
    public RunResult resume(Trainer trainer, NDManager manager) throws IOException {
        if (folder == null) {
            throw new ConfigException("folder", "is not set, but a run to resume is the one in its folder");
        }
        return train(trainer, manager, bind(recipe), Mode.RESUME);
    }

    /**
     * Starts the run when the folder holds none, continues it after its checkpoint when it does,
     * and when the checkpoint already holds every epoch only loads it (the result's last epoch is
     * then read back from metrics.csv).
     */
    public RunResult startOrResume(Trainer trainer, NDManager manager) throws IOException {
        return train(trainer, manager, bind(recipe), Mode.START_OR_RESUME);
    }

    private enum Mode { START, RESUME, START_OR_RESUME }

    // the recipe with its kind, of one configuration type
    private record Bound<C extends RunConfig<C>>(ModelKind<C> kind, Recipe<C> recipe) {}

    private static <C extends RunConfig<C>> Bound<C> bind(Recipe<C> recipe) {
        return new Bound<>(ModelKind.of(recipe.model()), recipe);
    }

    private <C extends RunConfig<C>> RunResult train(Trainer trainer, NDManager manager, Bound<C> run, Mode mode)
            throws IOException {
        if (!trainer.training().equals(recipe.training())) {
            throw new IllegalArgumentException("the trainer's training " + trainer.training() + " is not the recipe's "
                    + recipe.training());
        }
        boolean started = folder != null && Files.exists(folder.resolve(RunFolder.CONFIG));
        boolean resume = mode == Mode.RESUME || mode == Mode.START_OR_RESUME && started;
        if (!resume && folder != null) {
            RunFolder.requireNew(folder, overwrite);
        }
        ModelKind<C> kind = run.kind();
        Recipe<C> kept = players == null ? run.recipe() : kind.forOwnNetworks(run.recipe());
        ModelKind.Prepared prepared = kind.prepare(kept, data);
        // the model starts from the seed's weights, whatever the engine drew since the trainer was built
        trainer.seedEngine();
        Trainable model = kind.model(manager, kept, kind.players(players));
        ObjectNode config = kind.configJson(kept, players, model);
        try (RunFolder claimed = resume ? RunFolder.claimExisting(folder)
                : RunFolder.claimNew(folder, kind.name(), kind.dataset(kept.model()), overwrite)) {
            Path checkpoint = claimed.file(TrainingCheckpoint.FILE);
            if (resume) {
                if (!overwrite) {
                    TrainingCheckpoint.requireForListedEpochs(claimed, METRICS);
                }
                claimed.removeTempFiles();
            }
            int epochs = recipe.training().epochs();
            int done = resume && Files.exists(checkpoint) ? TrainingCheckpoint.epoch(checkpoint) : 0;
            if (mode == Mode.START_OR_RESUME && done >= epochs) {
                TrainingCheckpoint.load(checkpoint, config, model.net(), model.optimizers(), manager);
                return new RunResult(claimed.dir(), model, done,
                        EpochResult.lastIn(MetricsTable.read(claimed.file(METRICS))));
            }
            trainer.listener().notice("run folder: " + claimed.dir());
            RunOutputs outputs = prepared.outputs().open(manager, model, claimed);
            EpochResult last = trainEpochs(new Session(claimed, config, model, prepared.data(), outputs), trainer, manager,
                    resume);
            String line = outputs.finish(last);
            RunReport.write(claimed);
            trainer.listener().on(new TrainingEvent.Summary(line));
            return new RunResult(claimed.dir(), model, done, last);
        }
    }

    // one claimed run: its folder, config.json's tree (what checkpoints and provenance fingerprint), model, data, files
    private record Session(RunFolder run, ObjectNode config, Trainable model, TrainingData data, RunOutputs outputs) {}

    /**
     * Trains epochs 1..epochs, or when resuming the epochs after the run's checkpoint. Per epoch, in
     * this order: the kind's files, the metrics.csv row, steps.csv, model.params, checkpoint.bin (so
     * a crash between them only redoes that epoch on resume), then report.html, then the epoch's
     * event. Returns the last epoch's result.
     */
    private EpochResult trainEpochs(Session session, Trainer trainer, NDManager manager, boolean resume)
            throws IOException {
        RunFolder run = session.run();
        Trainable model = session.model();
        TrainingData data = session.data();
        ObjectNode config = session.config();
        int epochs = recipe.training().epochs();
        TrainingListener listener = trainer.listener();
        boolean fromCheckpoint = resume && Files.exists(run.file(TrainingCheckpoint.FILE));
        int done = fromCheckpoint
                ? TrainingCheckpoint.load(run.file(TrainingCheckpoint.FILE), config, model.net(), model.optimizers(),
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
        run.writeJson(RunFolder.CONFIG, config);
        // provenance records the optimizers' constants, the run's learning rate among them
        model.optimizers().forEach(o -> o.setLearningRate(recipe.training().learningRate()));
        Provenance.record(run, config, data.source(), model.optimizers(), done);
        listener.on(new TrainingEvent.RunStarted(Optional.of(run.dir()), done, epochs));
        int[] finished = {done};
        try {
            return trainer.train(model, data, manager, done, new Trainer.EpochWork(session.outputs(), steps, (result, summary) -> {
                table.append(result.epoch(), result.columns(summary.metrics()), result.seconds());
                steps.endEpoch(result.epoch());
                Checkpoint.save(model.net(), run.file(RunFolder.MODEL));
                TrainingCheckpoint.save(run.file(TrainingCheckpoint.FILE), result.epoch(), config, model.net(),
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

    /** Builds a {@link Run}; {@link #build()} checks the players against the recipe's kind. */
    public static final class Builder {

        private final Recipe<?> recipe;
        private Path folder;
        private Players players;
        private Path dataDir;
        private ImageDatasets.Splits images;
        private boolean overwrite;
        private boolean reportEachEpoch = true;

        private Builder(Recipe<?> recipe) {
            this.recipe = Objects.requireNonNull(recipe, "recipe");
        }

        /** The run's folder (default: a new folder {@code runs/<model>-<dataset>-<time>-<suffix>}). */
        public Builder optFolder(Path folder) {
            this.folder = folder;
            return this;
        }

        /** Networks of your own, not yet initialized, of the kind's players type (default: the configuration's). */
        public Builder optPlayers(Players players) {
            this.players = players;
            return this;
        }

        /** The folder of the data set's files (default: the standard places). */
        public Builder optDataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /**
         * The run's images, given in memory instead of read by the data set's name (a subset, or
         * images of your own); a resumed run needs the same images (provenance.json records them).
         */
        public Builder optImages(ImageDatasets.Splits images) {
            this.images = images;
            return this;
        }

        /**
         * Whether a new run may write into a folder that holds other files, replacing files of the
         * same names, and a resumed one starts over without its checkpoint whatever metrics.csv
         * lists (a sweep's cells); never into a folder that holds another run. Default false.
         */
        public Builder optOverwrite(boolean overwrite) {
            this.overwrite = overwrite;
            return this;
        }

        /**
         * Whether report.html is written after each epoch as well as at the end (default true); a
         * study's cell writes it once: rendered at every epoch it took a fifth of a ring8 cell's time.
         */
        public Builder optReportEachEpoch(boolean reportEachEpoch) {
            this.reportEachEpoch = reportEachEpoch;
            return this;
        }

        public Run build() {
            bind(recipe).kind().players(players);
            if (folder != null) {
                RunFolder.requireUsable(folder);
            }
            return new Run(this);
        }
    }
}
