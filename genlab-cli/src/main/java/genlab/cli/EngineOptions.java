package genlab.cli;

import genlab.train.RunSettings;
import genlab.train.TrainingListener;
import java.util.Locale;
import java.util.OptionalInt;
import picocli.CommandLine.Option;

/** Options shared by every command that runs the tensor engine. */
public final class EngineOptions {

    @Option(names = "--threads", paramLabel = "N", description = "Intra-op threads for libtorch (default: 1 for "
            + "2-D data, whose small ops run faster on one thread, else all cores, or the free cores when the "
            + "launcher finds other work on them; resume: the threads the run last trained on).")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "Print only the command's last line and errors: no line per "
            + "epoch, no progress bar.")
    boolean quiet;

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

    /** Told every event of the process's runs after the console: a test's fault or probe (default: nothing). */
    static TrainingListener alsoTell = TrainingListener.SILENT;

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
        RunSettings settings = new RunSettings(n, new ConsoleListener(!quiet).andThen(alsoTell));
        int cores = Runtime.getRuntime().availableProcessors();
        if (n > cores) {
            System.err.println("genlab: warning: --threads " + n + " exceeds the " + cores + " cores of this "
                    + "machine; the run will be slower, not faster (and its numbers are tied to the thread count)");
        }
        return settings;
    }

    /**
     * The threads a training command takes: those given, else {@code defaultThreads}, or fewer
     * when the launcher found other work on the cores ({@code GENLAB_BUSY_CORES}), said on stderr.
     */
    int trainingThreads(int defaultThreads) {
        if (threads != null) {
            return threads;
        }
        String busy = System.getenv("GENLAB_BUSY_CORES");
        double busyCores;
        try {
            busyCores = busy == null ? 0 : Double.parseDouble(busy);
        } catch (NumberFormatException e) {
            return defaultThreads;
        }
        int cores = Runtime.getRuntime().availableProcessors();
        int n = RunSettings.threadsBeside(defaultThreads, busyCores, cores);
        if (n < defaultThreads) {
            System.err.printf(Locale.ROOT, "genlab: other work holds %.1f of the %d cores: training on %d %s "
                    + "(--threads %d for the bits of a quiet machine)%n", busyCores, cores, n,
                    n == 1 ? "thread" : "threads", defaultThreads);
        }
        return n;
    }

    /** The settings of a training command whose default is all cores. */
    RunSettings trainingSettings() {
        return trainingSettings(Runtime.getRuntime().availableProcessors());
    }

    /** The settings of a training command: {@link #trainingThreads}, and the console's listener. */
    RunSettings trainingSettings(int defaultThreads) {
        return settings(trainingThreads(defaultThreads));
    }

    /** Starts the engine with these threads and seeds its generator (commands that do not train). */
    void start(int seed) {
        settings().startEngine(seed);
    }
}
