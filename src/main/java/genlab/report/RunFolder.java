package genlab.report;

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

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

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

    /** Creates (or reuses) {@code dir} for a new run. */
    public static RunFolder create(Path dir) {
        requireUsable(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new GenLabException("--out " + dir + ": cannot create the folder (" + e + ")");
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

    public Path dir() {
        return dir;
    }

    public Path file(String name) {
        return dir.resolve(name);
    }

    public void writeJson(String name, Object value) throws IOException {
        AtomicFile.write(file(name), out -> JSON.writeValue(out, value));
    }

    public <T> T readJson(String name, Class<T> type) {
        try {
            return JSON.readValue(file(name).toFile(), type);
        } catch (IOException e) {
            throw new GenLabException(file(name) + ": unreadable (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }
}
