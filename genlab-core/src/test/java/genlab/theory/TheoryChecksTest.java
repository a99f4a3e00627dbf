package genlab.theory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TheoryChecksTest {

    @Test
    void everyRowPassesAndTheRequiredRowsArePresent() {
        List<IdentityCheck> rows = new TheoryChecks(1, 200_000).all();
        assertThat(rows).allSatisfy(r -> assertThat(r.ok()).as(r.toString()).isTrue());
        assertThat(rows).extracting(IdentityCheck::id).containsExactly("kl-nonnegative", "kl-self", "kl-asymmetric",
                "kl-gauss-equal-var", "kl-diag-prior", "elbo-bound", "elbo-optimal", "posterior-bayes", "dstar-half",
                "value-jsd", "primal-convex", "conj-softplus", "conj-quadratic", "strong-duality-C0.1",
                "strong-duality-C1.0", "strong-duality-C10.0");
    }

    @Test
    void aWrongClosedFormWouldFailItsMonteCarloRow() {
        // the MC row's tolerance is 5 standard errors: a 1% error in the closed form is far outside it
        IdentityCheck row = new TheoryChecks(3, 1_000_000).gaussianKlEqualVariance();
        assertThat(row.difference()).isLessThan(0.01 * row.closedForm());
    }
}
