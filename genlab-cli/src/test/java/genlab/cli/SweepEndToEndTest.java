package genlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SweepEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void oneRunPerCombinationEachInItsFolderAndTheBaseRunsOwnValuesReproduceIt() throws IOException {
        // the base: a small ring8 GAN, seed 2 and lr 0.001 (the defaults), 2 epochs
        Path base = CliTestSupport.trainSmallGan(dir.resolve("base"), 2);
        Path sweep = dir.resolve("sweep");
        String[] args = {"sweep", base.resolve("config.json").toString(), "--grid", "learningRate=1e-3,1e-2",
            "--grid", "seed=2,3", "--threads", "1", "--out", sweep.toString()};
        CliTestSupport.Result r = CliTestSupport.run(args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> rows = Files.readAllLines(sweep.resolve("runs.csv"));
        assertThat(rows).hasSize(1 + 4);
        assertThat(rows.get(0)).startsWith("learningRate,seed,epoch,train_d_loss,")
                .endsWith(",seconds,diverged,resumed_after_epoch");
        assertThat(rows.subList(1, 5)).extracting(row -> row.split(",")[0] + "," + row.split(",")[1] + ","
                + row.split(",")[2]).containsExactly("0.001,2,2", "0.001,3,2", "0.01,2,2", "0.01,3,2");
        Path cell = sweep.resolve("cells/learningRate=0.001,seed=2");
        for (String file : new String[] {"config.json", "provenance.json", "metrics.csv", "steps.csv", "model.params",
            "checkpoint.bin", "report.html", "row.json"}) {
            assertThat(cell.resolve(file)).as(file).exists();
        }
        // the cell with the base's own values is the base run again, bit for bit
        assertThat(Arrays.equals(Files.readAllBytes(cell.resolve("model.params")),
                Files.readAllBytes(base.resolve("model.params")))).as("model.params of the base and of its cell").isTrue();
        assertThat(r.out()).contains("learningRate=0.01,seed=3: epoch 2 · train_d_loss ");

        // a rerun keeps what finished and trains only what is missing
        long kept = Files.getLastModifiedTime(cell.resolve("model.params")).toMillis();
        Path lost = sweep.resolve("cells/learningRate=0.01,seed=3");
        Files.delete(lost.resolve("row.json"));
        Files.delete(lost.resolve("checkpoint.bin"));
        CliTestSupport.Result again = CliTestSupport.run(args);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(Files.getLastModifiedTime(cell.resolve("model.params")).toMillis()).isEqualTo(kept);
        assertThat(lost.resolve("row.json")).exists();
        List<String> second = Files.readAllLines(sweep.resolve("runs.csv"));
        // the lost run started over from its config: the same numbers but the time
        assertThat(withoutSeconds(second.get(4))).isEqualTo(withoutSeconds(rows.get(4)));
    }

    private static String withoutSeconds(String row) {
        String[] cells = row.split(",");
        cells[cells.length - 3] = "";
        return String.join(",", cells);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "lr|--grid field 'lr' is not a setting of",
        "learningRate|--grid 'learningRate' is not FIELD=VALUE,VALUE",
        "learningRate=-1|field 'learningRate' must be",
        "model=vae|--grid field 'model' is not a setting of",
        "seed=1,1|--grid field 'seed' lists 1 twice, expected each value once",
        "learningRate=0.001,1e-3|--grid field 'learningRate' lists 0.001 twice",
        "hidden=16.5|field 'hidden': expected an integer, found 16.5",
        "dataset=ring8,bogus|with dataset=bogus: unknown dataset 'bogus'"})
    void aBadGridIsAOneLineUserError(String grid, String expected) throws IOException {
        Path base = CliTestSupport.trainSmallGan(dir.resolve("base"), 1).resolve("config.json");
        String[] args = grid.equals("lr") ? new String[] {"sweep", base.toString(), "--grid", "lr=1", "--out",
            dir.resolve("x").toString()} : new String[] {"sweep", base.toString(), "--grid", grid, "--out",
            dir.resolve("x").toString()};
        CliTestSupport.assertUserError(CliTestSupport.run(args), expected);
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void aSignalStopsASweepWithOneLineThatSaysHowToContinue() throws Exception {
        Path base = CliTestSupport.trainSmallGan(dir.resolve("base"), 1);
        Path sweep = dir.resolve("stopped");
        Path log = dir.resolve("stopped.log");
        // cells of 3,000 batches: still training when the signal comes
        Process p = CliProcess.builder(dir, java.util.Map.of(), log, "sweep", base.resolve("config.json").toString(),
                "--grid", "batchesPerEpoch=3000", "--grid", "seed=2,3", "--threads", "1", "--out", sweep.toString())
                .start();
        assertThat(CliProcess.await(p, log, "run folder: ")).as("the sweep started").isTrue();
        Thread.sleep(3000);
        new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).inheritIO().start().waitFor();
        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(log, java.nio.charset.StandardCharsets.UTF_8);
        List<String> lines = output.strip().lines().toList();
        assertThat(lines.get(lines.size() - 1)).isEqualTo("genlab: stopped; the finished runs in " + sweep
                + " are kept: rerun the same command to continue");
        assertThat(output).doesNotContain("SparkContext").doesNotContain("Exception").doesNotContain("\tat ");
    }
}
