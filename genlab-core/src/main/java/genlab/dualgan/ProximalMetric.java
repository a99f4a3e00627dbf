package genlab.dualgan;

import genlab.ConfigException;
import java.util.Locale;

/**
 * The metric of the non-linear dual's proximal term, chosen with {@code --proximal-metric}: how far
 * a step s of the discriminator's weights costs, C/2 times a squared norm of s.
 */
public enum ProximalMetric {
    /** C/2 ||s||^2: every weight alike; a step is a gradient step of rate 1/C in the raw weights. */
    EUCLIDEAN,
    /**
     * C/2 sum_t c_t ||s_t||^2 over the weight tensors t, with c_t the batch's mean squared
     * per-point gradient norm of tensor t, mean_i ||grad_{w_t} f(a_i)||^2 (1 when all are 0): each
     * tensor's part of the Gram matrix has a mean diagonal of 1, so a layer whose inputs are large
     * does not take the step from its bias (as Adam's per-weight scaling does for the GAN).
     */
    PER_TENSOR;

    /**
     * The per-tensor weight c_t from a tensor's mean squared per-point gradient norm: the mean
     * itself, or 1 when every gradient is 0 (such a tensor adds nothing to the Gram matrix and
     * takes no step, whatever its weight).
     */
    public static double tensorScale(double meanSquaredNorm) {
        return meanSquaredNorm > 0 ? meanSquaredNorm : 1;
    }

    /** The metric named {@code euclidean} or {@code per-tensor}; anything else is a {@link ConfigException}. */
    public static ProximalMetric parse(String text) {
        for (ProximalMetric metric : values()) {
            if (metric.text().equals(text.toLowerCase(Locale.ROOT))) {
                return metric;
            }
        }
        throw new ConfigException("proximalMetric", "must be euclidean or per-tensor, got '" + text + "'");
    }

    /** The metric's name on the command line: {@code euclidean} or {@code per-tensor}. */
    public String text() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
