package genlab.train;

import genlab.ConfigChecks;

/**
 * How a training run executes, apart from its hyper-parameters: libtorch's intra-op threads (with
 * the seed they decide the bits of every result) and who hears about progress.
 *
 * @param threads intra-op threads, at least 1 and at most {@link ConfigChecks#MAX_THREADS_PER_CORE} per core
 * @param listener told about the run as it goes ({@link TrainingListener#SILENT} for a quiet run)
 */
public record RunSettings(int threads, TrainingListener listener) {

    public RunSettings {
        ConfigChecks.threads("threads", threads);
    }

    /** All cores, silent. */
    public static RunSettings defaults() {
        return new RunSettings(Runtime.getRuntime().availableProcessors(), TrainingListener.SILENT);
    }

    /** Starts the engine with these threads and seeds its generator with {@code seed}. */
    public void startEngine(int seed) {
        EngineSetup.start(threads, seed);
    }
}
