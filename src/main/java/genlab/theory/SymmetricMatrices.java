package genlab.theory;

/** Eigenvalues of small symmetric matrices by the cyclic Jacobi method (plain Java). */
public final class SymmetricMatrices {

    private static final int MAX_SWEEPS = 100;

    private SymmetricMatrices() {}

    /** All eigenvalues of the symmetric matrix a (not modified), in no particular order. */
    public static double[] eigenvalues(double[][] a) {
        int n = a.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            if (a[i].length != n) {
                throw new IllegalArgumentException("a must be square, row " + i + " has " + a[i].length + " entries");
            }
            m[i] = a[i].clone();
        }
        for (int sweep = 0; sweep < MAX_SWEEPS && offDiagonalNorm(m) > 1e-22; sweep++) {
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    rotate(m, p, q);
                }
            }
        }
        double[] eig = new double[n];
        for (int i = 0; i < n; i++) {
            eig[i] = m[i][i];
        }
        return eig;
    }

    // zero m[p][q] by a Jacobi rotation: tan(2 theta) = 2 m_pq / (m_qq - m_pp)
    private static void rotate(double[][] m, int p, int q) {
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
        for (int k = 0; k < m.length; k++) {
            double mkp = m[k][p];
            double mkq = m[k][q];
            m[k][p] = c * mkp - s * mkq;
            m[k][q] = s * mkp + c * mkq;
        }
        for (int k = 0; k < m.length; k++) {
            double mpk = m[p][k];
            double mqk = m[q][k];
            m[p][k] = c * mpk - s * mqk;
            m[q][k] = s * mpk + c * mqk;
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
