package genlab.cli;

import ai.djl.ndarray.NDManager;
import genlab.Recipe;
import genlab.run.RunFolder;
import genlab.train.Run;
import genlab.train.RunSettings;
import genlab.train.Trainer;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a training command writes its run: {@code --out} and {@code --force}, shared by every such command. */
public final class RunFolderOptions {

    @Option(names = "--out", paramLabel = "DIR", description = "Run folder (default: a new folder "
            + "runs/<model>-<dataset>-<time>-<suffix>).")
    Path out;

    @Option(names = "--force", description = "Write into a --out folder that holds other files (never one that "
            + "holds a run), replacing files of the same names.")
    boolean force;

    /** Fails before any work when --out cannot take a new run. */
    void check() {
        if (out != null) {
            RunFolder.requireNew(out, force);
        }
    }

    /**
     * Trains {@code recipe} as a new run into --out, or a new default folder, on the data set's
     * files in {@code data} (null: the standard places), with the threads and listener of {@code settings}.
     */
    void start(Recipe<?> recipe, Path data, RunSettings settings) throws IOException {
        check();
        Trainer trainer = settings.trainer(recipe.training());
        try (NDManager manager = NDManager.newBaseManager()) {
            Run.builder(recipe).optFolder(out).optOverwrite(force).optDataDir(data).build().start(trainer, manager);
        }
    }
}
