package genlab.train;

import genlab.GenLabException;
import java.nio.file.Path;

/**
 * A run stopped because its objective became NaN or infinite. Its folder keeps the files of the
 * last finished epoch, and its checkpoint when one was written: {@link #checkpointKept()} says
 * whether the run can be resumed (with a smaller learning rate) or must start over.
 */
public final class RunDivergedException extends GenLabException {

    private final Path run;
    private final boolean checkpointKept;

    public RunDivergedException(TrainingDivergedException cause, Path run, boolean checkpointKept) {
        super(cause.getMessage() + (checkpointKept ? "; the last good checkpoint is kept" : "; no epoch had finished"),
                cause);
        this.run = run;
        this.checkpointKept = checkpointKept;
    }

    /** The run's folder. */
    public Path run() {
        return run;
    }

    public boolean checkpointKept() {
        return checkpointKept;
    }
}
