package genlab;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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

    /**
     * Writes {@code target}, replacing it if it exists and is a regular file; a device, a FIFO, a
     * folder or a link is never replaced. First removes the temp files of {@code target} that a
     * killed process left behind.
     */
    public static void write(Path target, Writer writer) {
        requireRegularOrAbsent(target);
        Path tmp = null;
        try {
            removeLeftovers(target);
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
     * Fails before any work when the user's output file {@code target} (the setting {@code field})
     * is a folder, or exists and {@code force} was not given: a file the user did not ask to
     * replace is never overwritten.
     */
    public static void requireReplaceable(Path target, boolean force, String field) {
        if (target.toString().isBlank()) {
            throw new ConfigException(field, "is an empty path, expected a file name");
        }
        if (Files.isDirectory(target)) {
            throw new ConfigException(field, target + ": is a folder, expected a file name");
        }
        if (!force && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new ConfigException(field, target + ": already exists; choose another name",
                    new Hint("force", "or pass {} to replace it"));
        }
        requireRegularOrAbsent(target);
    }

    // only a regular file is ever replaced: renaming over /dev/full or a FIFO would replace the node itself
    private static void requireRegularOrAbsent(Path target) {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new GenLabException(target + ": " + kind(target) + ", not a regular file; only a regular file is "
                    + "replaced");
        }
    }

    private static String kind(Path target) {
        if (Files.isSymbolicLink(target)) {
            return "is a symbolic link";
        }
        return Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) ? "is a folder" : "is a device, FIFO or socket";
    }

    /**
     * Deletes {@code .NAME.PID.HEX.tmp} files of {@code target} whose process is gone (a write cut
     * short by SIGKILL), and those of the older {@code .NAME.HEX.tmp} form, which name no process.
     */
    private static void removeLeftovers(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        String prefix = "." + target.getFileName() + ".";
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir,
                f -> f.getFileName().toString().startsWith(prefix) && f.getFileName().toString().endsWith(".tmp"))) {
            for (Path f : files) {
                String middle = f.getFileName().toString();
                middle = middle.substring(prefix.length(), middle.length() - ".tmp".length());
                int dot = middle.indexOf('.');
                boolean live = dot > 0 && middle.substring(0, dot).matches("\\d{1,18}")
                        && ProcessHandle.of(Long.parseLong(middle.substring(0, dot))).isPresent();
                if (!live && middle.matches("(\\d{1,18}\\.)?[0-9a-f]{1,16}")) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    public static void writeString(Path target, String content) {
        write(target, out -> out.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    // .NAME.<pid>.<random>.tmp beside the target, created exclusively with the default permissions
    private static Path newTempFile(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        while (true) {
            Path tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
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
