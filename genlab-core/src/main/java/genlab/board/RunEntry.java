package genlab.board;

import java.time.Instant;
import java.util.Map;

/**
 * One run under a board's folder.
 *
 * @param path the run folder relative to the board's folder, with {@code /} between names
 * @param model config.json's model ({@code vae}, {@code gan}, {@code dualgan}, {@code classifier}, {@code compare})
 * @param dataset config.json's dataset
 * @param status where the run stands
 * @param epochs the epochs metrics.csv lists
 * @param totalEpochs the epochs its config asks for (0 for a study)
 * @param last the last row of metrics.csv by column, epoch and seconds left out
 * @param moved when a file of the folder last changed
 */
public record RunEntry(String path, String model, String dataset, RunStatus status, int epochs, int totalEpochs,
        Map<String, Double> last, Instant moved) {}
