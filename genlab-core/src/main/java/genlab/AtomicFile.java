package genlab;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file all at once or not at all: the content goes to a temp file in the same folder,
 * which is renamed over the target only after it is complete, so an interrupted run never leaves a
 * truncated file. The temp file is created like any new file (mode 0666 less the umask), so the
 * result has the permissions the user's umask asks for. A failure is a one-line
 * {@link GenLabException} naming the target and the reason (a full disk, a read-only folder).
 */
public final class AtomicFile {

    /** Writes the content of one file to a stream. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {}

    /** Writes {@code target}, replacing it if it exists. */
    public static void write(Path target, Writer writer) {
        Path tmp = null;
        try {
            tmp = newTempFile(target);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.WRITE))) {
                writer.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new GenLabException(target + ": cannot write (" + GenLabException.reason(e) + ")", e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /**
     * Fails before any work when the user's output file {@code target} (given with {@code option})
     * is a folder, or exists and {@code force} was not given: a file the user did not ask to
     * replace is never overwritten.
     */
    public static void requireReplaceable(Path target, boolean force, String option) {
        if (target.toString().isBlank()) {
            throw new GenLabException(option + ": empty path, expected a file name");
        }
        if (Files.isDirectory(target)) {
            throw new GenLabException(option + " " + target + ": is a folder, expected a file name");
        }
        if (!force && Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new GenLabException(option + " " + target + ": already exists; choose another name, or pass "
                    + "--force to replace it");
        }
    }

    public static void writeString(Path target, String content) {
        write(target, out -> out.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    // .NAME.<random>.tmp beside the target, created exclusively with the default permissions
    private static Path newTempFile(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        while (true) {
            Path tmp = dir.resolve("." + target.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16) + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                // another writer's temp name: draw again
            }
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // the write already failed or succeeded; a stray temp file is removed by the next resume
            }
        }
    }
}
