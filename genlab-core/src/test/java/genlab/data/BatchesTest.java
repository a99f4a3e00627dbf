package genlab.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BatchesTest {

    private static ImageSet ramp(int n, int d) {
        float[] pixels = new float[n * d];
        for (int i = 0; i < n; i++) {
            Arrays.fill(pixels, i * d, (i + 1) * d, i / (float) n);
        }
        return new ImageSet(pixels, new int[n], 1, d);
    }

    @Test
    void anEpochVisitsEveryImageOnceWithARemainderBatch() {
        Batches batches = new Batches(ramp(10, 3), 4, Binarization.NONE, new Random(3));
        assertThat(batches.batchCount()).isEqualTo(3);
        assertThat(batches.size(2)).isEqualTo(2);
        assertThat(firstValues(batches, true)).isNotEqualTo(firstValues(batches, false));
        float[] shuffled = firstValues(batches, true);
        Arrays.sort(shuffled);
        assertThat(shuffled).isEqualTo(firstValues(batches, false));
        assertThat(firstValues(batches, false)).containsExactly(0f, .1f, .2f, .3f, .4f, .5f, .6f, .7f, .8f, .9f);
    }

    /** The first value of every image of one pass, in pass order. */
    private static float[] firstValues(Batches batches, boolean training) {
        batches.startPass(training);
        float[] values = new float[10];
        for (int b = 0; b < batches.batchCount(); b++) {
            float[] buf = batches.batch(b);
            for (int i = 0; i < batches.size(b); i++) {
                values[b * 4 + i] = buf[i * 3];
            }
        }
        return values;
    }

    @Test
    void dynamicBinarizationMatchesThePixelProbabilities() {
        int n = 1;
        int d = 200_000;
        float[] pixels = new float[d];
        Arrays.fill(pixels, 0.3f);
        Batches batches = new Batches(new ImageSet(pixels, new int[n], 1, d), 1, Binarization.DYNAMIC, new Random(5));
        batches.startPass(false);
        float[] x = batches.batch(0);
        double mean = 0;
        for (float v : x) {
            assertThat(v).isIn(0f, 1f);
            mean += v / d;
        }
        // std of the mean = sqrt(0.21 / 2e5) ~ 0.001
        assertThat(mean).isBetween(0.295, 0.305);
        assertThat(pixels[0]).isEqualTo(0.3f);
    }

    @Test
    void staticBinarizationIsFixedBySeed() {
        ImageSet set = ramp(50, 20);
        ImageSet a = Binarization.STATIC.prepare(set, 9);
        ImageSet b = Binarization.STATIC.prepare(set, 9);
        assertThat(a.pixels()).isEqualTo(b.pixels()).isNotEqualTo(set.pixels());
        assertThat(Binarization.NONE.prepare(set, 9)).isSameAs(set);
        // the draws of one pass over all values in order: x = 1 when u < p
        Random rng = new Random(9);
        float[] expected = set.pixels().clone();
        for (int v = 0; v < expected.length; v++) {
            expected[v] = rng.nextFloat() < expected[v] ? 1f : 0f;
        }
        assertThat(a.pixels()).containsExactly(expected);
    }
}
