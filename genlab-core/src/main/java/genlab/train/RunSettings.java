package genlab.train;

import genlab.ConfigChecks;
import genlab.TrainingConfig;
import genlab.internal.EngineSetup;

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

    /**
     * The threads a training run takes beside other work: {@code threads}, or fewer when the other
     * processes hold {@code busyCores} of the machine's {@code cores} and leave fewer free (rounded
     * to the nearest core, at least one). OpenMP threads that share a core with other work wait at
     * every barrier for the one the scheduler left out: beside two busy loops on 2 cores a VAE
     * epoch took 7.6 s on one thread and 12.2 s on two waiting passively (docs/benchmarks.md,
     * "Under load"). The count decides the bits, so a run records it and a resumed run keeps it.
     */
    public static int threadsBeside(int threads, double busyCores, int cores) {
        long free = Math.round(Math.max(0, cores - busyCores));
        return (int) Math.max(1, Math.min(threads, free));
    }

    /** Starts the engine with these threads and seeds its generator with {@code seed}. */
    public void startEngine(int seed) {
        EngineSetup.start(threads, seed);
    }

    /** A trainer by {@code training} with these threads and listener; starts and seeds the engine. */
    public Trainer trainer(TrainingConfig training) {
        return Trainer.builder(training).optThreads(threads).addListener(listener).build();
    }
}
