package genlab.cli;

import genlab.spark.LocalCluster;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code genlab cluster}: a Spark standalone cluster on this machine's loopback interface (a master
 * and workers, each its own JVM), until the command is stopped; {@code --master} of another
 * command sends its runs there.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = {"Run a Spark standalone master and workers on 127.0.0.1 until stopped (Ctrl-C).",
            "Then: genlab compare ... --master spark://127.0.0.1:PORT"})
public final class ClusterCommand implements Callable<Integer> {

    @Option(names = "--workers", description = "Worker JVMs (default ${DEFAULT-VALUE}).")
    int workers = 2;

    @Option(names = "--cores", description = "Cores each worker offers (default ${DEFAULT-VALUE}).")
    int cores = 1;

    @Option(names = "--port", description = "The master's port (default ${DEFAULT-VALUE}).")
    int port = 7077;

    @Option(names = "--dir", paramLabel = "DIR", description = "Workers' folders and logs (default ${DEFAULT-VALUE}).")
    Path dir = Path.of("runs", "cluster");

    @Override
    public Integer call() throws InterruptedException {
        LocalCluster cluster = LocalCluster.start(dir, workers, cores, port);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean closing = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            closing.set(true);
            cluster.close();
            stopped.countDown();
        }));
        for (int i = 0; i < workers; i++) {
            int worker = i;
            cluster.worker(i).onExit().thenAccept(process -> {
                if (!closing.get()) {
                    System.err.println("genlab: worker " + worker + " (process " + process.pid() + ") stopped; its "
                            + "runs go to the other workers, see " + dir.resolve("logs").resolve("worker-" + worker
                            + ".log"));
                }
            });
        }
        System.out.println("Spark master " + cluster.masterUrl() + " with " + workers + " workers of " + cores
                + (cores == 1 ? " core" : " cores") + "; web UI http://127.0.0.1:" + cluster.masterUiPort()
                + ", logs in " + dir.resolve("logs") + "; Ctrl-C stops them");
        stopped.await();
        return 0;
    }
}
