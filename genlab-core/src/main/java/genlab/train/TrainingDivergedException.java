package genlab.train;

import genlab.GenLabException;

/** The objective became NaN or infinite; the files of the last finished epoch (and its checkpoint) are kept. */
public final class TrainingDivergedException extends GenLabException {

    private final int epoch;

    public TrainingDivergedException(int epoch, int batch, String term, double value) {
        this(epoch, String.format("%s = %s at epoch %d, batch %d", term, value, epoch, batch));
    }

    private TrainingDivergedException(int epoch, String what) {
        super("training diverged: " + what + " (try a smaller learning rate)");
        this.epoch = epoch;
    }

    /** A test-set term that is not finite after {@code epoch}'s training pass. */
    public static TrainingDivergedException ofTestTerm(int epoch, String term, double value) {
        return new TrainingDivergedException(epoch, String.format("test %s = %s after epoch %d", term, value, epoch));
    }

    /** A parameter with a value that is not finite after {@code epoch}'s training pass. */
    public static TrainingDivergedException ofParameter(int epoch, String parameter) {
        return new TrainingDivergedException(epoch, String.format("parameter %s after epoch %d", parameter, epoch));
    }

    /** The epoch the objective stopped being finite in. */
    public int epoch() {
        return epoch;
    }
}
