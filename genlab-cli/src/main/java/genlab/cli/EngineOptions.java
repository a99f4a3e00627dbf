package genlab.cli;

import genlab.train.RunSettings;
import java.util.OptionalInt;
import picocli.CommandLine.Option;

/** Options shared by every command that runs the tensor engine. */
public final class EngineOptions {

    @Option(names = "--threads", paramLabel = "N", description = "Intra-op threads for libtorch (default: 1 for "
            + "2-D data, whose small ops run faster on one thread, else all cores; resume: the threads the run last "
            + "trained on).")
    Integer threads;

    /** The threads given, if any. */
    OptionalInt given() {
        return threads == null ? OptionalInt.empty() : OptionalInt.of(threads);
    }

    /** The threads given, else {@code defaultThreads}. */
    int threadsOr(int defaultThreads) {
        return threads != null ? threads : defaultThreads;
    }

    /** The threads given, else all cores. */
    int threads() {
        return threadsOr(Runtime.getRuntime().availableProcessors());
    }

    /** The run's settings on the threads given, else all cores. */
    RunSettings settings() {
        return settings(threads());
    }

    /**
     * The run's settings on the threads given, else {@code defaultThreads}, and the console's
     * listener; a warning when the threads exceed the cores.
     */
    RunSettings settings(int defaultThreads) {
        int n = threadsOr(defaultThreads);
        RunSettings settings = new RunSettings(n, new ConsoleListener());
        int cores = Runtime.getRuntime().availableProcessors();
        if (n > cores) {
            System.err.println("genlab: warning: --threads " + n + " exceeds the " + cores + " cores of this "
                    + "machine; the run will be slower, not faster (and its numbers are tied to the thread count)");
        }
        return settings;
    }

    /** Starts the engine with these threads and seeds its generator (commands that do not train). */
    void start(int seed) {
        settings().startEngine(seed);
    }
}
