package genlab.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import genlab.AtomicFile;
import genlab.GenLabException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A run's output folder ({@code runs/<model>-<dataset>-<timestamp>/}): every file in it is
 * written atomically, so a reader never sees a half-written file.
 */
public final class RunFolder {

    public static final String CONFIG = "config.json";
    public static final String MODEL = "model.params";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final Path dir;

    private RunFolder(Path dir) {
        this.dir = dir;
    }

    /** {@code runs/<model>-<dataset>-<yyyyMMdd-HHmmss>}, the folder a run gets without --out. */
    public static Path defaultPath(String model, String dataset) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return Path.of("runs", model + "-" + dataset + "-" + stamp);
    }

    /** Fails early, before any work, when {@code dir} exists and is not a folder. */
    public static void requireUsable(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new GenLabException("--out " + dir + ": is a file, expected a folder for the run's outputs");
        }
    }

    /**
     * Fails early, before any work, when {@code dir} is a file or already holds a run (its
     * config.json): a new run never overwrites an old one.
     */
    public static void requireNew(Path dir) {
        requireUsable(dir);
        if (Files.exists(dir.resolve(CONFIG))) {
            throw new GenLabException("--out " + dir + ": already holds a run (config.json); choose a new folder, or "
                    + "continue that run with 'genlab resume " + dir + "'");
        }
    }

    /** Creates {@code dir} (or uses an existing empty-of-runs folder) for a new run. */
    public static RunFolder create(Path dir) {
        requireUsable(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new GenLabException("--out " + dir + ": cannot create the folder (" + GenLabException.reason(e) + ")");
        }
        return new RunFolder(dir);
    }

    /** Opens a finished run: the folder must hold config.json and model.params. */
    public static RunFolder open(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new GenLabException(dir + ": not a folder, expected a run folder written by genlab");
        }
        for (String name : new String[] {CONFIG, MODEL}) {
            if (!Files.isRegularFile(dir.resolve(name))) {
                throw new GenLabException(dir + ": no " + name + ", expected a run folder with a trained model");
            }
        }
        return new RunFolder(dir);
    }

    /** Deletes the temp files ({@code .NAME*.tmp}) that a killed run's unfinished atomic writes left behind. */
    public void removeTempFiles() throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("\\..+\\.tmp")).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    public Path dir() {
        return dir;
    }

    public Path file(String name) {
        return dir.resolve(name);
    }

    /** Writes a text file into the folder atomically. */
    public void writeString(String name, String content) throws IOException {
        AtomicFile.writeString(file(name), content);
    }

    public void writeJson(String name, Object value) throws IOException {
        AtomicFile.write(file(name), out -> JSON.writeValue(out, value));
    }

    /** A JSON tree read from this folder as a {@code type}; a mismatch names config.json. */
    public <T> T convert(com.fasterxml.jackson.databind.JsonNode tree, Class<T> type) {
        try {
            return JSON.treeToValue(tree, type);
        } catch (IOException | IllegalArgumentException e) {
            throw new GenLabException(file(CONFIG) + ": not a valid " + type.getSimpleName() + " ("
                    + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    public <T> T readJson(String name, Class<T> type) {
        try {
            return JSON.readValue(file(name).toFile(), type);
        } catch (IOException e) {
            throw new GenLabException(file(name) + ": unreadable (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }
}
