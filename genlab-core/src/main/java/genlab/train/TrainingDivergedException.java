package genlab.train;

import genlab.GenLabException;

/** The objective became NaN or infinite; the files of the last finished epoch (and its checkpoint) are kept. */
public final class TrainingDivergedException extends GenLabException {

    private final int epoch;

    public TrainingDivergedException(int epoch, int batch, String term, double value) {
        super(String.format("training diverged: %s = %s at epoch %d, batch %d (try a smaller learning rate)", term, value, epoch, batch));
        this.epoch = epoch;
    }

    /** The epoch the objective stopped being finite in. */
    public int epoch() {
        return epoch;
    }
}
