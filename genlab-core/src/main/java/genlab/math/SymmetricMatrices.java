package genlab.math;

/** Eigen-decomposition and square roots of small symmetric matrices by the cyclic Jacobi method (plain Java). */
public final class SymmetricMatrices {

    /** a = V diag(values) V^T; column j of {@code vectors} is the unit eigenvector of values[j]. */
    public record Eigen(double[] values, double[][] vectors) {}

    private static final int MAX_SWEEPS = 100;
    /** Sweeps stop when the off-diagonal mass is this small relative to the whole matrix. */
    private static final double RELATIVE_TOLERANCE = 1e-26;

    private SymmetricMatrices() {}

    /** All eigenvalues of the symmetric matrix a (not modified), in no particular order. */
    public static double[] eigenvalues(double[][] a) {
        return eigen(a).values();
    }

    /** Eigenvalues and eigenvectors of the symmetric matrix a (not modified). */
    public static Eigen eigen(double[][] a) {
        int n = a.length;
        double[][] m = new double[n][];
        double[][] v = new double[n][n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            if (a[i].length != n) {
                throw new IllegalArgumentException("a must be square, row " + i + " has " + a[i].length + " entries");
            }
            m[i] = a[i].clone();
            v[i][i] = 1;
            for (double x : a[i]) {
                total += x * x;
            }
        }
        double tolerance = Math.max(1e-300, total * RELATIVE_TOLERANCE);
        for (int sweep = 0; sweep < MAX_SWEEPS && offDiagonalNorm(m) > tolerance; sweep++) {
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    rotate(m, v, p, q);
                }
            }
        }
        double[] eig = new double[n];
        for (int i = 0; i < n; i++) {
            eig[i] = m[i][i];
        }
        return new Eigen(eig, v);
    }

    /**
     * The symmetric positive semi-definite square root of a: V diag(sqrt(max(values, 0))) V^T
     * (eigenvalues below zero, rounding errors of a semi-definite a, count as zero).
     */
    public static double[][] sqrt(double[][] a) {
        Eigen e = eigen(a);
        int n = a.length;
        double[][] root = new double[n][n];
        for (int k = 0; k < n; k++) {
            double s = Math.sqrt(Math.max(e.values()[k], 0));
            for (int i = 0; i < n; i++) {
                double vik = e.vectors()[i][k] * s;
                for (int j = 0; j < n; j++) {
                    root[i][j] += vik * e.vectors()[j][k];
                }
            }
        }
        return root;
    }

    // zero m[p][q] by a Jacobi rotation J: tan(2 theta) = 2 m_pq / (m_qq - m_pp); m <- J^T m J, v <- v J
    private static void rotate(double[][] m, double[][] v, int p, int q) {
        if (m[p][q] == 0) {
            return;
        }
        double theta = (m[q][q] - m[p][p]) / (2 * m[p][q]);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        for (double[] row : m) {
            double mkp = row[p];
            double mkq = row[q];
            row[p] = c * mkp - s * mkq;
            row[q] = s * mkp + c * mkq;
        }
        for (int k = 0; k < m.length; k++) {
            double mpk = m[p][k];
            double mqk = m[q][k];
            m[p][k] = c * mpk - s * mqk;
            m[q][k] = s * mpk + c * mqk;
        }
        for (double[] row : v) {
            double vkp = row[p];
            double vkq = row[q];
            row[p] = c * vkp - s * vkq;
            row[q] = s * vkp + c * vkq;
        }
    }

    private static double offDiagonalNorm(double[][] m) {
        double sum = 0;
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                if (i != j) {
                    sum += m[i][j] * m[i][j];
                }
            }
        }
        return sum;
    }
}
