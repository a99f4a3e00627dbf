package genlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every command's --help prints its usage and nothing on stderr (picocli warns there about a bad
 * format string); the GAN's and the Dualing GAN's each describe their own defaults.
 */
class HelpTest {

    static Stream<String> commands() {
        return new CommandLine(new Main()).getSubcommands().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpPrintsTheUsageAndNoWarning(String command) {
        CliTestSupport.Result r = CliTestSupport.run(command, "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Usage: genlab " + command);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void theGanAndTheDualingGanEachDescribeTheirOwnDefaults() {
        String gan = CliTestSupport.run("gan", "--help").out();
        String dual = CliTestSupport.run("dualgan", "--help").out();
        // the four options they share whose defaults differ (help text joined across its wrapped lines)
        String ganText = gan.replaceAll("\\s+", " ");
        String dualText = dual.replaceAll("\\s+", " ");
        assertThat(ganText).contains("Epochs (default 20 for images, 100 for 2-D data).",
                "Examples per batch (default 256).", "default 128 for 2-D data, 256 for images",
                "packing; default 1)").doesNotContain("mlp dual", "512");
        assertThat(dualText).contains("500 for the mlp dual on grid25", "384 for the mlp dual on grid25",
                "default 128 for 2-D data, 512 for images", "3 for the mlp dual on grid25");
    }
}
