package genlab.eval;

import java.util.Arrays;

/**
 * The generator's objective after every training step (nats per example), and how much it
 * still moves at the end of training: the standard deviation over the last fraction of steps.
 */
public final class ObjectiveTrace {

    private double[] values = new double[256];
    private int size;

    /** The trace of {@code values}, in order. */
    public static ObjectiveTrace of(double[] values) {
        ObjectiveTrace trace = new ObjectiveTrace();
        for (double value : values) {
            trace.add(value);
        }
        return trace;
    }

    public void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, 2 * size);
        }
        values[size++] = value;
    }

    public int size() {
        return size;
    }

    /**
     * Sample standard deviation of the last {@code fraction} of the steps (at least two of them);
     * NaN with fewer than two steps or when one of them is not finite.
     */
    public double tailStd(double fraction) {
        int count = Math.max(2, (int) Math.ceil(fraction * size));
        if (size < 2) {
            return Double.NaN;
        }
        return Summary.of(Arrays.copyOfRange(values, size - Math.min(count, size), size)).std();
    }
}
