package genlab.cli;

import genlab.spark.SparkRunner;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where a command's independent cells run: the embedded Spark master or a cluster's. */
public final class MasterOptions {

    @Option(names = "--master", paramLabel = "URL", description = "Spark master the runs go to: spark://HOST:PORT "
            + "for a standalone cluster, or local[N] (default: embedded local[N], N = cores / --threads).")
    String master;

    /** A Spark runner on this master for cells of {@code threads} threads. */
    SparkRunner start(int threads) {
        return SparkRunner.start(Optional.ofNullable(master), threads);
    }
}
