package genlab.math;

import java.util.Arrays;

/** Solves small dense linear systems: Gaussian elimination with partial pivoting, or Cholesky for SPD matrices. */
public final class LinearSystems {

    private LinearSystems() {}

    /** x with a x = y; a and y are not modified. */
    public static double[] solve(double[][] a, double[] y) {
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
    public static double[] solveSpd(double[][] a, double[] y) {
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
     * row i holds l_ij for j = 0..i. a is not modified. A pivot that is not positive is an error.
     *
     * <p>Right-looking by panels of {@value #PANEL} columns. A panel's columns are factored one by
     * one in a contiguous copy; then their products leave the trailing triangle row by row, each row
     * staying in cache for the whole panel, in loops over contiguous memory that the JIT vectorizes. Each
     * entry still loses its terms l_ik l_jk in the order of k, so L has the same bits as the
     * dot-product form l_ij = (a_ij - sum_k l_ik l_jk) / l_jj.
     */
    public static double[][] cholesky(double[][] a) {
        int n = a.length;
        // the lower triangle becomes L in place
        double[][] l = new double[n][];
        for (int i = 0; i < n; i++) {
            l[i] = Arrays.copyOf(a[i], i + 1);
        }
        // panel[k - from][j] = l_jk: the columns from..to-1 of L, contiguous
        double[][] panel = new double[PANEL][n];
        for (int from = 0; from < n; from += PANEL) {
            int to = Math.min(n, from + PANEL);
            factorPanel(l, from, to, panel);
            for (int i = to; i < n; i++) {
                trailingRow(l[i], from, to, panel);
            }
        }
        return l;
    }

    // columns of L per panel; 32 x n doubles stay in the second-level cache up to n = 1024
    private static final int PANEL = 32;

    // the columns from..to-1 of L, in their contiguous copy: each column's pivot becomes its square
    // root, the column below it is divided by it, and the later columns of the panel lose its
    // products, in loops over contiguous rows
    private static void factorPanel(double[][] l, int from, int to, double[][] panel) {
        int n = l.length;
        for (int i = from; i < n; i++) {
            for (int k = from; k < Math.min(i + 1, to); k++) {
                panel[k - from][i] = l[i][k];
            }
        }
        for (int k = from; k < to; k++) {
            double[] column = panel[k - from];
            double pivot = column[k];
            if (!(pivot > 0)) {
                throw new ArithmeticException("matrix is not positive definite (pivot " + k + " is " + pivot + ")");
            }
            column[k] = Math.sqrt(pivot);
            for (int i = k + 1; i < n; i++) {
                column[i] /= column[k];
            }
            for (int j = k + 1; j < to; j++) {
                double ljk = column[j];
                double[] later = panel[j - from];
                for (int i = j; i < n; i++) {
                    later[i] -= column[i] * ljk;
                }
            }
        }
        for (int i = from; i < n; i++) {
            for (int k = from; k < Math.min(i + 1, to); k++) {
                l[i][k] = panel[k - from][i];
            }
        }
    }

    // row i's entries right of the panel lose the panel's products l_ik l_jk, k in order; four
    // columns per pass, so the row is read and written a quarter as often, each entry still
    // losing its four terms one after another
    private static void trailingRow(double[] li, int from, int to, double[][] panel) {
        int k = from;
        for (; k + 4 <= to; k += 4) {
            double l0 = li[k];
            double l1 = li[k + 1];
            double l2 = li[k + 2];
            double l3 = li[k + 3];
            double[] c0 = panel[k - from];
            double[] c1 = panel[k + 1 - from];
            double[] c2 = panel[k + 2 - from];
            double[] c3 = panel[k + 3 - from];
            for (int j = to; j < li.length; j++) {
                li[j] = li[j] - l0 * c0[j] - l1 * c1[j] - l2 * c2[j] - l3 * c3[j];
            }
        }
        for (; k < to; k++) {
            double lik = li[k];
            double[] column = panel[k - from];
            for (int j = to; j < li.length; j++) {
                li[j] -= lik * column[j];
            }
        }
    }
}
