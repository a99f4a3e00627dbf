package genlab.spark;

import genlab.ConfigChecks;
import genlab.ConfigException;
import genlab.GenLabException;
import genlab.Hint;
import genlab.train.CellRunner;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaSparkContext;
import scala.collection.Iterator;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.AbstractFunction1;
import scala.runtime.BoxedUnit;

/**
 * A {@link CellRunner} that runs every cell as a Spark task. The master is the one given, else the
 * one Spark's own configuration names ({@code spark.master}, as spark-submit sets it), else an
 * embedded {@code local[N]} master, N = cores / threads per cell. On a cluster master
 * ({@code spark://HOST:PORT} or any other Spark accepts) it runs the same job in executors of
 * {@code spark.executor.cores} = {@code spark.task.cpus} = threads per cell; every other
 * {@code spark.*} setting given to Spark (spark-submit's {@code --conf}) wins over GenLab's
 * defaults. A master that does not answer, or a cluster that gives no such executor within a
 * minute, is a one-line error. The cells are one Spark job of one task per cell: the scheduler
 * runs as many as it has slots and retries a lost one, and the driver hears of each as it ends.
 *
 * <p>libtorch's random generator and thread count belong to the process, so cells that share a JVM
 * (an embedded master's, or an executor's with several slots) take turns: a cell's results
 * depend only on its seed and threads, never on what ran beside it.
 *
 * <pre>{@code
 * try (SparkRunner runner = SparkRunner.start(Optional.empty(), 1)) {
 *     List<SweepCell.Row> rows = runner.run(sweep.cells(folder), SweepCell::run, System.out::println);
 * }
 * }</pre>
 */
public final class SparkRunner implements CellRunner, AutoCloseable {

    private static final Object ENGINE = new Object();
    private static final long POLL_MILLIS = 100;
    private static final int CONNECT_MILLIS = 5_000;
    private static final long EXECUTOR_WAIT_MILLIS = 60_000;
    /** How often the driver asks a standalone cluster's web UIs whether an executor died as it started. */
    private static final long FAILURE_MILLIS = 1_000;
    /** The standalone master's web UI port when {@code spark.master.ui.port} does not say. */
    private static final int MASTER_UI_PORT = 8080;

    private final JavaSparkContext context;
    private final String master;

    private SparkRunner(JavaSparkContext context, String master) {
        this.context = context;
        this.master = master;
    }

    /**
     * Starts a Spark context on {@code master} (empty: Spark's configured master, else the embedded
     * {@code local[N]} master) for cells of {@code threadsPerCell} intra-op threads.
     */
    public static SparkRunner start(Optional<String> master, int threadsPerCell) {
        ConfigChecks.positive("threads", threadsPerCell);
        int cores = Runtime.getRuntime().availableProcessors();
        // spark.* system properties (spark-submit's) are read here and win over every default below
        SparkConf conf = new SparkConf();
        master.ifPresent(conf::setMaster);
        String url = conf.get("spark.master", "local[" + Math.max(1, cores / threadsPerCell) + "]");
        conf.setMaster(url).setIfMissing("spark.app.name", "genlab")
                .setIfMissing("spark.ui.enabled", "false")
                .setIfMissing("spark.ui.showConsoleProgress", "false");
        if (url.startsWith("local") || url.matches("spark://(127\\.0\\.0\\.1|localhost):\\d+")) {
            // an embedded master, or a cluster on this machine's loopback: nothing leaves the machine
            conf.setIfMissing("spark.driver.host", "127.0.0.1").setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        if (!url.startsWith("local")) {
            requireAnswer(url);
            ExecutorSettings.forCells(conf, threadsPerCell);
        }
        JavaSparkContext context;
        try {
            context = new JavaSparkContext(conf);
        } catch (Exception e) {
            // Spark throws its checked SparkException without declaring it
            String hint = url.equals("yarn") || url.startsWith("k8s://") ? "; YARN and Kubernetes masters take the "
                    + "assembly jar (genlab-spark-VERSION.jar) through a Spark install's spark-submit" : "";
            throw new ConfigException("master", url + ": Spark could not start (" + firstLine(e) + ")" + hint);
        }
        if (!url.startsWith("local")) {
            awaitExecutor(context, url, threadsPerCell);
        }
        return new SparkRunner(context, url);
    }

    // a cluster master's host and port take connections (else Spark retries for a minute, then stops)
    private static void requireAnswer(String url) {
        Matcher m = Pattern.compile("spark://([^:/,]+):(\\d+)").matcher(url);
        if (!m.lookingAt()) {
            return;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(m.group(1), Integer.parseInt(m.group(2))), CONNECT_MILLIS);
        } catch (IOException e) {
            throw new ConfigException("master", url + ": no Spark master answers at " + m.group(1) + ":" + m.group(2)
                    + " (" + e.getMessage() + "); start one first", new Hint("cluster", "for example with {}"));
        }
    }

    // the cluster gives the job an executor of threadsPerCell cores, or the cells would wait forever; an
    // executor that ends before any joined died as it started, and a standalone cluster would start
    // another at once, for ever
    private static void awaitExecutor(JavaSparkContext context, String url, int threadsPerCell) {
        Optional<ExecutorStartFailure> failures = ExecutorStartFailure.watch(url,
                context.getConf().getInt("spark.master.ui.port", MASTER_UI_PORT), context.sc().applicationId());
        long start = System.currentTimeMillis();
        for (long polls = 1; executors(context) == 0; polls++) {
            Optional<String> failure = polls % (FAILURE_MILLIS / POLL_MILLIS) == 0
                    ? failures.flatMap(ExecutorStartFailure::firstError) : Optional.empty();
            if (failure.isPresent()) {
                context.close();
                throw new ConfigException("master", url + ": executors exit as they start, " + failure.get());
            }
            if (System.currentTimeMillis() - start > EXECUTOR_WAIT_MILLIS || context.sc().isStopped()) {
                context.close();
                throw new ConfigException("master", url + ": no executor of " + threadsPerCell
                        + (threadsPerCell == 1 ? " core" : " cores") + " joined within " + EXECUTOR_WAIT_MILLIS / 1000
                        + " s; does a worker have that many free cores", new Hint("threads", "for {} " + threadsPerCell
                        + "?"));
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                context.close();
                Thread.currentThread().interrupt();
                throw new GenLabException("interrupted while waiting for Spark executors", e);
            }
        }
    }

    /** The executors that have joined {@code context}'s application, the driver not counted. */
    static int executors(JavaSparkContext context) {
        // the status tracker lists the driver among them
        return context.sc().statusTracker().getExecutorInfos().length - 1;
    }

    /** The master URL the cells run on. */
    public String master() {
        return master;
    }

    /** The value of a Spark setting of this runner's context, if it has one. */
    public Optional<String> setting(String key) {
        return Optional.ofNullable(context.getConf().get(key, null));
    }

    /**
     * Runs the cells as one Spark job of one task per cell, so that Spark's scheduler places them and
     * retries a lost one; each result reaches the driver as its task ends, and {@code onDone} hears
     * of it on this thread.
     */
    @Override
    public <T extends Serializable, R extends Serializable> List<R> run(List<T> inputs, Work<T, R> work,
            Consumer<? super R> onDone) throws IOException {
        int cells = inputs.size();
        List<R> results = new ArrayList<>(Collections.nCopies(cells, null));
        if (cells == 0) {
            return results;
        }
        BlockingQueue<Finished<R>> finished = new LinkedBlockingQueue<>();
        Seq<Object> partitions = CollectionConverters.asScala(IntStream.range(0, cells).boxed()
                .map(Object.class::cast).toList()).toSeq();
        SimpleFutureAction<BoxedUnit> job = context.sc().submitJob(context.parallelize(inputs, cells).rdd(),
                new CellTask<>(work), partitions, (index, result) -> {
                    finished.add(new Finished<>((Integer) index, result));
                    return BoxedUnit.UNIT;
                }, () -> BoxedUnit.UNIT);
        try {
            long alone = System.currentTimeMillis();
            for (int left = cells; left > 0; ) {
                Finished<R> next = finished.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (next != null) {
                    results.set(next.index(), next.result());
                    left--;
                    onDone.accept(next.result());
                } else if (job.isCompleted() && finished.isEmpty()) {
                    // ended with cells left: it failed, and get() throws its failure
                    job.get();
                }
                // a cluster with no executor left would keep the cells waiting for ever
                if (master.startsWith("local") || executors(context) > 0) {
                    alone = System.currentTimeMillis();
                } else if (System.currentTimeMillis() - alone > EXECUTOR_WAIT_MILLIS) {
                    job.cancel();
                    throw new GenLabException(master + ": no executor for " + EXECUTOR_WAIT_MILLIS / 1000 + " s with "
                            + left + (left == 1 ? " cell" : " cells") + " left; has the cluster lost its workers? "
                            + "Rerunning keeps the finished cells");
                }
            }
        } catch (SparkException e) {
            job.cancel();
            throw cellFailure(e);
        } catch (InterruptedException e) {
            job.cancel();
            Thread.currentThread().interrupt();
            throw new GenLabException("interrupted while the cells ran", e);
        }
        return results;
    }

    /** A cell's result as the driver receives it, with its place among the inputs. */
    private record Finished<R>(int index, R result) {}

    /** One cell's task: the partition's single input through the work, one cell at a time per JVM. */
    private static final class CellTask<T, R> extends AbstractFunction1<Iterator<T>, R> implements Serializable {

        private final Work<T, R> work;

        CellTask(Work<T, R> work) {
            this.work = work;
        }

        @Override
        public R apply(Iterator<T> partition) {
            FetchedJars.deleteOnExit();
            try {
                return runAlone(work, partition.next());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * On a cluster master, fails with one line naming the host unless every executor sees
     * {@code folder} ({@link FolderProbe}). On the embedded master every task runs in this
     * process, which sees what it writes.
     */
    @Override
    public void requireShared(Path folder) throws IOException {
        if (!master.startsWith("local")) {
            FolderProbe.requireSeenByEveryExecutor(context, master, folder, EXECUTOR_WAIT_MILLIS);
        }
    }

    // one cell at a time per JVM: libtorch's generator and thread count are the process's
    private static <T, R> R runAlone(Work<T, R> work, T input) throws IOException {
        synchronized (ENGINE) {
            return work.run(input);
        }
    }

    // the cell's own exception where Spark kept it (a user error stays a one-line message), else Spark's message
    static RuntimeException cellFailure(Exception e) throws IOException {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof GenLabException g) {
                throw g;
            }
            if (t instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (t instanceof IOException io) {
                throw io;
            }
        }
        return new GenLabException("a cell failed: " + firstLine(e), e);
    }

    private static String firstLine(Throwable t) {
        String message = String.valueOf(t.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    @Override
    public void close() {
        context.close();
    }
}
