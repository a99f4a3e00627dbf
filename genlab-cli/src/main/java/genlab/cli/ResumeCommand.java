package genlab.cli;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.node.ObjectNode;
import genlab.ConfigChecks;
import genlab.Recipe;
import genlab.run.Provenance;
import genlab.run.RunFolder;
import genlab.train.ModelKind;
import genlab.train.Run;
import genlab.train.Trainer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code genlab resume RUN}: continues a vae, gan, dualgan or classifier run from its last
 * complete checkpoint (model, optimizer state and epoch), to the epochs in its config.json or a
 * new total; on the threads it last trained on (or {@code --threads}) it repeats what an
 * uninterrupted run would have done.
 * A run stopped before its first checkpoint starts over from its config.
 */
@Command(name = "resume", mixinStandardHelpOptions = true,
        description = "Continue a training run from its last complete checkpoint.")
public final class ResumeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN", description = "Run folder written by 'genlab vae', 'gan' or 'dualgan'.")
    Path runDir;

    @Option(names = "--epochs", description = "New total number of epochs (default: the run's own).")
    Integer epochs;

    @Option(names = "--lr", description = "New learning rate from here on (for example after a divergence).")
    Double lr;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder with the dataset's IDX files.")
    Path data;

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    public Integer call() throws IOException {
        ObjectNode config;
        int threads;
        try (RunFolder run = RunFolder.claimExisting(runDir)) {
            config = run.readJson(RunFolder.CONFIG, ObjectNode.class);
            // the threads decide the bits: by default those the run last trained on (all cores before provenance)
            threads = Provenance.lastThreads(run).orElse(Runtime.getRuntime().availableProcessors());
        }
        // a bad flag is the flag's fault, not config.json's
        if (epochs != null) {
            ConfigChecks.positive("epochs", epochs);
            config.put("epochs", epochs);
        }
        if (lr != null) {
            ConfigChecks.positiveFinite("learningRate", lr);
            config.put("learningRate", lr);
        }
        Path file = runDir.resolve(RunFolder.CONFIG);
        Recipe<?> recipe = ModelKind.of(file, config).recipe(file, config);
        Trainer trainer = engine.settings(threads).trainer(recipe.training());
        try (NDManager manager = NDManager.newBaseManager()) {
            Run.builder(recipe).optFolder(runDir).optDataDir(data).build().resume(trainer, manager);
        }
        return 0;
    }
}
