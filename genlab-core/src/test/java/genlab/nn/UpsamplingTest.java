package genlab.nn;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UpsamplingTest {

    /** (n, c, H, W): unfolded (2 channels of 5 x 7), and the conv generator's two layers, folded 16 and 4 deep. */
    @ParameterizedTest
    @CsvSource({"3, 2, 5, 7", "4, 32, 7, 7", "4, 16, 14, 14"})
    void eachPixelBecomesABlockAndTheBlocksGradientIsSummed(long n, long c, long h, long w) {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray x = manager.randomUniform(-1, 1, new Shape(n, c, h, w));
            NDArray weights = manager.randomUniform(-1, 1, new Shape(n, c, 2 * h, 2 * w));
            x.setRequiresGradient(true);
            NDArray up;
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                up = Upsampling.nearest2x(x);
                collector.backward(up.mul(weights).sum());
            }
            // up[i, j] = x[i / 2, j / 2]; d sum(w up) / dx[i, j] = the sum of w over x[i, j]'s 2 x 2 block
            NDArray blocks = weights.reshape(n, c, h, 2, w, 2).sum(new int[] {3, 5});
            assertThat(up.contentEquals(x.repeat(2, 2).repeat(3, 2))).isTrue();
            assertThat(x.getGradient().sub(blocks).abs().max().getFloat()).isLessThan(1e-6f);
        }
    }

    @Test
    void theFoldedGradientHasTheBitsOfTheUnfoldedOne() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray x = manager.randomUniform(-1, 1, new Shape(8, 16, 14, 14));
            NDArray weights = manager.randomUniform(-1, 1, new Shape(8, 16, 28, 28));
            NDArray folded = gradient(x, weights, Upsampling::nearest2x);
            NDArray plain = gradient(x, weights, a -> a.getNDArrayInternal().interpolation(new long[] {28, 28}, 0,
                    false));
            assertThat(folded.contentEquals(plain)).as("the same bits").isTrue();
        }
    }

    @Test
    void theFoldStacksTheFewestChannelsThatPassLibtorchsThreshold() {
        // 2 (g H + W) > 128 with g | c and c / g >= 2
        assertThat(Upsampling.heightFold(32, 7, 7)).isEqualTo(16);
        assertThat(Upsampling.heightFold(16, 14, 14)).isEqualTo(4);
        assertThat(Upsampling.heightFold(12, 14, 14)).isEqualTo(4);
        assertThat(Upsampling.heightFold(8, 60, 10)).isEqualTo(1);
        // no divisor leaves two groups past the threshold: unfolded
        assertThat(Upsampling.heightFold(1, 7, 7)).isEqualTo(1);
        assertThat(Upsampling.heightFold(4, 7, 7)).isEqualTo(1);
        assertThat(Upsampling.heightFold(7, 14, 14)).isEqualTo(1);
    }

    private static NDArray gradient(NDArray x0, NDArray weights, UnaryOperator<NDArray> upsampling) {
        NDArray x = x0.duplicate();
        x.setRequiresGradient(true);
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            collector.backward(upsampling.apply(x).mul(weights).sum());
        }
        return x.getGradient().duplicate();
    }
}
