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

    /**
     * The default intra-op threads for a run: one for points in the plane, all cores otherwise. A
     * 2-D model's ops hold a few thousand values, and each op split over OpenMP threads pays a fork
     * and a join that cost more than the split saves (docs/benchmarks.md, "Under load").
     */
    public static int defaultThreads(boolean planar) {
        return planar ? 1 : Runtime.getRuntime().availableProcessors();
    }

    /** Starts the engine with these threads and seeds its generator with {@code seed}. */
    public void startEngine(int seed) {
        EngineSetup.start(threads, seed);
    }
}
