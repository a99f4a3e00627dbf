package genlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Out of a terminal, as in a log, a run writes one plain line per epoch and no progress bar. */
class LogOutputTest {

    @TempDir
    Path dir;

    @Test
    void aRunIntoALogWritesOneShortLinePerEpochAndNoProgressBar() {
        CliTestSupport.Result r = CliTestSupport.run("gan", "--dataset", "ring8", "--epochs", "3", "--batches-per-epoch",
                "20", "--threads", "1", "--out", dir.resolve("g").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("batches", "\r");
        List<String> epochs = r.out().lines().filter(line -> line.startsWith("epoch ")).toList();
        assertThat(epochs).hasSize(3);
        assertThat(epochs).allMatch(line -> line.getBytes(StandardCharsets.UTF_8).length <= 200);
        assertThat((r.out() + r.err()).getBytes(StandardCharsets.UTF_8).length).isLessThan(3 * 200 + 600);
    }

    @Test
    void aQuietRunPrintsItsLastLineOnly() {
        CliTestSupport.Result r = CliTestSupport.run("gan", "--dataset", "ring8", "--epochs", "2", "--batches-per-epoch",
                "20", "--threads", "1", "--quiet", "--out", dir.resolve("q").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines().toList()).hasSize(1).allMatch(line -> line.startsWith("final D loss: "));
    }
}
