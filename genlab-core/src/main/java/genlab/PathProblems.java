package genlab;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Says in words what stands at a path that was expected to be a readable file or folder. */
public final class PathProblems {

    private PathProblems() {}

    /**
     * {@code "is a folder"}, {@code "is a symbolic link loop"}, {@code "is a broken symbolic
     * link"}, {@code "cannot be read (permission denied)"}, {@code "is missing"}: for the middle of
     * a one-line error.
     */
    public static String describe(Path path) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return "is missing";
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                return "is a folder";
            }
            if (attributes.isRegularFile()) {
                return Files.isReadable(path) ? "is a file" : "cannot be read (permission denied)";
            }
            return "is not a regular file (a device, pipe or socket)";
        } catch (FileSystemException e) {
            String reason = String.valueOf(e.getReason());
            if (reason.contains("Too many levels of symbolic links")) {
                return "is a symbolic link loop";
            }
            if (Files.isSymbolicLink(path)) {
                return "is a broken symbolic link";
            }
            return "cannot be read (" + GenLabException.reason(e) + ")";
        } catch (IOException e) {
            return "cannot be read (" + GenLabException.reason(e) + ")";
        }
    }
}
