package genlab.train;

import ai.djl.ndarray.NDManager;
import genlab.ConfigException;
import genlab.data.GaussianMixture2d;
import genlab.dualgan.DualGan;
import genlab.dualgan.DualGanConfig;
import genlab.eval.GameRunOutcome;
import genlab.eval.ModeCoverage;
import genlab.eval.ObjectiveTrace;
import genlab.gan.GameConfig;
import genlab.gan.Gan;
import genlab.gan.GanConfig;
import genlab.nn.LatentGenerator;
import genlab.nn.Trainable;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * One cell of a stability study on a 2-D mixture: trains a GAN or a Dualing GAN in memory (no run
 * folder, no listener), records the generator's objective per step, and scores mode coverage of
 * {@link GameOutputs#COVERAGE_POINTS} samples at the end. A divergence ends the cell and is
 * reported in its outcome, not thrown.
 */
public final class StabilityCell {

    private StabilityCell() {}

    /** A GAN cell; the objective is the generator's loss. */
    public static GameRunOutcome gan(GanConfig config, int threads, double tail) throws IOException {
        return train(GanConfig.MODEL, config.features() != null ? "linear" : "mlp", config, config.learningRate(),
                threads, tail, "g_loss", manager -> new Gan(manager, config));
    }

    /** A Dualing GAN cell; the objective is the dual the generator ascends. */
    public static GameRunOutcome dualGan(DualGanConfig config, int threads, double tail) throws IOException {
        return train(DualGanConfig.MODEL, config.discriminator().name().toLowerCase(Locale.ROOT), config,
                config.learningRate(), threads, tail, "dual", manager -> new DualGan(manager, config));
    }

    /**
     * @param objective the training term traced per example
     * @param tail the last fraction of steps whose objective's standard deviation is reported
     */
    private static <M extends Trainable & LatentGenerator> GameRunOutcome train(String method, String family,
            GameConfig config, double learningRate, int threads, double tail, String objective,
            Function<NDManager, M> model) throws IOException {
        long start = System.nanoTime();
        GaussianMixture2d mixture = GaussianMixture2d.byId(config.dataset()).orElseThrow(() -> new ConfigException(
                "dataset", "must be a 2-D mixture for a stability cell, got '" + config.dataset() + "'"));
        EngineSetup.start(threads, config.seed());
        GameData data = GameData.load(config, Optional.empty());
        ObjectiveTrace trace = new ObjectiveTrace();
        try (NDManager manager = NDManager.newBaseManager()) {
            M game = model.apply(manager);
            boolean diverged = false;
            try {
                new TrainLoop(manager, TrainingListener.SILENT).onEachStep((terms, n) -> trace.add(terms.get(objective) / n))
                        .run(game, data.train(), data.test(), data.seeds(), config.epochs(), result -> { });
            } catch (TrainingDivergedException e) {
                diverged = true;
            }
            float[] points = game.sample(manager, GameOutputs.COVERAGE_POINTS).toFloatArray();
            ModeCoverage coverage = ModeCoverage.of(points, GameOutputs.COVERAGE_POINTS, mixture);
            return new GameRunOutcome(method, family, learningRate, config.seed(), trace.size(), coverage.covered(),
                    coverage.highQualityPercent(), trace.tailStd(tail), diverged, (System.nanoTime() - start) / 1e9);
        }
    }
}
