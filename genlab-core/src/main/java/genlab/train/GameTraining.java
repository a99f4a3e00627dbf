package genlab.train;

import ai.djl.ndarray.NDManager;
import genlab.Recipe;
import genlab.dualgan.DualGan;
import genlab.dualgan.DualGanConfig;
import genlab.dualgan.DualGanNet;
import genlab.gan.GameConfig;
import genlab.gan.Gan;
import genlab.gan.GanConfig;
import genlab.gan.GanNet;
import genlab.gan.GanNets;
import genlab.nn.GenerativeModel;
import genlab.nn.LatentGenerator;
import genlab.nn.Trainable;
import genlab.report.RunReport;
import genlab.run.RunFolder;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Trains a generator-versus-discriminator game, the classical GAN or the Dualing GAN, into a run
 * folder: start the engine, build the model, train it with the game's outputs (samples or
 * scatter plots and coverage), write the final files and report the last line. With
 * {@code resume} it continues after the run's checkpoint.
 */
public final class GameTraining {

    private GameTraining() {}

    /** Trains the classical GAN of {@code recipe} on {@code data} into the new run {@code run}; returns the last epoch. */
    public static EpochResult gan(Recipe<GanConfig> recipe, RunFolder run, GameData data, RunSettings settings)
            throws IOException {
        return gan(recipe, run, data, settings, false);
    }

    /** As above; with {@code resume}, continues after the run's checkpoint. */
    static EpochResult gan(Recipe<GanConfig> recipe, RunFolder run, GameData data, RunSettings settings, boolean resume)
            throws IOException {
        return gan(recipe, GanNets.of(recipe.model(), recipe.training().seed()), run, data, settings, resume);
    }

    /**
     * Trains {@code net} (not yet initialized: it is initialized here, after the engine is seeded)
     * as {@code recipe} says on {@code data} into the new run {@code run}; returns the last epoch.
     */
    public static EpochResult gan(Recipe<GanConfig> recipe, GanNet net, RunFolder run, GameData data,
            RunSettings settings) throws IOException {
        return gan(recipe, net, run, data, settings, false);
    }

    private static EpochResult gan(Recipe<GanConfig> recipe, GanNet net, RunFolder run, GameData data,
            RunSettings settings, boolean resume) throws IOException {
        return train(run, recipe, data, settings, resume,
                manager -> new Gan(manager, recipe.model(), net), "GAN", t -> String.format(Locale.ROOT,
                        "final D loss: %.4f · G loss: %.4f nats (D(x) %.3f, D(G(z)) %.3f)", t.get("d_loss"),
                        t.get("g_loss"), t.get("d_real"), t.get("d_fake")));
    }

    /** Trains the Dualing GAN of {@code recipe} on {@code data} into the new run {@code run}; returns the last epoch. */
    public static EpochResult dualGan(Recipe<DualGanConfig> recipe, RunFolder run, GameData data, RunSettings settings)
            throws IOException {
        return dualGan(recipe, run, data, settings, false);
    }

    /** As above; with {@code resume}, continues after the run's checkpoint. */
    static EpochResult dualGan(Recipe<DualGanConfig> recipe, RunFolder run, GameData data, RunSettings settings,
            boolean resume) throws IOException {
        return dualGan(recipe, DualGanNet.of(recipe.model(), recipe.training().seed()), run, data, settings, resume);
    }

    /**
     * Trains the Dualing GAN of {@code recipe} with {@code players} (neither initialized;
     * {@link DualGanNet#of} gives the config's own) on {@code data} into the new run {@code run};
     * returns the last epoch. Resuming needs the same networks.
     */
    public static EpochResult dualGan(Recipe<DualGanConfig> recipe, DualGanNet players, RunFolder run, GameData data,
            RunSettings settings) throws IOException {
        return dualGan(recipe, players, run, data, settings, false);
    }

    private static EpochResult dualGan(Recipe<DualGanConfig> recipe, DualGanNet players, RunFolder run, GameData data,
            RunSettings settings, boolean resume) throws IOException {
        return train(run, recipe, data, settings, resume,
                manager -> new DualGan(manager, recipe.model(), players.generator(), players.discriminator()),
                "Dualing GAN", t -> String.format(Locale.ROOT,
                        "final dual: %.4f · primal: %.4f · gap: %.2e nats per data point (D(x) %.3f, D(G(z)) %.3f)",
                        t.get("dual"), t.get("primal"), t.get("gap"), t.get("d_real"), t.get("d_fake")));
    }

    /**
     * @param model builds the model in the run's manager
     * @param title the model's name on plots
     * @param finalLine the last line's head, from the last epoch's training terms
     */
    private static <M extends Trainable & GenerativeModel & LatentGenerator> EpochResult train(RunFolder run,
            Recipe<? extends GameConfig> recipe, GameData data, RunSettings settings, boolean resume,
            Function<NDManager, M> model, String title, Function<Map<String, Double>, String> finalLine)
            throws IOException {
        Trainer trainer = settings.trainer(recipe.training());
        trainer.listener().notice("run folder: " + run.dir());
        try (NDManager manager = NDManager.newBaseManager()) {
            M game = model.apply(manager);
            GameOutputs outputs = new GameOutputs(manager, game, data.mixture(), recipe.model().imageShape(), run,
                    title);
            EpochResult last = TrainingRun.of(run, trainer, recipe).optResume(resume)
                    .train(game, data.trainingData(), manager, outputs);
            String coverage = outputs.finish();
            RunReport.write(run);
            settings.listener().notice(finalLine.apply(last.train()) + coverage);
            return last;
        }
    }
}
