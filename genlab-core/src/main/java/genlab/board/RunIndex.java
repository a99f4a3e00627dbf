package genlab.board;

import com.fasterxml.jackson.databind.JsonNode;
import genlab.JsonProblems;
import genlab.report.MetricsTable;
import genlab.run.RunFolder;
import genlab.run.RunLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The runs under a folder, read as they are written: every file a run writes is renamed into
 * place whole, so a read sees the old or the new file. Nothing here takes a run's lock; a run
 * trains while the process whose id its lock file holds is alive.
 */
public final class RunIndex {

    /** How deep under the folder runs are looked for: runs/study/cells/run. */
    private static final int DEPTH = 4;

    private RunIndex() {}

    /** Every run folder (a folder with config.json) under {@code root}, the most recently moved first. */
    public static List<RunEntry> scan(Path root) throws IOException {
        List<RunEntry> runs = new ArrayList<>();
        try (Stream<Path> configs = Files.find(root, DEPTH, (p, a) -> a.isRegularFile()
                && p.getFileName().toString().equals(RunFolder.CONFIG))) {
            for (Path config : configs.toList()) {
                read(root, config.getParent()).ifPresent(runs::add);
            }
        }
        runs.sort(Comparator.comparing(RunEntry::moved).reversed());
        return runs;
    }

    /** The run in {@code dir}, or empty when its config.json cannot be read (a run that is starting). */
    public static Optional<RunEntry> read(Path root, Path dir) throws IOException {
        JsonNode config;
        try {
            config = JsonProblems.MAPPER.readTree(dir.resolve(RunFolder.CONFIG).toFile());
        } catch (IOException e) {
            return Optional.empty();
        }
        String model = config.path("model").asText();
        int total = config.path("epochs").asInt(0);
        Path metrics = dir.resolve("metrics.csv");
        MetricsTable table = Files.isRegularFile(metrics) ? MetricsTable.read(metrics) : null;
        Map<String, Double> last = new LinkedHashMap<>();
        int epochs = 0;
        if (table != null && !table.rows().isEmpty()) {
            double[] row = table.rows().get(table.rows().size() - 1);
            epochs = (int) row[0];
            for (int j = 0; j < row.length; j++) {
                String column = table.columns().get(j);
                if (!column.equals("epoch") && !column.equals("seconds")) {
                    last.put(column, row[j]);
                }
            }
        }
        RunStatus status = training(dir) ? RunStatus.TRAINING
                : model.equals("compare") ? (Files.exists(dir.resolve("runs.csv")) ? RunStatus.FINISHED : RunStatus.STOPPED)
                : diverged(last) ? RunStatus.DIVERGED
                : total > 0 && epochs >= total ? RunStatus.FINISHED : RunStatus.STOPPED;
        return Optional.of(new RunEntry(root.relativize(dir).toString().replace('\\', '/'), model,
                config.path("dataset").asText(), status, epochs, model.equals("compare") ? 0 : total, last, moved(dir)));
    }

    // the process that took the run's lock is alive (its id is in the lock file)
    private static boolean training(Path dir) {
        try {
            String pid = Files.readString(dir.resolve(RunLock.FILE)).strip();
            return !pid.isEmpty() && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private static boolean diverged(Map<String, Double> last) {
        return last.entrySet().stream().anyMatch(e -> (e.getKey().startsWith("train_") || e.getKey().startsWith("test_"))
                && !Double.isFinite(e.getValue()));
    }

    private static Instant moved(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> {
                try {
                    return Files.getLastModifiedTime(f).toInstant();
                } catch (IOException e) {
                    return Instant.EPOCH;
                }
            }).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
