package genlab.nn;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;

class UpsamplingTest {

    @Test
    void eachPixelBecomesABlockAndTheBlocksGradientIsSummed() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray x = manager.randomUniform(-1, 1, new Shape(3, 2, 5, 7));
            NDArray weights = manager.randomUniform(-1, 1, new Shape(3, 2, 10, 14));
            x.setRequiresGradient(true);
            NDArray up;
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                up = Upsampling.nearest2x(x);
                collector.backward(up.mul(weights).sum());
            }
            // up[i, j] = x[i / 2, j / 2]; d sum(w up) / dx[i, j] = the sum of w over x[i, j]'s 2 x 2 block
            NDArray blocks = weights.reshape(3, 2, 5, 2, 7, 2).sum(new int[] {3, 5});
            assertThat(up.contentEquals(x.repeat(2, 2).repeat(3, 2))).isTrue();
            assertThat(x.getGradient().sub(blocks).abs().max().getFloat()).isLessThan(1e-6f);
        }
    }
}
