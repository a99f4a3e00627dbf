package genlab.theory;

import genlab.math.Checks;
import genlab.math.LinearSystems;
import static genlab.math.Vectors.dot;


/**
 * The Dualing GAN's core: a logistic discriminator p_w(y=1|x) = 1/(1 + exp(w.x)) with the
 * regularizer C/2 ||w||^2, trained on data points X (label 1) and generated points G (label 0),
 * and its Lagrange dual. Values in nats; X and G are arrays of points of one dimension.
 *
 * <p>Primal: P(w) = sum_x log(1+e^{w.x}) + sum_z [log(1+e^{w.G_z}) - w.G_z] + C/2 ||w||^2 (convex).
 * Dual: g(lx, lz) = sum_x H(-lx) + sum_z H(-lz) - ||b||^2/(2C), b = sum_x lx x + sum_z (1+lz) G_z,
 * on the box [-1, 0]; min_w P = max g (strong duality), with w = b / C at the optimum.
 */
public final class LogisticDual {

    private final double[][] data;
    private final double[][] generated;
    private final double c;
    private final int dimension;

    public LogisticDual(double[][] data, double[][] generated, double c) {
        if (!(c > 0) || Double.isInfinite(c)) {
            throw new IllegalArgumentException("C must be positive and finite, got " + c);
        }
        if (data.length == 0 || generated.length == 0) {
            throw new IllegalArgumentException("need at least one data point and one generated point, got "
                    + data.length + " and " + generated.length);
        }
        this.dimension = data[0].length;
        checkPoints("data", data, dimension);
        checkPoints("generated", generated, dimension);
        this.data = data;
        this.generated = generated;
        this.c = c;
    }

    public int dimension() {
        return dimension;
    }

    /** Numerically stable log(1 + e^t). */
    public static double softplus(double t) {
        return Math.max(t, 0) + Math.log1p(Math.exp(-Math.abs(t)));
    }

    /** Numerically stable 1 / (1 + e^{-t}). */
    public static double sigmoid(double t) {
        return t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t));
    }

    /** P(w), the regularized logistic loss. */
    public double primal(double[] w) {
        checkLength("w", w);
        double p = c / 2 * dot(w, w);
        for (double[] x : data) {
            p += softplus(dot(w, x));
        }
        for (double[] g : generated) {
            double t = dot(w, g);
            p += softplus(t) - t;
        }
        return p;
    }

    /** Gradient of P: sum_x s(w.x) x + sum_z (s(w.G) - 1) G + C w, s = sigmoid. */
    public double[] primalGradient(double[] w) {
        checkLength("w", w);
        double[] grad = scaled(w, c);
        for (double[] x : data) {
            addScaled(grad, x, sigmoid(dot(w, x)));
        }
        for (double[] g : generated) {
            addScaled(grad, g, sigmoid(dot(w, g)) - 1);
        }
        return grad;
    }

    /** Hessian of P: sum_i s'(w.a_i) a_i a_i^T + C I, s' = s (1 - s); every eigenvalue is >= C. */
    public double[][] primalHessian(double[] w) {
        checkLength("w", w);
        double[][] h = new double[dimension][dimension];
        for (int i = 0; i < dimension; i++) {
            h[i][i] = c;
        }
        for (double[][] points : new double[][][] {data, generated}) {
            for (double[] a : points) {
                double s = sigmoid(dot(w, a));
                double weight = s * (1 - s);
                for (int i = 0; i < dimension; i++) {
                    for (int j = 0; j < dimension; j++) {
                        h[i][j] += weight * a[i] * a[j];
                    }
                }
            }
        }
        return h;
    }

    /** b = sum_x lx x + sum_z (1 + lz) G_z. */
    public double[] b(double[] lambdaData, double[] lambdaGenerated) {
        checkBox("lambdaData", lambdaData, data.length);
        checkBox("lambdaGenerated", lambdaGenerated, generated.length);
        double[] b = new double[dimension];
        for (int i = 0; i < data.length; i++) {
            addScaled(b, data[i], lambdaData[i]);
        }
        for (int k = 0; k < generated.length; k++) {
            addScaled(b, generated[k], 1 + lambdaGenerated[k]);
        }
        return b;
    }

    /** g(lx, lz) = sum H(-lambda) - ||b||^2 / (2C), defined on the box [-1, 0]. */
    public double dual(double[] lambdaData, double[] lambdaGenerated) {
        double[] b = b(lambdaData, lambdaGenerated);
        double g = -dot(b, b) / (2 * c);
        for (double l : lambdaData) {
            g += Information.binaryEntropy(-l);
        }
        for (double l : lambdaGenerated) {
            g += Information.binaryEntropy(-l);
        }
        return g;
    }

    /** The primal point of a dual point: w = b / C. */
    public double[] weights(double[] lambdaData, double[] lambdaGenerated) {
        return scaled(b(lambdaData, lambdaGenerated), 1 / c);
    }

    /** min_xi lambda xi + log(1 + e^xi) = H(-lambda) for lambda in [-1, 0] (minus infinity outside). */
    public static double softplusConjugate(double lambda) {
        if (!(lambda >= -1 && lambda <= 0)) {
            return Double.NEGATIVE_INFINITY;
        }
        return Information.binaryEntropy(-lambda);
    }

    /** min_w C/2 ||w||^2 - w.b = -||b||^2 / (2C), attained at w = b / C. */
    public static double quadraticConjugate(double[] b, double c) {
        Checks.positive("C", c);
        return -dot(b, b) / (2 * c);
    }

    /** A dual optimum and its value. */
    public record DualSolution(double[] lambdaData, double[] lambdaGenerated, double value, int sweeps) {}

    /**
     * Maximizes g over the box by exact cyclic coordinate ascent. g is strictly concave and its
     * maximizer is interior (dg/dl -> +-inf at the faces), so each coordinate's maximizer is the
     * root of dg/dl_i = logit(-l_i) - b.a_i / C, found by bisection on p = -l_i in (0, 1). Stops
     * when a sweep moves no coordinate by more than {@code tolerance}.
     */
    public DualSolution solveDual(double tolerance, int maxSweeps) {
        double[] lx = new double[data.length];
        double[] lz = new double[generated.length];
        java.util.Arrays.fill(lx, -0.5);
        java.util.Arrays.fill(lz, -0.5);
        double[] b = b(lx, lz);
        int sweep = 0;
        double moved = Double.POSITIVE_INFINITY;
        while (sweep < maxSweeps && moved > tolerance) {
            moved = 0;
            for (int i = 0; i < lx.length; i++) {
                moved = Math.max(moved, updateCoordinate(lx, i, data[i], b));
            }
            for (int k = 0; k < lz.length; k++) {
                moved = Math.max(moved, updateCoordinate(lz, k, generated[k], b));
            }
            sweep++;
        }
        return new DualSolution(lx, lz, dual(lx, lz), sweep);
    }

    // maximize g in lambda[i] alone; b = rest + lambda[i] a for data and generated points alike
    private double updateCoordinate(double[] lambda, int i, double[] a, double[] b) {
        double old = lambda[i];
        addScaled(b, a, -old);
        double restDotA = dot(b, a) / c;
        double aa = dot(a, a) / c;
        // with p = -lambda_i: dg/dlambda_i = logit(p) - restDotA + p aa, increasing in p
        double lo = 0;
        double hi = 1;
        for (int it = 0; it < 64; it++) {
            double p = (lo + hi) / 2;
            if (Math.log(p / (1 - p)) - restDotA + p * aa > 0) {
                hi = p;
            } else {
                lo = p;
            }
        }
        lambda[i] = -(lo + hi) / 2;
        addScaled(b, a, lambda[i]);
        return Math.abs(lambda[i] - old);
    }

    /** Minimizes P by Newton's method with backtracking (an independent check of the dual). */
    public double[] minimizePrimal(double tolerance, int maxIterations) {
        double[] w = new double[dimension];
        for (int it = 0; it < maxIterations; it++) {
            double[] grad = primalGradient(w);
            if (Math.sqrt(dot(grad, grad)) < tolerance) {
                break;
            }
            double[] step = LinearSystems.solve(primalHessian(w), grad);
            double t = 1;
            double current = primal(w);
            double[] next = w;
            for (int k = 0; k < 60; k++) {
                next = w.clone();
                addScaled(next, step, -t);
                if (primal(next) <= current - 1e-4 * t * dot(grad, step)) {
                    break;
                }
                t /= 2;
            }
            w = next;
        }
        return w;
    }


    private static double[] scaled(double[] v, double k) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = k * v[i];
        }
        return out;
    }

    private static void addScaled(double[] target, double[] v, double k) {
        for (int i = 0; i < v.length; i++) {
            target[i] += k * v[i];
        }
    }

    private void checkLength(String name, double[] v) {
        if (v.length != dimension) {
            throw new IllegalArgumentException(name + " has " + v.length + " entries, expected the dimension "
                    + dimension);
        }
    }

    private static void checkBox(String name, double[] lambda, int expected) {
        if (lambda.length != expected) {
            throw new IllegalArgumentException(name + " has " + lambda.length + " entries, expected " + expected);
        }
        for (int i = 0; i < lambda.length; i++) {
            if (!(lambda[i] >= -1 && lambda[i] <= 0)) {
                throw new IllegalArgumentException(name + "[" + i + "] = " + lambda[i] + " is outside the box [-1, 0]");
            }
        }
    }

    private static void checkPoints(String name, double[][] points, int dimension) {
        for (int i = 0; i < points.length; i++) {
            if (points[i].length != dimension) {
                throw new IllegalArgumentException(name + "[" + i + "] has " + points[i].length
                        + " coordinates, expected " + dimension);
            }
            for (double v : points[i]) {
                Checks.finite(name + "[" + i + "]", v);
            }
        }
    }
}
