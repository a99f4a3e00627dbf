package genlab.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import genlab.data.GaussianMixture2d;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ModeCoverageTest {

    private final GaussianMixture2d ring = GaussianMixture2d.ring8();

    @Test
    void dataFromTheMixtureCoversEveryModeUniformly() {
        float[] points = new float[2 * 8000];
        ring.sample(new Random(1), points, 8000);
        ModeCoverage c = ModeCoverage.of(points, 8000, ring);
        assertThat(c.covered()).isEqualTo(8);
        // P(chi2_2 <= 9) = 1 - exp(-4.5) = 98.9%
        assertThat(c.highQualityPercent()).isCloseTo(98.9, within(0.5));
        assertThat(c.klToUniform()).isLessThan(0.01);
        assertThat(c.summary()).startsWith("modes covered: 8/8 · high-quality: 9");
    }

    @Test
    void allPointsOnOneModeCoverOneWithKlLog8() {
        float[] points = new float[2 * 100];
        for (int i = 0; i < 100; i++) {
            points[2 * i] = 2f;
            points[2 * i + 1] = 0.01f;
        }
        ModeCoverage c = ModeCoverage.of(points, 100, ring);
        assertThat(c.covered()).isEqualTo(1);
        assertThat(c.highQuality()).isEqualTo(100);
        assertThat(c.countsPerMode()[0]).isEqualTo(100);
        assertThat(c.klToUniform()).isCloseTo(Math.log(8), within(1e-12));
    }

    @Test
    void farOffPointsAreNotHighQuality() {
        float[] points = {0f, 0f, 2f, 0.07f, 10f, 10f};
        ModeCoverage c = ModeCoverage.of(points, 3, ring);
        assertThat(c.highQuality()).isZero();
        assertThat(c.covered()).isZero();
        assertThat(c.klToUniform()).isNaN();
    }
}
