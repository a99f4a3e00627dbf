package genlab.train;

import genlab.AtomicFile;
import genlab.GenLabException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code steps.csv}: every training step's terms per example (nats), one row per step after its
 * epoch, so a run's per-step curve, and a study's spread of the objective over its last steps,
 * survive a resume. Written after each epoch, atomically; the steps of an epoch that diverged are
 * written too, and a resume drops them with the rest of that epoch.
 */
public final class StepLog implements TrainLoop.StepListener {

    /** The file in a run folder. */
    public static final String FILE = "steps.csv";

    private final Path file;
    private final List<String> rows = new ArrayList<>();
    private final List<String> pending = new ArrayList<>();
    private String header;

    private StepLog(Path file) {
        this.file = file;
    }

    /** A new, empty log (the file is written after the first epoch). */
    public static StepLog create(Path file) {
        return new StepLog(file);
    }

    /**
     * The log of a run resumed after {@code lastEpoch}: the file's rows of epochs up to it. A run
     * folder written before GenLab kept this file resumes with the steps from here on.
     */
    public static StepLog resume(Path file, int lastEpoch) {
        StepLog log = new StepLog(file);
        if (!Files.exists(file)) {
            return log;
        }
        List<String> lines = read(file);
        if (!lines.isEmpty()) {
            log.header = lines.get(0);
            lines.stream().skip(1).filter(line -> epochOf(line) <= lastEpoch).forEach(log.rows::add);
        }
        return log;
    }

    @Override
    public void onStep(Map<String, Double> terms, int size) {
        if (header == null) {
            header = "epoch,step," + String.join(",", terms.keySet());
        }
        StringBuilder row = new StringBuilder().append(rows.size() + pending.size() + 1);
        // the shortest decimal that reads back as the same double
        terms.values().forEach(v -> row.append(',').append(v / size));
        pending.add(row.toString());
    }

    /** Writes the steps taken since the last call as steps of {@code epoch}. */
    public void endEpoch(int epoch) {
        pending.forEach(row -> rows.add(epoch + "," + row));
        pending.clear();
        if (header != null) {
            AtomicFile.writeString(file, header + "\n" + String.join("\n", rows) + "\n");
        }
    }

    /**
     * The values per example of {@code term} over every step in {@code file}, in order; none when
     * there is no file (a run that diverged at its first step).
     */
    public static double[] column(Path file, String term) {
        if (!Files.exists(file)) {
            return new double[0];
        }
        List<String> lines = read(file);
        int index = lines.isEmpty() ? -1 : Arrays.asList(lines.get(0).split(",")).indexOf(term);
        if (index < 0) {
            throw new GenLabException(file + ": has no column '" + term + "'");
        }
        return lines.stream().skip(1).mapToDouble(line -> Double.parseDouble(line.split(",")[index])).toArray();
    }

    private static int epochOf(String row) {
        return Integer.parseInt(row.substring(0, row.indexOf(',')));
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new GenLabException(file + ": cannot read (" + GenLabException.reason(e) + ")");
        }
    }
}
