package genlab.theory;

import java.util.Arrays;

/** Solves small dense linear systems: Gaussian elimination with partial pivoting, or Cholesky for SPD matrices. */
final class LinearSystems {

    private LinearSystems() {}

    /** x with a x = y; a and y are not modified. */
    static double[] solve(double[][] a, double[] y) {
        int n = y.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = y[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            for (int r = col + 1; r < n; r++) {
                double f = m[r][col] / m[col][col];
                for (int k = col; k <= n; k++) {
                    m[r][k] -= f * m[col][k];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = m[i][n];
            for (int k = i + 1; k < n; k++) {
                s -= m[i][k] * x[k];
            }
            x[i] = s / m[i][i];
        }
        return x;
    }

    /**
     * x with a x = y for a symmetric positive definite a, by its {@link #cholesky} factor: L z = y,
     * then L^T x = z. a and y are not modified.
     */
    static double[] solveSpd(double[][] a, double[] y) {
        int n = y.length;
        double[][] l = cholesky(a);
        double[] x = y.clone();
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < i; k++) {
                x[i] -= l[i][k] * x[k];
            }
            x[i] /= l[i][i];
        }
        for (int i = n - 1; i >= 0; i--) {
            for (int k = i + 1; k < n; k++) {
                x[i] -= l[k][i] * x[k];
            }
            x[i] /= l[i][i];
        }
        return x;
    }

    /**
     * L with a = L L^T for a symmetric positive definite a (about n^3 / 6 multiply-adds), as rows:
     * row i holds l_i0..l_ii. a is not modified. A pivot that is not positive is an error.
     *
     * <p>Right-looking: once column k of L is known, its outer product leaves the trailing triangle
     * row by row, a loop over contiguous memory that the JIT vectorizes. Each entry still loses its
     * terms l_ik l_jk in the order of k, so L has the same bits as the dot-product form
     * l_ij = (a_ij - sum_k l_ik l_jk) / l_jj.
     */
    static double[][] cholesky(double[][] a) {
        int n = a.length;
        // the lower triangle becomes L in place
        double[][] l = new double[n][];
        for (int i = 0; i < n; i++) {
            l[i] = Arrays.copyOf(a[i], i + 1);
        }
        double[] column = new double[n];
        for (int k = 0; k < n; k++) {
            double pivot = l[k][k];
            if (!(pivot > 0)) {
                throw new ArithmeticException("matrix is not positive definite (pivot " + k + " is " + pivot + ")");
            }
            double lkk = Math.sqrt(pivot);
            l[k][k] = lkk;
            for (int i = k + 1; i < n; i++) {
                l[i][k] /= lkk;
                column[i] = l[i][k];
            }
            for (int i = k + 1; i < n; i++) {
                double lik = column[i];
                double[] li = l[i];
                for (int j = k + 1; j <= i; j++) {
                    li[j] -= lik * column[j];
                }
            }
        }
        return l;
    }
}
