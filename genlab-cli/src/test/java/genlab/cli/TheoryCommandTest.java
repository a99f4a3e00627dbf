package genlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class TheoryCommandTest {

    @Test
    void printsEveryRowOkAndExitsZero() {
        CliTestSupport.Result r = CliTestSupport.run("theory", "--samples", "100000");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines().skip(1).filter(l -> l.contains("  ok  "))).hasSize(16);
        assertThat(r.out()).endsWith("16 identities checked, all ok\n").doesNotContain("FAIL");
    }

    @Test
    void jsonHasOneObjectPerRow() throws Exception {
        CliTestSupport.Result r = CliTestSupport.run("theory", "--json", "--samples", "100000", "--seed", "5");
        JsonNode rows = new ObjectMapper().readTree(r.out());
        assertThat(rows.size()).isEqualTo(16);
        assertThat(rows.get(3).get("id").asText()).isEqualTo("kl-gauss-equal-var");
        assertThat(rows.get(3).get("method").asText()).contains("100000 samples, seed 5");
    }

    @Test
    void tooFewSamplesIsAUserError() {
        CliTestSupport.Result r = CliTestSupport.run("theory", "--samples", "1");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("genlab: --samples must be at least 2, got 1");
    }
}
