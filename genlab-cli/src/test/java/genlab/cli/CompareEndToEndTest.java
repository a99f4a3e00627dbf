package genlab.cli;

import genlab.sweep.SweepCell;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(Files.readString(run.resolve("report.html"))).contains("<h2>Table</h2>",
                "<tr><td>dualgan</td><td>linear</td>", "<h2>Score against learning rate</h2>");
    }

    @Test
    void eachCellIsExactlyItsCommandBitForBit() throws IOException {
        Path study = dir.resolve("cmp");
        String[] budget = {"--dataset", "ring8", "--epochs", "2", "--batch-size", "64", "--threads", "1"};
        CliTestSupport.Result r = CliTestSupport.run(concat(new String[] {"compare", "--seeds", "1", "--lrs", "1e-3",
            "--families", "mlp", "--out", study.toString()}, budget));
        assertThat(r.exitCode()).as(r.err()).isZero();
        for (String method : new String[] {"gan", "dualgan"}) {
            Path cell = study.resolve("cells/" + method + "-mlp-lr0.001-seed1");
            Path alone = dir.resolve(method);
            CliTestSupport.Result command = CliTestSupport.run(concat(new String[] {method, "--lr", "1e-3", "--seed",
                "1", "--out", alone.toString()}, budget));
            assertThat(command.exitCode()).as(command.err()).isZero();
            assertThat(Files.readString(alone.resolve("config.json"))).as(method + "'s config.json")
                    .isEqualTo(Files.readString(cell.resolve("config.json")));
            assertThat(Arrays.equals(Files.readAllBytes(alone.resolve("model.params")),
                    Files.readAllBytes(cell.resolve("model.params")))).as(method + "'s model.params").isTrue();
            assertThat(Files.readString(alone.resolve("metrics.csv")).replaceAll(",[0-9.]+\\n", "\n"))
                    .isEqualTo(Files.readString(cell.resolve("metrics.csv")).replaceAll(",[0-9.]+\\n", "\n"));
        }
    }

    private static String[] concat(String[] first, String[] second) {
        String[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    @Test
    void rerunningTheSameStudyKeepsFinishedRunsAndRedoesOnlyWhatIsMissing() throws IOException {
        Path run = dir.resolve("cmp");
        String[] study = {"compare", "--dataset", "ring8", "--seeds", "1", "--epochs", "2", "--lrs", "1e-3",
            "--families", "linear", "--batch-size", "64", "--threads", "1", "--out", run.toString()};
        assertThat(CliTestSupport.run(study).exitCode()).isZero();
        List<String> first = Files.readAllLines(run.resolve("runs.csv"));
        Path gan = run.resolve("cells/gan-linear-lr0.001-seed1");
        Path dual = run.resolve("cells/dualgan-linear-lr0.001-seed1");
        assertThat(gan).isDirectoryContaining(p -> p.getFileName().toString().equals("checkpoint.bin"));
        // written once, when the run ended
        assertThat(Files.readString(gan.resolve("report.html"))).contains("<h2>Last epoch (", " per epoch");
        assertThat(Files.readAllLines(gan.resolve("steps.csv"))).hasSize(1 + 200);
        long ganModified = Files.getLastModifiedTime(gan.resolve("model.params")).toMillis();
        // the dual's last checkpoint is on disk but its row is not, as when a task dies between them
        Files.delete(dual.resolve(SweepCell.ROW));

        CliTestSupport.Result again = CliTestSupport.run(study);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("resumed after epoch 2");
        List<String> second = Files.readAllLines(run.resolve("runs.csv"));
        // the GAN's row was read back, not trained again
        assertThat(second.get(1)).isEqualTo(first.get(1));
        assertThat(Files.getLastModifiedTime(gan.resolve("model.params")).toMillis()).isEqualTo(ganModified);
        // the dual's training is on disk: same steps and objective spread; its samples, drawn again from the
        // generator seeded for the epoch after the last, score the same
        String[] before = first.get(2).split(",");
        String[] after = second.get(2).split(",");
        assertThat(Arrays.copyOfRange(after, 0, 8)).isEqualTo(Arrays.copyOfRange(before, 0, 8));
        assertThat(after[10]).isEqualTo("2");

        String[] other = study.clone();
        other[6] = "3";
        CliTestSupport.assertUserError(CliTestSupport.run(other), run + ": holds a compare with epochs 2, this one has 3");
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
        "--master|nowhere://x|--master nowhere://x: Spark could not start",
        "--master|spark://127.0.0.1:1|--master spark://127.0.0.1:1: no Spark master answers at 127.0.0.1:1"})
    void badFlagsAreOneLineUserErrors(String flag, String value, String expected) {
        // the classifier is checked for images only
        String dataset = flag.equals("--classifier") ? "mnist" : "ring8";
        String[] args = flag.equals("--dataset") ? new String[] {"compare", flag, value, "--out", dir.resolve("x").toString()}
                : new String[] {"compare", "--dataset", dataset, flag, value, "--out", dir.resolve("x").toString()};
        CliTestSupport.assertUserError(CliTestSupport.run(args), expected);
        assertThat(dir.resolve("x")).doesNotExist();
    }
}
