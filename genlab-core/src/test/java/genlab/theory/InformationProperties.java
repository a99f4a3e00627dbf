package genlab.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

class InformationProperties {

    @Provide
    Arbitrary<double[]> distributions() {
        return Distributions.of(6, false);
    }

    @Provide
    Arbitrary<double[]> sparse() {
        return Distributions.of(6, true);
    }

    @Property
    void klIsNonNegativeAndZeroOnlyForEqualArguments(@ForAll("sparse") double[] p, @ForAll("distributions") double[] q) {
        double kl = Information.kl(p, q);
        assertThat(kl).isGreaterThanOrEqualTo(0);
        assertThat(Information.kl(p, p)).isZero();
        if (kl == 0) {
            assertThat(p).containsExactly(q, within(1e-6));
        }
    }

    @Property
    void crossEntropyIsEntropyPlusKl(@ForAll("sparse") double[] p, @ForAll("distributions") double[] q) {
        assertThat(Information.crossEntropy(p, q)).isCloseTo(Information.entropy(p) + Information.kl(p, q), within(1e-9));
    }

    @Property
    void jsdIsSymmetricAndBounded(@ForAll("sparse") double[] p, @ForAll("sparse") double[] q) {
        double jsd = Information.jsd(p, q);
        assertThat(jsd).isEqualTo(Information.jsd(q, p)).isBetween(0.0, Math.log(2));
        assertThat(Information.jsd(p, p)).isCloseTo(0, within(1e-15));
    }

    @Property
    void binaryEntropyIsTheEntropyOfTheBernoulli(@ForAll @DoubleRange(min = 0, max = 1) double p) {
        assertThat(Information.binaryEntropy(p)).isCloseTo(Information.entropy(new double[] {p, 1 - p}), within(1e-12))
                .isBetween(0.0, Math.log(2) + 1e-15);
    }

    @Example
    void edgeCases() {
        assertThat(Information.kl(new double[] {0, 1}, new double[] {0.5, 0.5})).isCloseTo(Math.log(2), within(1e-15));
        assertThat(Information.kl(new double[] {0.5, 0.5}, new double[] {0, 1})).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Information.jsd(new double[] {1, 0}, new double[] {0, 1})).isCloseTo(Math.log(2), within(1e-15));
        assertThat(Information.binaryEntropy(0)).isZero();
        assertThat(Information.binaryEntropy(1)).isZero();
        assertThat(Information.entropy(new double[] {0.25, 0.25, 0.25, 0.25})).isCloseTo(Math.log(4), within(1e-15));
    }

    @Example
    void gridJsdOfDisjointDensitiesIsLog2() {
        // two unit-mass densities (trapezoid rule, dx = 1) that do not overlap: JSD = log 2
        double[] p = {0, 0.5, 0.5, 0, 0, 0, 0};
        double[] q = {0, 0, 0, 0, 0.5, 0.5, 0};
        assertThat(Information.jsdOnGrid(p, q, 1.0)).isCloseTo(Math.log(2), within(1e-15));
        assertThat(Information.jsdOnGrid(p, p, 1.0)).isZero();
    }

    @Example
    void invalidInputNamesTheArgument() {
        assertThatThrownBy(() -> Information.kl(new double[] {-0.1, 1.1}, new double[] {0.5, 0.5}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("p[0] = -0.1 is not a probability in [0, 1]");
        assertThatThrownBy(() -> Information.kl(new double[] {0.5, 0.5}, new double[] {1}))
                .hasMessage("p and q must have the same length, got 2 and 1");
        assertThatThrownBy(() -> Information.entropy(new double[] {0.5, 0.4}))
                .hasMessageStartingWith("p sums to 0.9, expected 1 within 1.0E-9");
        assertThatThrownBy(() -> Information.binaryEntropy(1.5)).hasMessage("p = 1.5 is not a probability in [0, 1]");
        assertThatThrownBy(() -> GaussianKl.equalVariance(0, 1, 0)).hasMessage("variance must be positive and finite, got 0.0");
    }
}
