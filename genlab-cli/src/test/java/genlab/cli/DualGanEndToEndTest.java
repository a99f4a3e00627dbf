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

class DualGanEndToEndTest {

    @TempDir
    Path dir;

    private static double[] row(List<String> csv, int line, String... columns) {
        List<String> header = List.of(csv.get(0).split(","));
        String[] cells = csv.get(line).split(",");
        double[] values = new double[columns.length];
        for (int i = 0; i < columns.length; i++) {
            values[i] = Double.parseDouble(cells[header.indexOf(columns[i])]);
        }
        return values;
    }

    @Test
    void linearDualOnRandomFeaturesImprovesCoverageAndTheDualObjective() throws IOException {
        Path run = dir.resolve("ring");
        CliTestSupport.Result r = CliTestSupport.run("dualgan", "--dataset", "ring8", "--discriminator", "linear", "--features", "rff:256:1.0", "--c", "10", "--lr-schedule", "constant",
                "--epochs", "4", "--out", run.toString(), "--threads", "2");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String last = r.out().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(last).matches("final dual: [0-9.]+ · primal: [0-9.]+ · gap: [-0-9.e+]+ nats per data point "
                + "\\(D\\(x\\) [0-9.]+, D\\(G\\(z\\)\\) [0-9.]+\\) · modes covered: \\d/8 · high-quality: [0-9.]+%");
        List<String> csv = Files.readAllLines(run.resolve("metrics.csv"));
        assertThat(csv).hasSize(5);
        double[] first = row(csv, 1, "test_dual", "modes_covered", "train_gap");
        double[] fourth = row(csv, 4, "test_dual", "modes_covered", "train_gap");
        // the generator ascends g: the held-out dual objective rises, and more modes are covered
        assertThat(fourth[0]).isGreaterThan(first[0]);
        assertThat(fourth[1]).isGreaterThan(first[1]);
        // weak duality, and Newton (the default solver) closes the gap
        assertThat(fourth[2]).isBetween(-1e-6, 1e-2);
        // the dual objective per data point is at most 2 log 2 (D = 1/2 everywhere)
        assertThat(fourth[0]).isLessThanOrEqualTo(2 * Math.log(2) + 1e-9);
        assertThat(run.resolve("scatter.png")).isRegularFile();

        Path png = dir.resolve("points.png");
        CliTestSupport.Result s = CliTestSupport.run("sample", run.toString(), "--n", "300", "--out", png.toString());
        assertThat(s.exitCode()).as(s.err()).isZero();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(600);
    }

    @Test
    void theDefaultsOnMnistSolveEveryStepsDualAndWriteADigitGrid() throws IOException {
        Path run = dir.resolve("mnist");
        CliTestSupport.Result r = CliTestSupport.run("dualgan", "--dataset", "mnist", "--epochs", "1", "--limit",
                "2560", "--data", SharedData.root().toString(), "--out", run.toString(), "--threads", "2");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> csv = Files.readAllLines(run.resolve("metrics.csv"));
        double[] epoch = row(csv, 1, "train_dual", "train_primal", "train_gap", "train_gap_step_max");
        assertThat(java.util.Arrays.stream(epoch).allMatch(Double::isFinite)).isTrue();
        // Newton, the default on images, solves each step to 1e-4 nats per point: 2e-4 per data point
        assertThat(epoch[2]).isBetween(-1e-6, 2e-4);
        assertThat(epoch[3]).isBetween(-1e-6, 2e-4);
        assertThat(r.out()).contains("gap per step: median ");
        assertThat(ImageIO.read(run.resolve("samples.png").toFile()).getWidth()).isEqualTo(224);
    }

    @Test
    void theDefaultsOnRing8CoverEveryModeWithEveryStepSolvedAtAThirdOfTheirBudget() throws IOException {
        Path run = dir.resolve("ring8-defaults");
        CliTestSupport.Result r = CliTestSupport.run("dualgan", "--dataset", "ring8", "--epochs", "30", "--out",
                run.toString(), "--threads", "1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> csv = Files.readAllLines(run.resolve("metrics.csv"));
        for (int epoch = 1; epoch <= 30; epoch++) {
            // Newton, the default, solves each step to 1e-4 nats per point: 2e-4 per data point
            assertThat(row(csv, epoch, "train_gap_step_max")[0]).as("epoch " + epoch).isBetween(-1e-6, 2e-4);
        }
        // measured on 1 thread: 8/8 modes, 51.2% high-quality after 30 epochs (100 epochs: 91.9% over 5 seeds)
        double[] last = row(csv, 30, "modes_covered", "high_quality_pct");
        assertThat(last[0]).isEqualTo(8);
        assertThat(last[1]).isGreaterThan(35);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--dataset cifar             | unknown dataset 'cifar', expected one of [mnist, fashion-mnist, ring8, grid25, images:DIR]",
        "--discriminator svm         | Invalid value for option '--discriminator'",
        "--features rff:0:1          | --features must be identity or rff:D:BANDWIDTH",
        "--features poly             | --features must be identity or rff:D:BANDWIDTH",
        "--c 0                       | --c must be a positive finite number, got 0.0",
        "--dual-steps 0              | --dual-steps must be a positive integer, got 0",
        "--batch-size -3             | --batch-size must be a positive integer, got -3",
        "--dataset ring8 --arch conv | --arch conv needs 1x28x28 images, dataset ring8 has 2 values per example",
        "--proximal-metric l1        | --proximal-metric must be euclidean or per-tensor, got 'l1'",
        "--discriminator linear --proximal-metric per-tensor | --proximal-metric per-tensor needs the mlp discriminator",
        "--pack 3                    | --pack 3 does not divide batchSize 256: a batch is split into packs",
        "--pack 0                    | --pack must be a positive integer, got 0",
    })
    void badFlags(String flags, String expected) {
        Path out = dir.resolve("bad");
        CliTestSupport.assertUserError(CliTestSupport.run(("dualgan --out " + out + " " + flags).split("\\s+")), expected);
        assertThat(out).doesNotExist();
    }
}
