package genlab.cli;

import genlab.run.RunFolder;
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

    /** Claims --out, or a new default folder, for a new run; the caller closes it when the run ends. */
    RunFolder claim(String model, String dataset) {
        return RunFolder.claimNew(out, model, dataset, force);
    }
}
