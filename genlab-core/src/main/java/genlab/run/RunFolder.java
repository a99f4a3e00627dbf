package genlab.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import genlab.AtomicFile;
import genlab.ConfigException;
import genlab.GenLabException;
import genlab.Hint;
import genlab.JsonProblems;
import genlab.PathProblems;
import genlab.Recipe;
import genlab.RunConfig;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A run's output folder ({@code runs/<model>-<dataset>-<timestamp>-<suffix>/}): every file in it
 * is written atomically, so a reader never sees a half-written file, and a run that trains holds
 * the folder's {@link RunLock}, so two processes never write one run.
 */
public final class RunFolder implements AutoCloseable {

    public static final String CONFIG = "config.json";
    public static final String MODEL = "model.params";
    /** The subfolder of the pictures drawn at each epoch. */
    public static final String EPOCHS = "epochs";
    private static final Pattern EPOCH_IMAGE = Pattern.compile("(?:samples|scatter)-epoch(\\d+)\\.png");

    private static final ObjectMapper JSON = JsonProblems.MAPPER;

    private final Path dir;
    private final RunLock lock;

    private RunFolder(Path dir, RunLock lock) {
        this.dir = dir;
        this.lock = lock;
    }

    /**
     * {@code <prefix>-<yyyyMMdd-HHmmss>-<4 hex digits>}: the name of an output GenLab chooses for
     * the user; the random suffix keeps outputs started in the same second apart.
     */
    public static String stampedName(String prefix) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return prefix + "-" + stamp + "-" + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
    }

    /**
     * {@code runs/<model>-<dataset>-<yyyyMMdd-HHmmss>-<4 hex digits>}, the folder a run gets without
     * --out; a folder data set {@code images:/path/to/DIR} is named {@code images-DIR}.
     */
    static Path defaultPath(String model, String dataset) {
        String label = dataset.replaceAll("[/\\\\]+$", "").replaceAll("^([^:]*):(.*[/\\\\])?", "$1-");
        return Path.of("runs", stampedName(model + "-" + label.replaceAll("[^A-Za-z0-9._-]", "_")));
    }

    /** Fails early, before any work, when {@code dir} is empty text or exists and is not a folder. */
    public static void requireUsable(Path dir) {
        if (dir.toString().isBlank()) {
            throw new ConfigException("out", "is an empty path, expected a folder for the run's outputs");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ConfigException("out", dir + ": is a file, expected a folder for the run's outputs");
        }
    }

    /**
     * Fails early, before any work, when {@code dir} cannot take a new run: it is a file, another
     * process is writing a run there (its files may not include config.json yet), holds a run (its
     * config.json), or (unless {@code force}) holds other files. A new run never overwrites an old
     * one, nor files it did not write.
     */
    public static void requireNew(Path dir, boolean force) {
        requireUsable(dir);
        RunLock.requireFree(dir);
        requireNoRunNorFiles(dir, force);
    }

    // neither a run (config.json) nor, unless force, any other file but the lock
    private static void requireNoRunNorFiles(Path dir, boolean force) {
        if (Files.exists(dir.resolve(CONFIG))) {
            throw new RunExistsException(dir);
        }
        if (!force) {
            long others = filesIn(dir);
            if (others > 0) {
                throw new ConfigException("out", dir + ": not empty (" + others + " files), a new run would "
                        + "overwrite them; choose a new folder", new Hint("force", "or pass {} to write into it"));
            }
        }
    }

    /**
     * Claims a folder for a new run and holds its lock until {@link #close}: {@code out}, or a new
     * default folder when it is null. The checks of {@link #requireNew} are made under the lock, so
     * of two runs started into one folder at once exactly one gets it; the other fails with one line.
     */
    public static RunFolder claimNew(Path out, String model, String dataset, boolean force) {
        Path dir = out != null ? out : createDefault(model, dataset);
        requireUsable(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ConfigException("out", dir + ": cannot create the folder (" + GenLabException.reason(e) + ")");
        }
        RunLock lock = RunLock.acquire(dir);
        try {
            requireNoRunNorFiles(dir, force);
        } catch (GenLabException e) {
            lock.close();
            throw e;
        }
        return new RunFolder(dir, lock);
    }

    // a default folder that did not exist before: created exclusively, another suffix on a clash
    private static Path createDefault(String model, String dataset) {
        while (true) {
            Path dir = defaultPath(model, dataset);
            try {
                Files.createDirectories(dir.getParent());
                return Files.createDirectory(dir);
            } catch (FileAlreadyExistsException e) {
                // another run took this name in the same second: draw another suffix
            } catch (IOException e) {
                throw new GenLabException(dir + ": cannot create the run folder (" + GenLabException.reason(e) + ")");
            }
        }
    }

    /**
     * Opens a run to train it further ({@code genlab resume}): the folder must hold config.json,
     * and no other process may be training it. Holds the run's lock until {@link #close}.
     */
    public static RunFolder claimExisting(Path dir) {
        requireFolder(dir);
        // a run that is starting holds its lock before its config.json is written
        RunLock.requireFree(dir);
        requireFile(dir, CONFIG, "expected a run folder written by genlab");
        return new RunFolder(dir, RunLock.acquire(dir));
    }

    // files in dir other than the lock file (0 for a missing folder)
    private static long filesIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> !f.getFileName().toString().equals(RunLock.FILE)).count();
        } catch (IOException e) {
            throw new ConfigException("out", dir + ": cannot list the folder (" + GenLabException.reason(e) + ")");
        }
    }

    /** Opens a finished run to read it: the folder must hold config.json and model.params. */
    public static RunFolder open(Path dir) {
        requireFolder(dir);
        for (String name : new String[] {CONFIG, MODEL}) {
            requireFile(dir, name, "expected a run folder with a trained model");
        }
        return new RunFolder(dir, null);
    }

    /** Opens a folder GenLab wrote, a run or a study, to read it: it must hold config.json. */
    public static RunFolder openWritten(Path dir) {
        requireFolder(dir);
        requireFile(dir, CONFIG, "expected a run or study folder written by genlab");
        return new RunFolder(dir, null);
    }

    /**
     * Opens a finished run to add to it (an evaluation's results): as {@link #open}, and holds the
     * run's lock until {@link #close}, so a run that is still training is refused.
     */
    public static RunFolder openLocked(Path dir) {
        open(dir);
        return new RunFolder(dir, RunLock.acquire(dir));
    }

    /** A folder that is there, in words for the user when it is not (missing, a file, a link loop). */
    private static void requireFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new GenLabException(dir + ": " + PathProblems.describe(dir) + ", expected a run folder written by genlab");
        }
    }

    private static void requireFile(Path dir, String name, String expected) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new GenLabException(dir + ": " + name + " " + PathProblems.describe(file) + ", " + expected);
        }
    }

    /** Releases the run's lock, if this folder holds it. */
    @Override
    public void close() {
        if (lock != null) {
            lock.close();
        }
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

    /**
     * The pictures of each epoch in the run folder {@code dir}, by epoch: {@code epochs/*-epochNNN.png},
     * and the {@code *-epochNN.png} an older run kept at its top. Read as the run writes them.
     */
    public static SortedMap<Integer, Path> epochImages(Path dir) throws IOException {
        SortedMap<Integer, Path> byEpoch = new TreeMap<>();
        for (Path folder : List.of(dir, dir.resolve(EPOCHS))) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    files.forEach(f -> {
                        Matcher m = EPOCH_IMAGE.matcher(f.getFileName().toString());
                        if (m.matches()) {
                            byEpoch.put(Integer.parseInt(m.group(1)), f);
                        }
                    });
                }
            }
        }
        return byEpoch;
    }

    /**
     * {@code epochs/NAME-epochNNN.png}, the picture {@code name} of epoch {@code epoch}, its
     * folder created; three digits, so a run of up to 999 epochs lists its pictures in order.
     */
    public Path epochImage(String name, int epoch) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(EPOCHS));
        return folder.resolve(String.format("%s-epoch%03d.png", name, epoch));
    }

    /** Writes a text file into the folder atomically. */
    public void writeString(String name, String content) {
        AtomicFile.writeString(file(name), content);
    }

    public void writeJson(String name, Object value) {
        AtomicFile.write(file(name), out -> JSON.writeValue(out, value));
    }

    /** {@code value} as the JSON tree {@link #writeJson} would write. */
    public static com.fasterxml.jackson.databind.JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }

    /** The JSON tree of {@code json}, text GenLab wrote. */
    public static com.fasterxml.jackson.databind.JsonNode parseTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new GenLabException("not JSON (" + JsonProblems.describe(e) + ")");
        }
    }

    /** The JSON tree of {@code file}; an unreadable file is a one-line error naming it. */
    public static com.fasterxml.jackson.databind.JsonNode readTree(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new GenLabException(file + ": not JSON (" + JsonProblems.describe(e) + ")");
        } catch (IOException e) {
            throw new GenLabException(file + ": " + PathProblems.describe(file) + " (" + GenLabException.reason(e) + ")");
        }
    }

    /** A JSON tree read from this folder as a {@code type}; a mismatch names config.json. */
    public <T> T convert(com.fasterxml.jackson.databind.JsonNode tree, Class<T> type) {
        return value(file(CONFIG), tree, type);
    }

    /** config.json as a recipe whose model is a {@code type}; a bad value names the file and the field. */
    public <T extends RunConfig<T>> Recipe<T> readRecipe(Class<T> type) {
        return recipe(file(CONFIG), readTree(file(CONFIG)), type);
    }

    /** A config.json tree (perhaps changed by the user's flags) as a recipe; a bad value names config.json and the field. */
    public <T extends RunConfig<T>> Recipe<T> convertRecipe(com.fasterxml.jackson.databind.JsonNode tree, Class<T> type) {
        return recipe(file(CONFIG), tree, type);
    }

    /** A flat config tree as a recipe; a bad value is a one-line error naming {@code file} and the field. */
    public static <T extends RunConfig<T>> Recipe<T> recipe(Path file, com.fasterxml.jackson.databind.JsonNode tree,
            Class<T> type) {
        try {
            return Recipe.read(tree, type);
        } catch (JsonProcessingException e) {
            throw new GenLabException(file + ": " + JsonProblems.describe(e));
        } catch (ConfigException e) {
            throw new GenLabException(file + ": " + e.renamed("field '" + e.field() + "'"));
        } catch (IllegalArgumentException e) {
            throw new GenLabException(file + ": not a valid " + type.getSimpleName() + " (" + GenLabException.firstLine(e)
                    + ")");
        }
    }

    /** A JSON tree of {@code file} as {@code type}; a mismatch is a one-line error naming the file and the field. */
    public static <T> T value(Path file, com.fasterxml.jackson.databind.JsonNode tree, Class<T> type) {
        try {
            return JSON.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new GenLabException(file + ": " + JsonProblems.describe(e));
        } catch (IllegalArgumentException e) {
            throw new GenLabException(file + ": not a valid " + type.getSimpleName() + " (" + GenLabException.firstLine(e)
                    + ")");
        }
    }

    public <T> T readJson(String name, Class<T> type) {
        try {
            return JSON.readValue(file(name).toFile(), type);
        } catch (JsonProcessingException e) {
            throw new GenLabException(file(name) + ": " + JsonProblems.describe(e));
        } catch (IOException e) {
            throw new GenLabException(file(name) + ": " + PathProblems.describe(file(name)) + " ("
                    + GenLabException.reason(e) + ")");
        }
    }
}
