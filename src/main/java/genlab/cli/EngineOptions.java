package genlab.cli;

import ai.djl.engine.Engine;
import genlab.GenLabException;
import picocli.CommandLine.Option;

/** Options shared by every command that runs the tensor engine; applied before the engine starts. */
public final class EngineOptions {

    @Option(names = "--threads", paramLabel = "N",
            description = "Intra-op threads for libtorch (default: all cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    /** Sets libtorch's threads and offline mode, starts the engine and seeds its generator. */
    void start(int seed) {
        if (threads <= 0) {
            throw new GenLabException("--threads must be a positive integer, got " + threads);
        }
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        Engine.getInstance().setRandomSeed(seed);
    }
}
