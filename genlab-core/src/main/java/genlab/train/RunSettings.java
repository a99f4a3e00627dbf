package genlab.train;

import genlab.ConfigException;

/**
 * How a training run executes, apart from its hyper-parameters: libtorch's intra-op threads (with
 * the seed they decide the bits of every result) and who hears about progress.
 *
 * @param threads intra-op threads, at least 1
 * @param listener told about the run as it goes ({@link TrainingListener#SILENT} for a quiet run)
 */
public record RunSettings(int threads, TrainingListener listener) {

    public RunSettings {
        if (threads <= 0) {
            throw new ConfigException("threads", "must be a positive integer, got " + threads);
        }
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
