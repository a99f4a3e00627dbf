package genlab.nn;

import genlab.LearningRateSchedule;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LearningRateScheduleTest {

    @Test
    void cosineAnnealsFromTheFullRateToZero() {
        LearningRateSchedule cosine = LearningRateSchedule.COSINE;
        assertThat(cosine.factor(0, 3000)).isEqualTo(1.0);
        assertThat(cosine.factor(1500, 3000)).isCloseTo(0.5, within(1e-15));
        assertThat(cosine.factor(750, 3000)).isCloseTo((1 + Math.sqrt(0.5)) / 2, within(1e-15));
        // the last step still moves, by (1 - cos(pi / T)) / 2 = pi^2 / (4 T^2) to first order
        assertThat(cosine.factor(2999, 3000)).isCloseTo(Math.PI * Math.PI / (4.0 * 3000 * 3000), within(1e-12));
        for (long t = 1; t < 3000; t++) {
            assertThat(cosine.factor(t, 3000)).isLessThan(cosine.factor(t - 1, 3000));
        }
    }

    @Test
    void constantKeepsTheRate() {
        assertThat(LearningRateSchedule.CONSTANT.factor(0, 10)).isEqualTo(1.0);
        assertThat(LearningRateSchedule.CONSTANT.factor(9, 10)).isEqualTo(1.0);
    }
}
