package genlab.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import genlab.data.Batches;
import genlab.data.Binarization;
import genlab.data.ImageSet;
import genlab.internal.RunSeeds;
import genlab.nn.OptimizerStep;
import genlab.nn.Trainable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrainLoopTest {

    /** Loss = sum of the batch's pixels; NaN from step {@code nanAt} on. */
    private static final class PixelSum implements Trainable {
        private final int nanAt;
        private int steps;

        PixelSum(int nanAt) {
            this.nanAt = nanAt;
        }

        @Override
        public Map<String, Double> trainStep(NDArray x) {
            return ++steps >= nanAt ? Map.of("loss", Double.NaN) : evaluate(x);
        }

        @Override
        public Map<String, Double> evaluate(NDArray x) {
            return Map.of("loss", (double) x.sum().getFloat());
        }

        @Override
        public List<OptimizerStep> optimizers() {
            return List.of();
        }

        @Override
        public Block net() {
            return new SequentialBlock();
        }
    }

    private static Batches ones(int n) {
        float[] pixels = new float[n * 4];
        java.util.Arrays.fill(pixels, 1f);
        return new Batches(new ImageSet(pixels, new int[n], 2, 2), 3, Binarization.NONE, new Random(1));
    }

    @Test
    void reportsPerSampleMeansIncludingTheRemainderBatch() throws Exception {
        List<EpochResult> seen = new ArrayList<>();
        try (NDManager manager = NDManager.newBaseManager()) {
            EpochResult last = new TrainLoop(manager, TrainingListener.SILENT).run(new PixelSum(Integer.MAX_VALUE), ones(10), ones(7),
                    RunSeeds.of(1), 2,
                    seen::add);
            assertThat(seen).hasSize(2).last().isSameAs(last);
            assertThat(last.train().get("loss")).isEqualTo(4.0);
            assertThat(last.test().get("loss")).isEqualTo(4.0);
            assertThat(last.epoch()).isEqualTo(2);
        }
    }

    @Test
    void nonFiniteLossStopsAfterTheLastGoodEpoch() {
        List<EpochResult> seen = new ArrayList<>();
        try (NDManager manager = NDManager.newBaseManager()) {
            // 4 batches per epoch: step 6 is epoch 2, batch 2
            assertThatThrownBy(() -> new TrainLoop(manager, TrainingListener.SILENT).run(new PixelSum(6), ones(10), ones(3),
                    RunSeeds.of(1), 3, seen::add))
                    .isInstanceOf(TrainingDivergedException.class)
                    .hasMessageStartingWith("training diverged: loss = NaN at epoch 2, batch 2");
        }
        assertThat(seen).hasSize(1);
    }
}
