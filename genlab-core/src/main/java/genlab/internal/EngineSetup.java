package genlab.internal;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import genlab.ConfigChecks;

/**
 * Starts libtorch the one way GenLab runs it, in the launcher, a library user's program and the
 * test JVM alike: offline (libtorch comes from the Maven artifact, never downloaded), one
 * inter-op thread, the run's intra-op thread count, and the generator seeded from the run's seed.
 * The thread count is applied at every run, not only at the engine's first start: results are
 * bit-exact for a given seed and thread count, so a second run in the same process must get the
 * threads it asks for. The settings libtorch keeps per thread are set on the calling thread.
 *
 * <p>How the threads wait is libgomp's, read from the environment once, when libtorch loads:
 * {@code OMP_WAIT_POLICY=PASSIVE} makes them sleep at once instead of spinning about 3 ms at each
 * barrier. It changes the speed, never the bits. On a machine whose cores other work also uses,
 * set it before the JVM starts; the launcher {@code genlab} does so by itself when it finds the
 * cores busy, and its training commands then take the free cores ({@code RunSettings.threadsBeside}).
 */
public final class EngineSetup {

    private EngineSetup() {}

    /** Starts the engine if needed, sets {@code threads} intra-op threads and seeds the generator with {@code seed}. */
    public static void start(int threads, int seed) {
        ConfigChecks.threads("threads", threads);
        // read by DJL at the engine's first start only
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        Engine engine = Engine.getInstance();
        if (JniUtils.getNumThreads() != threads) {
            JniUtils.setNumThreads(threads);
        }
        // gradients are recorded only inside a gradient collector, as on the thread that started
        // the engine: the mode is per thread, and a new thread (a Spark task's) starts recording
        JniUtils.setGradMode(false);
        engine.setRandomSeed(seed);
    }

    /** The inter-op threads libtorch runs with now. */
    public static int interOpThreads() {
        return JniUtils.getNumInteropThreads();
    }

    /** The intra-op threads libtorch runs with now. */
    public static int threads() {
        return JniUtils.getNumThreads();
    }
}
