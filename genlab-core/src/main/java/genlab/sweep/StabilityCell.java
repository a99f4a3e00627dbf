package genlab.sweep;

import ai.djl.ndarray.NDManager;
import genlab.Recipe;
import genlab.TrainingConfig;
import genlab.data.GaussianMixture2d;
import genlab.data.ImageDatasets;
import genlab.data.ImageShape;
import genlab.dualgan.DualGan;
import genlab.dualgan.DualGanConfig;
import genlab.eval.CellScore;
import genlab.eval.FrechetDistance.GaussianFit;
import genlab.eval.GameRunOutcome;
import genlab.eval.ModeCoverage;
import genlab.eval.ObjectiveTrace;
import genlab.gan.GameConfig;
import genlab.gan.Gan;
import genlab.gan.GanConfig;
import genlab.nn.GenerativeModel;
import genlab.nn.LatentGenerator;
import genlab.nn.Trainable;
import genlab.report.RunReport;
import genlab.run.RunFolder;
import genlab.run.TrainingCheckpoint;
import genlab.train.EngineSetup;
import genlab.train.EpochSummary;
import genlab.train.GameData;
import genlab.train.GameOutputs;
import genlab.train.RunDivergedException;
import genlab.train.SampleScorer;
import genlab.train.StepLog;
import genlab.train.Trainer;
import genlab.train.TrainingRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * One cell of a stability study: trains a GAN or a Dualing GAN into a run folder of its own through
 * {@link TrainingRun} (config, provenance, metrics.csv, steps.csv, checkpoint, report), scores its
 * samples at the end with a {@link Scoring} and writes {@link #OUTCOME}. The generator's objective
 * per step is read back from steps.csv, so a resumed cell reports the same spread as an
 * uninterrupted one. A divergence ends the cell and is reported in its outcome, not thrown.
 */
public final class StabilityCell {

    /** A finished cell's outcome in its run folder. */
    public static final String OUTCOME = "outcome.json";

    /** How a cell scores its trained model, in the manager the model lives in; closing frees what it holds. */
    public interface Scoring extends AutoCloseable {
        CellScore score(NDManager manager, GenerativeModel model);

        @Override
        default void close() {}
    }

    private StabilityCell() {}

    /** Mode coverage of {@link GameOutputs#COVERAGE_POINTS} samples on {@code mixture}. */
    public static Scoring coverage(GaussianMixture2d mixture) {
        return (manager, model) -> CellScore.coverage(ModeCoverage.of(
                model.sample(manager, GameOutputs.COVERAGE_POINTS).toFloatArray(), GameOutputs.COVERAGE_POINTS, mixture));
    }

    /**
     * Inception Score, Frechet distance and largest class share of {@code samples} images, by the
     * classifier of run {@code classifierRun} against the test images of {@code dataset} (read from
     * {@code data}, or the standard places). Starts the engine with {@code threads} threads.
     */
    public static Scoring samples(Path classifierRun, String dataset, Optional<Path> data, int samples, int threads) {
        EngineSetup.start(threads, 0);
        NDManager scorerManager = NDManager.newBaseManager();
        try {
            SampleScorer scorer = new SampleScorer(RunFolder.open(classifierRun), scorerManager);
            GaussianFit testFit = scorer.outputs(ImageDatasets.load(dataset, data, ImageShape.MNIST).test()).featureFit();
            return new Scoring() {
                @Override
                public CellScore score(NDManager manager, GenerativeModel model) {
                    SampleScorer.Scores s = SampleScorer.Scores.of(scorer.statistics(model, samples), testFit);
                    return CellScore.samples(s.inceptionScore(), s.frechetDistance(), s.largestClassShare());
                }

                @Override
                public void close() {
                    scorerManager.close();
                }
            };
        } catch (RuntimeException e) {
            scorerManager.close();
            throw e;
        }
    }

    /** A GAN cell trained into {@code folder}; the objective is the generator's loss. */
    static GameRunOutcome gan(Recipe<GanConfig> recipe, int threads, double tail, Optional<Path> data,
            Scoring scoring, Path folder) throws IOException {
        GanConfig config = recipe.model();
        String family = config.features() != null ? "linear" : config.arch().name().toLowerCase(Locale.ROOT);
        return train(GanConfig.MODEL, family, recipe, threads, tail, data, scoring, "g_loss",
                manager -> new Gan(manager, config, recipe.training().seed()), folder);
    }

    /** A Dualing GAN cell trained into {@code folder}; the objective is the dual the generator ascends. */
    static GameRunOutcome dualGan(Recipe<DualGanConfig> recipe, int threads, double tail, Optional<Path> data,
            Scoring scoring, Path folder) throws IOException {
        DualGanConfig config = recipe.model();
        return train(DualGanConfig.MODEL, config.discriminator().name().toLowerCase(Locale.ROOT), recipe, threads, tail,
                data, scoring, "dual", manager -> new DualGan(manager, config, recipe.training().seed()), folder);
    }

    /**
     * Trains the cell into its run folder with the library's harness, or continues it: a folder
     * with {@link #OUTCOME} is a finished cell (its outcome is read back), a folder with a
     * checkpoint resumes after it, and a cell whose checkpoint already holds every epoch is only
     * scored (from the generator re-seeded for the epoch after the last).
     *
     * @param data the folder of the images' files (empty: the standard places; unused for 2-D data)
     * @param objective the training term traced per example (a column of steps.csv)
     * @param tail the last fraction of steps whose objective's standard deviation is reported
     */
    private static <M extends Trainable & LatentGenerator> GameRunOutcome train(String method, String family,
            Recipe<? extends GameConfig> recipe, int threads, double tail, Optional<Path> data, Scoring scoring,
            String objective, Function<NDManager, M> model, Path folder) throws IOException {
        GameConfig config = recipe.model();
        TrainingConfig training = recipe.training();
        if (Files.exists(folder.resolve(OUTCOME))) {
            return RunFolder.open(folder).readJson(OUTCOME, GameRunOutcome.class);
        }
        long start = System.nanoTime();
        Trainer trainer = Trainer.builder(training).optThreads(threads).build();
        GameData game = GameData.load(config, training, data);
        // a folder without config.json holds no run yet (a task killed as it began): it is taken over
        boolean started = Files.exists(folder.resolve(RunFolder.CONFIG));
        try (RunFolder run = started ? RunFolder.claimExisting(folder)
                : RunFolder.claimNew(folder, method, config.dataset(), true);
                NDManager manager = NDManager.newBaseManager()) {
            M trained = model.apply(manager);
            Path checkpoint = run.file(TrainingCheckpoint.FILE);
            int done = TrainingCheckpoint.epoch(checkpoint);
            boolean diverged = false;
            if (done < training.epochs()) {
                try {
                    TrainingRun.of(run, trainer, recipe).optResume(started).optReportEachEpoch(false)
                    .train(trained, game.trainingData(), manager, result -> EpochSummary.NONE);
                } catch (RunDivergedException e) {
                    diverged = true;
                }
            } else {
                TrainingCheckpoint.load(checkpoint, recipe, trained.net(), trained.optimizers(), manager);
                game.seeds().enterEpoch(training.epochs() + 1);
            }
            CellScore score = scoring.score(manager, trained);
            ObjectiveTrace trace = ObjectiveTrace.of(StepLog.column(run.file(StepLog.FILE), objective));
            GameRunOutcome outcome = new GameRunOutcome(method, family, training.learningRate(), training.seed(), trace.size(),
                    score.scores(), trace.tailStd(tail), diverged, !diverged && score.collapsed(), done,
                    (System.nanoTime() - start) / 1e9);
            run.writeJson(OUTCOME, outcome);
            RunReport.write(run);
            return outcome;
        }
    }
}
