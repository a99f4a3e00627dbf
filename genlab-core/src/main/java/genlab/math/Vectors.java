package genlab.math;

/** Vector arithmetic on {@code double[]}. */
public final class Vectors {

    private Vectors() {}

    /** a . b = sum_i a_i b_i, added in index order. */
    public static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
