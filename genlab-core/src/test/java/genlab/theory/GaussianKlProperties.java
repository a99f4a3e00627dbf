package genlab.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

class GaussianKlProperties {

    @Property
    void equalVarianceCaseOfTheGeneralForm(@ForAll @DoubleRange(min = -10, max = 10) double mq,
            @ForAll @DoubleRange(min = -10, max = 10) double mp, @ForAll @DoubleRange(min = 0.01, max = 10) double s2) {
        assertThat(GaussianKl.univariate(mq, s2, mp, s2)).isCloseTo(GaussianKl.equalVariance(mq, mp, s2),
                within(1e-9 * (1 + GaussianKl.equalVariance(mq, mp, s2))));
    }

    @Property
    void univariateKlIsNonNegativeAndZeroIffEqual(@ForAll @DoubleRange(min = -5, max = 5) double mq,
            @ForAll @DoubleRange(min = 0.05, max = 5) double vq, @ForAll @DoubleRange(min = -5, max = 5) double mp,
            @ForAll @DoubleRange(min = 0.05, max = 5) double vp) {
        assertThat(GaussianKl.univariate(mq, vq, mp, vp)).isGreaterThanOrEqualTo(-1e-12);
        assertThat(GaussianKl.univariate(mq, vq, mq, vq)).isCloseTo(0, within(1e-12));
    }

    @Property
    void diagonalToPriorIsTheDiagonalFormAtZeroMeanUnitVariance(@ForAll @DoubleRange(min = -4, max = 4) double m0,
            @ForAll @DoubleRange(min = -4, max = 4) double m1, @ForAll @DoubleRange(min = -6, max = 3) double lv0,
            @ForAll @DoubleRange(min = -6, max = 3) double lv1) {
        double[] mean = {m0, m1};
        double[] logvar = {lv0, lv1};
        double general = GaussianKl.diagonal(mean, new double[] {Math.exp(lv0), Math.exp(lv1)}, new double[2],
                new double[] {1, 1});
        assertThat(GaussianKl.diagonalToStandardNormal(mean, logvar)).isCloseTo(general, within(1e-9 * (1 + general)));
    }
}
