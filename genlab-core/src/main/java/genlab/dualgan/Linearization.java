package genlab.dualgan;

import ai.djl.ndarray.NDArray;

/**
 * A discriminator around its current weights w_k, on 2n points (n data, then n generated):
 * f(w_k + s, a_i) ~ offsets_i + grad_i . s, with the proximal term C/2 sum_t metric_t ||s_t||^2 over
 * the weight tensors t and the Gram matrix gram_ij = sum_t grad_{t,i} . grad_{t,j} / metric_t.
 *
 * @param offsets the constant part of each score in the dual (all 0 for the exact linear dual)
 * @param scores f(w_k, a_i), the current scores (the dual's warm start lambda_i = -sigmoid(score_i))
 * @param gram inner products of the per-point gradients of the score in w, in the proximal metric
 * @param metric the proximal term's weight c_t per trainable tensor, in the block's order (all 1 for
 *     {@link ProximalMetric#EUCLIDEAN}; empty for the exact linear dual, whose weights take no gradient)
 */
record Linearization(double[] offsets, double[] scores, double[][] gram, double[] metric) {

    /** True when every offset, score and Gram entry is a finite number. */
    public boolean isFinite() {
        if (!allFinite(offsets) || !allFinite(scores)) {
            return false;
        }
        for (double[] row : gram) {
            if (!allFinite(row)) {
                return false;
            }
        }
        return true;
    }

    // a plain loop: a stream over the 2n x 2n Gram matrix took a third of the solver's time
    private static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** Copies engine arrays (offsets and scores of shape (m), gram (m, m)) into doubles. */
    static Linearization of(double[] offsets, NDArray scores, NDArray gram, double[] metric) {
        float[] k = gram.toFloatArray();
        int m = (int) gram.getShape().get(0);
        double[][] rows = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                rows[i][j] = k[i * m + j];
            }
        }
        return new Linearization(offsets, toDoubles(scores), rows, metric);
    }

    static double[] toDoubles(NDArray v) {
        float[] f = v.toFloatArray();
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }
}
