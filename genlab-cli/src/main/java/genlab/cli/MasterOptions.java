package genlab.cli;

import genlab.spark.SparkRunner;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine.Option;

/** Where a command's independent cells run: the embedded Spark master or a cluster's. */
public final class MasterOptions {

    @Option(names = "--master", paramLabel = "URL", description = "Spark master the runs go to: spark://HOST:PORT "
            + "for a standalone cluster, or local[N] (default: spark-submit's master, else embedded local[N], "
            + "N = cores / --threads). On a cluster each run takes 1 thread unless --threads says otherwise.")
    String master;

    /** A Spark runner on this master for cells of {@code threads} threads. */
    SparkRunner start(int threads) {
        return SparkRunner.start(Optional.ofNullable(master), threads);
    }

    /**
     * The threads of each cell: those given, else one on a cluster master (given here, or by
     * spark-submit as {@code spark.master}), whose workers offer a core per cell by default, as
     * {@code genlab cluster}'s do; else none, and the sweep picks its own.
     */
    OptionalInt cellThreads(OptionalInt given) {
        String url = master != null ? master : System.getProperty("spark.master", "local");
        return given.isPresent() || url.startsWith("local") ? given : OptionalInt.of(1);
    }
}
