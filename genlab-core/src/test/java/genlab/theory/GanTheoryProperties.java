package genlab.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

class GanTheoryProperties {

    private static double[] normal(double[] x, double mean, double sd) {
        double[] p = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double u = (x[i] - mean) / sd;
            p[i] = Math.exp(-u * u / 2) / (sd * Math.sqrt(2 * Math.PI));
        }
        return p;
    }

    @Property(tries = 50)
    void valueAtTheOptimalDiscriminatorIsMinusLog4PlusTwoJsd(@ForAll @DoubleRange(min = -3, max = 3) double mean,
            @ForAll @DoubleRange(min = 0.3, max = 3) double sd) {
        // wide enough that the tails beyond the grid (9 sd at worst) do not touch the 1e-9 tolerance
        double[] x = Quadrature.grid(-30, 30, 12001);
        double dx = x[1] - x[0];
        double[] data = normal(x, 0, 1);
        double[] gen = normal(x, mean, sd);
        double v = OptimalDiscriminator.valueOnGrid(data, gen, dx);
        assertThat(v).isCloseTo(OptimalDiscriminator.valueFromJsd(data, gen, dx), within(1e-9));
        assertThat(v).isBetween(-Math.log(4) - 1e-6, 1e-9);
    }

    @Property
    void optimalDiscriminatorIsTheDataShare(@ForAll @DoubleRange(min = 0, max = 5) double pData,
            @ForAll @DoubleRange(min = 0, max = 5) double pG) {
        double d = OptimalDiscriminator.at(pData, pG);
        assertThat(d).isBetween(0.0, 1.0);
        assertThat(OptimalDiscriminator.at(pData, pData)).isEqualTo(0.5);
        if (pData + pG > 0) {
            assertThat(d * (pData + pG)).isCloseTo(pData, within(1e-12));
        }
    }
}
