package genlab.run;

import genlab.GenLabException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock a training process holds on its run folder for the run's whole life: an exclusive
 * operating-system lock on {@code .genlab.lock}, which records the holder's process id. The
 * system releases it when the process ends, however it ends (SIGKILL included), so a crashed run
 * never leaves a folder locked; a second writer, in another process or in this one, is refused.
 */
public final class RunLock implements AutoCloseable {

    /** The lock file's name in a run folder. */
    public static final String FILE = ".genlab.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of the run folder {@code dir}, or fails with one line naming the holder. */
    public static RunLock acquire(Path dir) {
        Path file = dir.resolve(FILE);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw held(dir);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            return new RunLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new GenLabException(dir + ": cannot lock the run folder (" + GenLabException.reason(e) + ")");
        }
    }

    /**
     * Fails with the line of {@link #acquire} when another process (or another claim in this JVM)
     * holds the lock of {@code dir}; creates nothing, so a folder without a lock file stays as it is.
     */
    public static void requireFree(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw held(dir);
            }
            lock.release();
        } catch (IOException e) {
            // a lock file that cannot be opened is judged when the run takes its lock
        }
    }

    // the one line for a folder whose lock another process holds, naming it by the id in the file
    private static GenLabException held(Path dir) {
        String holder;
        try {
            holder = Files.readString(dir.resolve(FILE), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            holder = "";
        }
        return new GenLabException(dir + ": another genlab process" + (holder.isEmpty() ? "" : " (pid " + holder + ")")
                + " is writing this run; wait for it to end, or choose another folder");
    }

    // null when another process, or another claim in this JVM, holds the lock
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases it too
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing was written through it that could be lost
            }
        }
    }
}
