package genlab.run;

import genlab.GenLabException;

/** A checkpoint whose parameters do not fit the model built to take them: other networks, another config. */
public final class CheckpointMismatchException extends GenLabException {

    public CheckpointMismatchException(String message) {
        super(message);
    }
}
