package genlab.internal;

import ai.djl.engine.Engine;
import java.util.Random;

/**
 * The random streams of a run: the JVM stream (shuffling, binarization, 2-D samples) and the
 * engine's generator (initialization, noise, z). Both start from the run's seed; every epoch after
 * the first re-seeds both from (seed, epoch), so what an epoch draws does not depend on how the
 * run got there and a resumed run repeats an uninterrupted one exactly.
 */
public record RunSeeds(int seed, Random random) {

    public static RunSeeds of(int seed) {
        return new RunSeeds(seed, new Random(seed));
    }

    /** Re-seeds both streams for {@code epoch} (no-op for epoch 1, which starts from the seed). */
    public void enterEpoch(int epoch) {
        if (epoch > 1) {
            long z = mix(seed, epoch);
            random.setSeed(z);
            Engine.getInstance().setRandomSeed(engineSeed(z));
        }
    }

    /** SplitMix64's finalizer of (seed, stream): nearby seeds and streams give unrelated values. */
    public static long mix(long seed, long stream) {
        long z = seed * 0x9E3779B97F4A7C15L + stream;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The engine's generator seed taken from a mixed value: its top 31 bits. */
    public static int engineSeed(long mixed) {
        return (int) (mixed >>> 33);
    }
}
