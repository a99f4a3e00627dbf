package genlab.theory;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** jqwik generators of probability vectors. */
final class Distributions {

    private Distributions() {}

    /** Probability vectors of length k, some entries exactly 0 when {@code withZeros}. */
    static Arbitrary<double[]> of(int k, boolean withZeros) {
        Arbitrary<Double> weight = withZeros
                ? Arbitraries.oneOf(Arbitraries.just(0.0), Arbitraries.doubles().between(1e-6, 10).ofScale(8))
                : Arbitraries.doubles().between(1e-6, 10).ofScale(8);
        return weight.list().ofSize(k).map(ws -> {
            double sum = ws.stream().mapToDouble(Double::doubleValue).sum();
            double[] p = new double[k];
            if (sum == 0) {
                p[0] = 1;
                return p;
            }
            for (int i = 0; i < k; i++) {
                p[i] = ws.get(i) / sum;
            }
            return p;
        });
    }
}
