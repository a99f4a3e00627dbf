package genlab.cli;

import ai.djl.ndarray.NDManager;
import genlab.nn.EpochResult;
import genlab.nn.GenerativeModel;
import genlab.nn.LatentGenerator;
import genlab.nn.Trainable;
import genlab.report.RunFolder;
import genlab.report.RunReport;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;

/**
 * What {@code gan} and {@code dualgan} (and their resume) share around their model: start the
 * engine, build the model, train it with the game's outputs (samples or scatter plots and
 * coverage), write the final files and print the last line.
 */
final class GameTraining {

    private GameTraining() {}

    /**
     * @param model builds the model in the run's manager
     * @param title the model's name on plots
     * @param finalLine the last line's head, from the last epoch's training terms
     */
    static <M extends Trainable & GenerativeModel & LatentGenerator> int train(RunFolder run, Object config, int seed,
            int epochs, GameData data, EngineOptions engine, boolean resume, Function<NDManager, M> model, String title,
            Function<Map<String, Double>, String> finalLine) throws IOException {
        engine.start(seed);
        System.out.println("run folder: " + run.dir());
        try (NDManager manager = NDManager.newBaseManager()) {
            M game = model.apply(manager);
            GameOutputs outputs = new GameOutputs(manager, game, data.mixture(), run, title);
            EpochResult last = TrainingRun.train(run, manager, config, game, data.train(), data.test(), data.seeds(),
                    epochs, resume, outputs);
            String coverage = outputs.finish();
            RunReport.write(run);
            System.out.println(finalLine.apply(last.train()) + coverage);
        }
        return 0;
    }
}
