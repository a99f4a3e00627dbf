package genlab.train;

import ai.djl.ndarray.NDManager;
import genlab.data.GaussianMixture2d;
import genlab.data.ImageDatasets;
import genlab.data.ImageShape;
import genlab.dualgan.DualGan;
import genlab.dualgan.DualGanConfig;
import genlab.eval.CellScore;
import genlab.eval.GameRunOutcome;
import genlab.eval.ModeCoverage;
import genlab.eval.ObjectiveTrace;
import genlab.gan.GameConfig;
import genlab.gan.Gan;
import genlab.gan.GanConfig;
import genlab.nn.GenerativeModel;
import genlab.nn.LatentGenerator;
import genlab.nn.Trainable;
import genlab.report.RunFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * One cell of a stability study: trains a GAN or a Dualing GAN in memory (no run folder, no
 * listener), records the generator's objective per step, and scores its samples at the end with
 * a {@link Scoring}. A divergence ends the cell and is reported in its outcome, not thrown.
 */
public final class StabilityCell {

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
            SampleScorer scorer = new SampleScorer(RunFolder.open(classifierRun), scorerManager,
                    ImageDatasets.load(dataset, data, ImageShape.MNIST).test());
            return new Scoring() {
                @Override
                public CellScore score(NDManager manager, GenerativeModel model) {
                    SampleScorer.Scores s = scorer.score(model, samples);
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

    /** A GAN cell; the objective is the generator's loss. */
    public static GameRunOutcome gan(GanConfig config, int threads, double tail, Optional<Path> data, Scoring scoring)
            throws IOException {
        String family = config.features() != null ? "linear" : config.arch().name().toLowerCase(Locale.ROOT);
        return train(GanConfig.MODEL, family, config, config.learningRate(), threads, tail, data, scoring, "g_loss",
                manager -> new Gan(manager, config));
    }

    /** A Dualing GAN cell; the objective is the dual the generator ascends. */
    public static GameRunOutcome dualGan(DualGanConfig config, int threads, double tail, Optional<Path> data,
            Scoring scoring) throws IOException {
        return train(DualGanConfig.MODEL, config.discriminator().name().toLowerCase(Locale.ROOT), config,
                config.learningRate(), threads, tail, data, scoring, "dual", manager -> new DualGan(manager, config));
    }

    /**
     * @param data the folder of the images' files (empty: the standard places; unused for 2-D data)
     * @param objective the training term traced per example
     * @param tail the last fraction of steps whose objective's standard deviation is reported
     */
    private static <M extends Trainable & LatentGenerator> GameRunOutcome train(String method, String family,
            GameConfig config, double learningRate, int threads, double tail, Optional<Path> data, Scoring scoring,
            String objective, Function<NDManager, M> model) throws IOException {
        long start = System.nanoTime();
        EngineSetup.start(threads, config.seed());
        GameData game = GameData.load(config, data);
        ObjectiveTrace trace = new ObjectiveTrace();
        try (NDManager manager = NDManager.newBaseManager()) {
            M trained = model.apply(manager);
            boolean diverged = false;
            try {
                new TrainLoop(manager, TrainingListener.SILENT).onEachStep((terms, n) -> trace.add(terms.get(objective) / n))
                        .withSchedule(config.schedule()).run(trained, game.train(), game.test(), game.seeds(), config.epochs(), result -> { });
            } catch (TrainingDivergedException e) {
                diverged = true;
            }
            CellScore score = scoring.score(manager, trained);
            return new GameRunOutcome(method, family, learningRate, config.seed(), trace.size(), score.scores(),
                    trace.tailStd(tail), diverged, !diverged && score.collapsed(), (System.nanoTime() - start) / 1e9);
        }
    }
}
