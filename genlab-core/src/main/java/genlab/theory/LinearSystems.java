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
     * row i holds l_ij for j = 0..i. a is not modified. A pivot that is not positive is an error.
     *
     * <p>Right-looking by panels of {@value #PANEL} columns. A panel's columns are factored in a
     * contiguous copy; then their products leave the trailing triangle row by row, each row staying
     * in cache for the whole panel, in loops over contiguous memory that the JIT vectorizes. Each
     * entry still loses its terms l_ik l_jk in the order of k, so L has the same bits as the
     * dot-product form l_ij = (a_ij - sum_k l_ik l_jk) / l_jj.
     */
    static double[][] cholesky(double[][] a) {
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
            for (int i = from; i < to; i++) {
                panelRow(l[i], from, panel);
                double pivot = l[i][i];
                if (!(pivot > 0)) {
                    throw new ArithmeticException("matrix is not positive definite (pivot " + i + " is " + pivot + ")");
                }
                l[i][i] = Math.sqrt(pivot);
                for (int k = from; k <= i; k++) {
                    panel[k - from][i] = l[i][k];
                }
            }
            // below the panel's diagonal block: first the panel's columns, then each row's trailing part
            panelColumns(l, from, to, panel);
            for (int i = to; i < n; i++) {
                trailingRow(l[i], from, to, panel);
            }
        }
        return l;
    }

    // columns of L per panel; 32 x n doubles stay in the second-level cache up to n = 1024
    private static final int PANEL = 32;

    // row i's entries in the panel's columns, for a row of the panel's diagonal block: divide by
    // the pivot, then subtract the product with each later column, down to row i's own pivot
    private static void panelRow(double[] li, int from, double[][] panel) {
        int i = li.length - 1;
        for (int k = from; k < i; k++) {
            li[k] /= panel[k - from][k];
            double lik = li[k];
            double[] column = panel[k - from];
            for (int j = k + 1; j < i; j++) {
                li[j] -= lik * column[j];
            }
            li[i] -= lik * lik;
        }
    }

    // the same for the rows below the diagonal block, column by column: each column of the panel
    // is divided by its pivot, then leaves the later ones, in loops over contiguous rows
    private static void panelColumns(double[][] l, int from, int to, double[][] panel) {
        int lo = to;
        int hi = l.length;
        for (int i = lo; i < hi; i++) {
            for (int k = from; k < to; k++) {
                panel[k - from][i] = l[i][k];
            }
        }
        for (int k = from; k < to; k++) {
            double[] column = panel[k - from];
            double pivot = column[k];
            for (int i = lo; i < hi; i++) {
                column[i] /= pivot;
            }
            for (int j = k + 1; j < to; j++) {
                double ljk = panel[k - from][j];
                double[] later = panel[j - from];
                for (int i = lo; i < hi; i++) {
                    later[i] -= column[i] * ljk;
                }
            }
        }
        for (int i = lo; i < hi; i++) {
            for (int k = from; k < to; k++) {
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
