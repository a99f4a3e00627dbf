package genlab.cli;

import genlab.GenLabException;
import genlab.nn.EngineSetup;
import picocli.CommandLine.Option;

/** Options shared by every command that runs the tensor engine; applied before the engine starts. */
public final class EngineOptions {

    @Option(names = "--threads", paramLabel = "N",
            description = "Intra-op threads for libtorch (default: all cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    /** Warns when --threads exceeds the cores, then starts the engine with them and seeds its generator. */
    void start(int seed) {
        if (threads <= 0) {
            throw new GenLabException("--threads must be a positive integer, got " + threads);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        if (threads > cores) {
            System.err.println("genlab: warning: --threads " + threads + " exceeds the " + cores + " cores of this "
                    + "machine; the run will be slower, not faster (and its numbers are tied to the thread count)");
        }
        EngineSetup.start(threads, seed);
    }
}
