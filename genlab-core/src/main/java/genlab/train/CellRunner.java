package genlab.train;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs independent cells of work (the runs of a sweep, the shards of an evaluation), each in
 * whatever process the runner chooses, and returns their results in the cells' order. The cells and
 * their work are plain serializable values so that another JVM can run them: genlab-spark's
 * {@code SparkRunner} runs each cell as a Spark task, on an embedded master or a cluster.
 */
public interface CellRunner {

    /** One cell's work, a function of a serializable input. */
    @FunctionalInterface
    interface Work<T, R> extends Serializable {
        R run(T input) throws IOException;
    }

    /**
     * Runs {@code work} on every input, telling {@code onDone} each result as its cell ends (in the
     * order they end, on the caller's thread); returns the results in the inputs' order. The first
     * failed cell stops the rest and its exception is thrown.
     */
    <T extends Serializable, R extends Serializable> List<R> run(List<T> inputs, Work<T, R> work,
            Consumer<? super R> onDone) throws IOException;

    /**
     * Fails, with one line naming the place that cannot, unless every process that may run a cell
     * can write and read files in {@code folder}; a runner whose cells run in this process can.
     */
    default void requireShared(Path folder) throws IOException {}
}
