package genlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every command's --help prints its usage and nothing on stderr (picocli warns there about a bad format string). */
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
}
