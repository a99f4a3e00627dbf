package genlab.train;

import genlab.run.RunFolder;

/**
 * What a training run reports while it goes. Every method does nothing by default, so
 * {@link #SILENT} is a quiet run and a library user overrides only what they want (a log line
 * per epoch, a progress bar, a stop notice); {@link LoggingListener} writes the lines to SLF4J.
 * Calls come from the training thread, in order.
 */
public interface TrainingListener {

    /** Reports nothing. */
    TrainingListener SILENT = new TrainingListener() { };

    /** Training starts in {@code run}, with {@code saved} epochs of {@code epochs} already on disk. */
    default void runStarted(RunFolder run, int saved, int epochs) {}

    /** A pass of {@code batches} batches begins, for example {@code "epoch 3/30"}. */
    default void passStarted(String label, int batches) {}

    /**
     * A pass over {@code count} items of another unit begins, for example {@code "IWAE K=5000"}
     * over images; {@link #batchDone} then counts items. By default the same as a pass of batches.
     */
    default void passStarted(String label, int count, String unit) {
        passStarted(label, count);
    }

    /** One more batch of the current pass is done. */
    default void batchDone() {}

    /** The current pass ended, finished or not. */
    default void passEnded() {}

    /** The checkpoint of {@code epoch} is on disk: a stop from here on loses only later epochs. */
    default void checkpointSaved(int epoch) {}

    /** A line for the user: the run folder, one line per epoch, the final result. */
    default void message(String line) {}

    /** Training ended, finished, failed or diverged. */
    default void runEnded() {}
}
