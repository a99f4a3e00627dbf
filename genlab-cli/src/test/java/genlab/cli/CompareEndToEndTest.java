package genlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompareEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void writesOneRowPerRunAndTheAggregatedTableAndPlot() throws IOException {
        Path run = dir.resolve("cmp");
        CliTestSupport.Result r = CliTestSupport.run("compare", "--dataset", "ring8", "--seeds", "2", "--epochs", "1",
                "--lrs", "1e-3,1e-2", "--families", "linear", "--batch-size", "64", "--out", run.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> rows = Files.readAllLines(run.resolve("runs.csv"));
        // 2 methods x 2 learning rates x 2 seeds, each with the full budget of 100 generator steps
        assertThat(rows).hasSize(1 + 8);
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",");
            assertThat(Integer.parseInt(cells[4])).isEqualTo(100);
            assertThat(Integer.parseInt(cells[5])).isBetween(0, 8);
            assertThat(Double.parseDouble(cells[7])).isFinite().isPositive();
        }
        String table = Files.readString(run.resolve("table.md"));
        assertThat(table.lines().filter(l -> l.startsWith("| gan | linear") || l.startsWith("| dualgan | linear")))
                .hasSize(4);
        assertThat(r.out()).contains(table.lines().findFirst().orElseThrow());
        assertThat(ImageIO.read(run.resolve("compare.png").toFile()).getWidth()).isEqualTo(800);
        assertThat(Files.readString(run.resolve("report.html"))).contains("<h2>Table</h2>", "| dualgan | linear",
                "compare.png");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--dataset|cifar|--dataset must be ring8, grid25, mnist or fashion-mnist for a stability study, got 'cifar'",
        "--classifier|nowhere|--classifier scores the samples of a study on mnist, and there is no classifier run at nowhere",
        "--lrs|0,1e-3|--lrs must be positive finite numbers",
        "--seeds|0|--seeds must be a positive integer, got 0",
        "--samples|-5|--samples must be a positive integer, got -5",
        "--features|rff:0:1|--features must be identity or rff:D:BANDWIDTH",
        "--families|linear,cnn|--families",
        "--master|nowhere://x|--master nowhere://x: Spark could not start"})
    void badFlagsAreOneLineUserErrors(String flag, String value, String expected) {
        // the classifier is checked for images only
        String dataset = flag.equals("--classifier") ? "mnist" : "ring8";
        String[] args = flag.equals("--dataset") ? new String[] {"compare", flag, value, "--out", dir.resolve("x").toString()}
                : new String[] {"compare", "--dataset", dataset, flag, value, "--out", dir.resolve("x").toString()};
        CliTestSupport.assertUserError(CliTestSupport.run(args), expected);
        assertThat(dir.resolve("x")).doesNotExist();
    }
}
