package genlab.theory;

import java.util.function.DoubleUnaryOperator;

/** One-dimensional numerical integration and minimization, used as independent checks. */
public final class Quadrature {

    private static final double INVERSE_PHI = (Math.sqrt(5) - 1) / 2;

    private Quadrature() {}

    /** Trapezoid rule for values on a uniform grid of spacing dx. */
    public static double trapezoid(double[] values, double dx) {
        if (values.length < 2) {
            return 0;
        }
        double sum = (values[0] + values[values.length - 1]) / 2;
        for (int i = 1; i < values.length - 1; i++) {
            sum += values[i];
        }
        return sum * dx;
    }

    /** n points a, a + dx, ..., b with dx = (b - a)/(n - 1). */
    public static double[] grid(double a, double b, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = a + (b - a) * i / (n - 1);
        }
        return x;
    }

    /** Minimum of a unimodal function on [a, b] by golden-section search, to |b - a| {@literal <} tol. */
    public static double goldenSectionMinimum(DoubleUnaryOperator f, double a, double b, double tol) {
        double lo = a;
        double hi = b;
        double x1 = hi - INVERSE_PHI * (hi - lo);
        double x2 = lo + INVERSE_PHI * (hi - lo);
        double f1 = f.applyAsDouble(x1);
        double f2 = f.applyAsDouble(x2);
        while (hi - lo > tol) {
            if (f1 < f2) {
                hi = x2;
                x2 = x1;
                f2 = f1;
                x1 = hi - INVERSE_PHI * (hi - lo);
                f1 = f.applyAsDouble(x1);
            } else {
                lo = x1;
                x1 = x2;
                f1 = f2;
                x2 = lo + INVERSE_PHI * (hi - lo);
                f2 = f.applyAsDouble(x2);
            }
        }
        return Math.min(f1, f2);
    }
}
