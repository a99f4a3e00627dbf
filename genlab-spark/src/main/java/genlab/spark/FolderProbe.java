package genlab.spark;

import genlab.GenLabException;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Whether every executor of a cluster sees a folder as the driver does: the driver writes a
 * marker there, then probe tasks (two per executor, so that each executor runs one or more) read
 * it back, write one of their own and read that back.
 */
final class FolderProbe {

    /** The name prefix of the marker files. */
    static final String PREFIX = ".genlab-probe-";
    /** What a folder the cells share must be, ending every message of a probe that failed to read the driver's marker. */
    private static final String SHARED = "; cells need a folder every host sees at the same path (a shared file system)";

    private FolderProbe() {}

    /**
     * Fails with one line naming the host unless every executor of {@code context} on
     * {@code master} sees {@code folder}, or when no executor runs a probe within {@code waitMillis}.
     */
    static void requireSeenByEveryExecutor(JavaSparkContext context, String master, Path folder, long waitMillis)
            throws IOException {
        String dir = folder.toAbsolutePath().normalize().toString();
        String token = UUID.randomUUID().toString();
        Path marker = Path.of(dir, PREFIX + token);
        Files.writeString(marker, token);
        try {
            int probes = 2 * Math.max(1, SparkRunner.executors(context));
            List<Integer> tasks = IntStream.range(0, probes).boxed().toList();
            JavaFutureAction<List<String>> job = context.parallelize(tasks, probes).map(i -> probe(dir, token))
                    .collectAsync();
            Optional<String> problem;
            try {
                problem = job.get(waitMillis, TimeUnit.MILLISECONDS).stream().filter(p -> !p.isEmpty()).findFirst();
            } catch (TimeoutException e) {
                job.cancel(true);
                throw new GenLabException(master + ": no executor ran a probe task within " + waitMillis / 1000
                        + " s; has the cluster lost its workers?");
            } catch (ExecutionException e) {
                throw SparkRunner.cellFailure(e);
            } catch (InterruptedException e) {
                job.cancel(true);
                Thread.currentThread().interrupt();
                throw new GenLabException("interrupted while probing " + dir, e);
            }
            if (problem.isPresent()) {
                throw new GenLabException(problem.get());
            }
        } finally {
            Files.deleteIfExists(marker);
        }
    }

    /**
     * A probe task: empty when this process reads the driver's marker {@code token} in {@code dir}
     * and writes and reads back a file of its own there, else the one line that says which it could not.
     */
    static String probe(String dir, String token) throws IOException {
        FetchedJars.deleteOnExit();
        String host = InetAddress.getLocalHost().getHostName();
        Path marker = Path.of(dir, PREFIX + token);
        try {
            if (!Files.readString(marker).equals(token)) {
                return host + ": reads another " + marker + " than the driver wrote" + SHARED;
            }
        } catch (IOException e) {
            return host + ": does not see " + dir + " (" + e.getClass().getSimpleName() + "), where the driver wrote"
                    + SHARED;
        }
        Path own = Path.of(dir, PREFIX + token + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID());
        try {
            Files.writeString(own, host);
            return Files.readString(own).equals(host) ? "" : host + ": cannot read back what it wrote in " + dir;
        } catch (IOException e) {
            return host + ": cannot write in " + dir + " (" + e.getClass().getSimpleName() + ")";
        } finally {
            Files.deleteIfExists(own);
        }
    }
}
