package genlab;

import org.assertj.core.data.Offset;
import static org.assertj.core.api.Assertions.within;

/**
 * How far two float32 evaluations of one quantity may differ when a kernel sums its products in
 * another order: a batched pass against a one-row pass picks other vector widths and blockings by
 * processor (AVX2 and AVX-512 machines differ), so equal values are promised only for the same
 * shapes on the same machine.
 */
public final class Float32 {

    /** float32's unit roundoff, 2^-24. */
    public static final double UNIT_ROUNDOFF = 0x1p-24;

    private Float32() {}

    /**
     * The offset allowed for a value built from sums of at most {@code terms} products whose absolute
     * values add up to at most {@code magnitude}: two orders of summation each err by at most
     * terms * u * magnitude (Higham, Accuracy and Stability, 3.1), so they differ by at most twice that.
     */
    public static Offset<Float> reordered(int terms, double magnitude) {
        return within((float) (2 * terms * UNIT_ROUNDOFF * magnitude));
    }
}
