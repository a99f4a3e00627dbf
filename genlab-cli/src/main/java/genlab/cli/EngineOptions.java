package genlab.cli;

import genlab.train.RunSettings;
import picocli.CommandLine.Option;

/** Options shared by every command that runs the tensor engine. */
public final class EngineOptions {

    @Option(names = "--threads", paramLabel = "N",
            description = "Intra-op threads for libtorch (default: all cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    /** The run's settings: these threads (a warning when they exceed the cores) and the console's listener. */
    RunSettings settings() {
        RunSettings settings = new RunSettings(threads, new ConsoleListener());
        int cores = Runtime.getRuntime().availableProcessors();
        if (threads > cores) {
            System.err.println("genlab: warning: --threads " + threads + " exceeds the " + cores + " cores of this "
                    + "machine; the run will be slower, not faster (and its numbers are tied to the thread count)");
        }
        return settings;
    }

    /** Starts the engine with these threads and seeds its generator (commands that do not train). */
    void start(int seed) {
        settings().startEngine(seed);
    }
}
