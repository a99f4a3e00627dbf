package genlab.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DiscreteLatentModelProperties {

    @Provide
    Arbitrary<double[]> distributions() {
        return Distributions.of(5, false);
    }

    @Provide
    Arbitrary<double[]> likelihoods() {
        return Arbitraries.doubles().between(1e-4, 1).ofScale(8).array(double[].class).ofSize(5);
    }

    @Property
    void elboIsBelowTheEvidenceAndTheGapIsKlToTheTruePosterior(@ForAll("distributions") double[] prior,
            @ForAll("likelihoods") double[] likelihood, @ForAll("distributions") double[] q) {
        DiscreteLatentModel model = new DiscreteLatentModel(prior, likelihood);
        DiscreteLatentModel.Elbo elbo = model.elbo(q);
        assertThat(elbo.elbo()).isLessThanOrEqualTo(elbo.logEvidence() + 1e-12);
        assertThat(elbo.elbo()).isCloseTo(elbo.expectedLogLikelihood() - elbo.klToPrior(), within(1e-12));
        // log p(x) - ELBO(q) = KL(q || p(z|x))
        assertThat(elbo.gap()).isCloseTo(Information.kl(q, model.optimalPosterior()), within(1e-9));
    }

    @Property
    void optimalPosteriorIsBayesRuleAndAttainsTheEvidence(@ForAll("distributions") double[] prior,
            @ForAll("likelihoods") double[] likelihood) {
        DiscreteLatentModel model = new DiscreteLatentModel(prior, likelihood);
        double[] q = model.optimalPosterior();
        double evidence = 0;
        for (int z = 0; z < 5; z++) {
            evidence += likelihood[z] * prior[z];
        }
        for (int z = 0; z < 5; z++) {
            assertThat(q[z]).isCloseTo(likelihood[z] * prior[z] / evidence, within(1e-12));
        }
        assertThat(model.elbo(q).gap()).isCloseTo(0, within(1e-12));
        assertThat(TheoryChecks.maximizeElboByMirrorAscent(model, 5, 3000)).containsExactly(q, within(1e-8));
    }

    @Example
    void invalidModelsAreRejected() {
        assertThatThrownBy(() -> new DiscreteLatentModel(new double[] {0.5, 0.5}, new double[] {0, 0}))
                .hasMessage("likelihood and prior give p(x) = 0: no z explains x");
        assertThatThrownBy(() -> new DiscreteLatentModel(new double[] {0.5, 0.5}, new double[] {-1, 0.5}))
                .hasMessage("likelihood[0] = -1.0, expected a finite non-negative value");
    }
}
