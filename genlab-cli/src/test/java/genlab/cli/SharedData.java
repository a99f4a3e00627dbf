package genlab.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the end-to-end tests find things: the repository root (the Maven property
 * {@code genlab.root}, set by the build) and the real datasets ({@code $GENLAB_DATA}, else
 * {@code ../shared/data} beside the repository).
 */
final class SharedData {

    private SharedData() {}

    static Path repositoryRoot() {
        String root = System.getProperty("genlab.root");
        return (root != null && !root.isBlank() ? Path.of(root) : Path.of("..")).toAbsolutePath().normalize();
    }

    static Path root() {
        String env = System.getenv("GENLAB_DATA");
        Path root = env != null && !env.isBlank() ? Path.of(env) : repositoryRoot().resolve("../shared/data");
        if (!Files.isDirectory(root.resolve("mnist"))) {
            throw new IllegalStateException("real MNIST not found under " + root.toAbsolutePath()
                    + ": set GENLAB_DATA to the shared data folder");
        }
        return root;
    }
}
