package genlab.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real datasets for end-to-end tests: {@code $GENLAB_DATA}, else {@code ../shared/data}. */
final class SharedData {

    private SharedData() {}

    static Path root() {
        String env = System.getenv("GENLAB_DATA");
        Path root = env != null && !env.isBlank() ? Path.of(env) : Path.of("..", "shared", "data");
        if (!Files.isDirectory(root.resolve("mnist"))) {
            throw new IllegalStateException("real MNIST not found under " + root.toAbsolutePath()
                    + ": set GENLAB_DATA to the shared data folder");
        }
        return root;
    }
}
