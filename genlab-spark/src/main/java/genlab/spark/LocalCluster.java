package genlab.spark;

import genlab.ConfigChecks;
import genlab.ConfigException;
import genlab.GenLabException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Spark standalone cluster on this machine's loopback interface: a master and workers, each a
 * child JVM started from Spark's own main classes ({@code org.apache.spark.deploy.master.Master},
 * {@code org.apache.spark.deploy.worker.Worker}) on this JVM's class path, so no Spark distribution
 * is needed. Each worker starts its executors as JVMs of their own. {@link #close} stops every
 * process it started, executors first, by process id. Logs go to {@code home/logs}.
 */
public final class LocalCluster implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";
    private static final long START_MILLIS = 60_000;
    /** Spark's usual port of a standalone master's web UI, which the driver asks about executors that die as they start. */
    private static final int MASTER_UI_PORT = 8080;

    private final Path home;
    private final String masterUrl;
    private final int masterUiPort;
    private final Process master;
    private final List<Process> workers = new ArrayList<>();

    private LocalCluster(Path home, int port, int uiPort, Process master) {
        this.home = home;
        this.masterUrl = "spark://" + LOOPBACK + ":" + port;
        this.masterUiPort = uiPort;
        this.master = master;
    }

    /**
     * Starts a master and {@code workers} workers of {@code cores} cores each; {@code home} holds the
     * cluster's Spark home (an empty {@code jars} folder: executors take this JVM's class path
     * instead), the workers' folders and the logs. Returns once the master accepts connections.
     */
    public static LocalCluster start(Path home, int workers, int cores) {
        try {
            return start(home, workers, cores, freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As {@link #start(Path, int, int)}, with the master on {@code port} (Spark's usual one is 7077)
     * and its web UI on Spark's usual 8080 when that port is free, else on a free one.
     */
    public static LocalCluster start(Path home, int workers, int cores, int port) {
        ConfigChecks.positive("workers", workers);
        ConfigChecks.positive("cores", cores);
        ConfigChecks.port("port", port);
        try {
            Files.createDirectories(home.resolve("jars"));
            Files.createDirectories(home.resolve("logs"));
            requireFree(port);
            int uiPort = isFree(MASTER_UI_PORT) ? MASTER_UI_PORT : freePort();
            LocalCluster cluster = new LocalCluster(home, port, uiPort, launch(home, "master",
                    "org.apache.spark.deploy.master.Master", "--host", LOOPBACK, "--port", Integer.toString(port),
                    "--webui-port", Integer.toString(uiPort)));
            try {
                awaitPort(port);
                for (int i = 0; i < workers; i++) {
                    cluster.workers.add(launch(home, "worker-" + i, "org.apache.spark.deploy.worker.Worker",
                            "--host", LOOPBACK, "--cores", Integer.toString(cores), "--memory", "2g",
                            "--webui-port", "0", "--work-dir", home.resolve("work-" + i).toString(),
                            cluster.masterUrl));
                }
                return cluster;
            } catch (RuntimeException e) {
                cluster.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code spark://127.0.0.1:PORT}. */
    public String masterUrl() {
        return masterUrl;
    }

    /** The port of the master's web UI, Spark's {@code spark.master.ui.port}. */
    public int masterUiPort() {
        return masterUiPort;
    }

    /** The process of worker {@code i}, and its executors among its descendants. */
    public ProcessHandle worker(int i) {
        return workers.get(i).toHandle();
    }

    /** Kills worker {@code i} and its executors at once (SIGKILL), as a machine lost mid-sweep. */
    public void killWorker(int i) {
        kill(workers.get(i).toHandle());
    }

    @Override
    public void close() {
        workers.forEach(w -> kill(w.toHandle()));
        kill(master.toHandle());
    }

    private static void kill(ProcessHandle process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.onExit().join();
    }

    private static Process launch(Path home, String name, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m"));
        command.addAll(SparkLogging.javaOptions());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("logs").resolve(name + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("SPARK_HOME", home.toAbsolutePath().toString());
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_IP", LOOPBACK);
        return builder.start();
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static void requireFree(int port) {
        if (!isFree(port)) {
            throw new ConfigException("port", port + " on " + LOOPBACK + " is taken; choose another");
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(LOOPBACK))) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        }
    }

    private static void awaitPort(int port) {
        long deadline = System.currentTimeMillis() + START_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(LOOPBACK, port), 500);
                return;
            } catch (IOException e) {
                sleep(200);
            }
        }
        throw new GenLabException("the Spark master did not open port " + port + " within " + START_MILLIS / 1000
                + " s (see its log in the cluster's logs folder)");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GenLabException("interrupted while the cluster started", e);
        }
    }
}
