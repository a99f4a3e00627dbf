package genlab.math;

/** Argument checks whose {@link IllegalArgumentException} names the argument and the reason. */
public final class Checks {

    /** Tolerance on sum(p) = 1 for a probability vector. */
    public static final double SUM_TOLERANCE = 1e-9;

    private Checks() {}

    public static void positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be positive and finite, got " + value);
        }
    }

    public static void finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, got " + value);
        }
    }

    public static void sameLength(String nameA, double[] a, String nameB, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(nameA + " and " + nameB + " must have the same length, got "
                    + a.length + " and " + b.length);
        }
    }

    /** Entries in [0, 1] (each finite) summing to 1 within {@link #SUM_TOLERANCE}. */
    public static void distribution(String name, double[] p) {
        if (p.length == 0) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] >= 0) || p[i] > 1) {
                throw new IllegalArgumentException(name + "[" + i + "] = " + p[i] + " is not a probability in [0, 1]");
            }
            sum += p[i];
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw new IllegalArgumentException(name + " sums to " + sum + ", expected 1 within " + SUM_TOLERANCE);
        }
    }
}
