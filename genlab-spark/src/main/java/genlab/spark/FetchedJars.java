package genlab.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * The jars Spark copies into a standalone executor's work folder ({@code WORK/app-ID/N}): the
 * submitted assembly is over 100 MB per executor, and Spark's workers keep those folders for days.
 * GenLab deletes them when the executor's JVM exits and keeps the folder's stdout and stderr, the
 * executor's log.
 */
final class FetchedJars {

    private static final AtomicBoolean WATCHED = new AtomicBoolean();

    private FetchedJars() {}

    /** Deletes this JVM's fetched jars when it exits, once it is a standalone executor; else does nothing. */
    static void deleteOnExit() {
        Path folder = Path.of("").toAbsolutePath();
        if (isExecutorWorkFolder(folder) && WATCHED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder), "genlab-fetched-jars"));
        }
    }

    /** Whether {@code folder} is laid out as a standalone worker lays out an executor's: {@code app-ID/N}. */
    static boolean isExecutorWorkFolder(Path folder) {
        Path app = folder.getParent();
        return app != null && app.getFileName() != null && app.getFileName().toString().startsWith("app-")
                && folder.getFileName().toString().matches("\\d+");
    }

    /** Deletes the jars directly in {@code folder}. */
    static void delete(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path jar : files.filter(f -> f.getFileName().toString().endsWith(".jar")).toList()) {
                Files.deleteIfExists(jar);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
