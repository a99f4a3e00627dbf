package genlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A small classifier and a one-epoch VAE on real MNIST, then {@code genlab eval} and
 * {@code genlab report} on them: IWAE numbers, sample scores against the test set's own, and
 * the HTML reports.
 */
class EvalEndToEndTest {

    private static final Pattern NLL = Pattern.compile("K=(\\d+)\\s+test NLL ([0-9.]+) nats/image");

    @TempDir
    static Path dir;

    static Path classifier;
    static Path vae;
    static CliTestSupport.Result classifierEval;
    static CliTestSupport.Result vaeEval;

    @BeforeAll
    static void trainAndEvaluate() {
        String data = SharedData.root().toString();
        classifier = dir.resolve("classifier");
        vae = dir.resolve("vae");
        assertThat(CliTestSupport.run("classifier", "--epochs", "1", "--limit", "6000", "--data", data,
                "--out", classifier.toString()).exitCode()).isZero();
        assertThat(CliTestSupport.run("vae", "--epochs", "1", "--binarize", "dynamic", "--data", data,
                "--out", vae.toString()).exitCode()).isZero();
        classifierEval = CliTestSupport.run("eval", classifier.toString(), "--samples", "2000", "--data", data);
        vaeEval = CliTestSupport.run("eval", vae.toString(), "--k", "100", "--n", "500", "--samples", "2000",
                "--classifier", classifier.toString(), "--data", data);
    }

    @Test
    void theClassifierLearnsAndTheTestSetScoresNearTheCeiling() throws IOException {
        assertThat(classifierEval.exitCode()).as(classifierEval.err()).isZero();
        JsonNode eval = new ObjectMapper().readTree(classifier.resolve("eval.json").toFile());
        // 6,000 images, one epoch: about 93-95% (the full 8-epoch run reaches 99%)
        assertThat(eval.get("test_accuracy").asDouble()).isGreaterThan(0.9);
        assertThat(eval.at("/reference/test_inception_score").asDouble()).isBetween(6.0, 10.0);
        assertThat(eval.at("/reference/train_to_test_frechet_distance").asDouble()).isBetween(0.0, 5.0);
    }

    @Test
    void vaeEvalTightensTheBoundWithKAndScoresSamplesBelowTheTestSet() throws IOException {
        assertThat(vaeEval.exitCode()).as(vaeEval.err()).isZero();
        Matcher m = NLL.matcher(vaeEval.out());
        double[] nll = new double[3];
        int[] ks = new int[3];
        for (int i = 0; i < 3; i++) {
            assertThat(m.find()).as(vaeEval.out()).isTrue();
            ks[i] = Integer.parseInt(m.group(1));
            nll[i] = Double.parseDouble(m.group(2));
        }
        assertThat(ks).containsExactly(1, 50, 100);
        assertThat(nll[0]).isBetween(100.0, 160.0);
        assertThat(nll[1]).isLessThan(nll[0] - 1);
        assertThat(nll[2]).isLessThan(nll[1]);
        JsonNode eval = new ObjectMapper().readTree(vae.resolve("eval.json").toFile());
        assertThat(eval.get("n").asInt()).isEqualTo(500);
        assertThat(eval.get("sample_count").asInt()).isEqualTo(2000);
        double is = eval.at("/samples/inception_score").asDouble();
        double fd = eval.at("/samples/frechet_distance").asDouble();
        assertThat(is).isGreaterThan(1.5).isLessThan(eval.at("/samples/reference/test_inception_score").asDouble());
        assertThat(fd).isGreaterThan(eval.at("/samples/reference/train_to_test_frechet_distance").asDouble());
    }

    @Test
    void reportsShowTheEvaluationAndCompareRuns() throws IOException {
        String html = Files.readString(vae.resolve("report.html"));
        assertThat(html).contains("<h2>Evaluation</h2>", "Test log-likelihood, K = 100 (importance-weighted)",
                "Inception Score of", "loss, the negative ELBO (nats per image)", "Test images (rows 1, 3, 5, 7)")
                .doesNotContain("http://", "https://", "<script");
        Path page = dir.resolve("compare.html");
        CliTestSupport.Result r = CliTestSupport.run("report", vae.toString(), classifier.toString(), "--out",
                page.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(page)).contains("<th>vae</th>", "<th>classifier</th>", "Test accuracy",
                "Accuracy, test", "<h2>Samples</h2>");
    }

    @Test
    void compareOnMnistScoresEveryRunWithTheClassifier() throws IOException {
        Path run = dir.resolve("compare-mnist");
        CliTestSupport.Result r = CliTestSupport.run("compare", "--dataset", "mnist", "--seeds", "1", "--lrs", "2e-4",
                "--epochs", "1", "--limit", "1024", "--samples", "1000", "--classifier", classifier.toString(), "--data",
                SharedData.root().toString(), "--threads", "2", "--out", run.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> rows = Files.readAllLines(run.resolve("runs.csv"));
        assertThat(rows.get(0)).isEqualTo(
                "method,family,lr,seed,steps,is,fd,largest_class,objective_tail_sd,diverged,collapsed,resumed_after_epoch,seconds");
        assertThat(rows).hasSize(3);
        for (String row : rows.subList(1, 3)) {
            String[] cells = row.split(",");
            // 4 generator steps on 1,024 images: the samples are still noise, far from the test set
            assertThat(Integer.parseInt(cells[4])).isEqualTo(4);
            assertThat(Double.parseDouble(cells[5])).isBetween(1.0, 10.0);
            assertThat(Double.parseDouble(cells[6])).isGreaterThan(10.0);
            assertThat(Double.parseDouble(cells[7])).isBetween(10.0, 100.0);
        }
        assertThat(rows.get(1)).startsWith("gan,conv,0.0002,1,4,");
        assertThat(rows.get(2)).startsWith("dualgan,mlp,0.0002,1,4,");
        assertThat(Files.readString(run.resolve("table.md"))).contains("| IS (mean ± sd) | FD (mean ± sd) |",
                "collapsed (IS < 3 or one class > 50%)");
    }

    @Test
    void shardsGiveTheSameNumbersInThisProcessAndOnSpark() throws IOException {
        // a copy, so the other tests read the first evaluation's eval.json
        Path run = dir.resolve("vae-shards");
        Files.createDirectories(run);
        try (var files = Files.list(vae)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, run.resolve(f.getFileName()));
            }
        }
        String[] args = {"eval", run.toString(), "--k", "20", "--n", "300", "--samples", "1500", "--shards", "3",
                "--classifier", classifier.toString(), "--data", SharedData.root().toString(), "--threads", "1"};
        CliTestSupport.Result here = CliTestSupport.run(args);
        assertThat(here.exitCode()).as(here.err()).isZero();
        JsonNode inProcess = withoutSeconds(run.resolve("eval.json"));
        CliTestSupport.Result spark = CliTestSupport.run(CliTestSupport.with(args, "--master", "local[2]"));
        assertThat(spark.exitCode()).as(spark.err()).isZero();
        assertThat(spark.out()).contains("shard 3/3 evaluated");
        assertThat(withoutSeconds(run.resolve("eval.json"))).isEqualTo(inProcess);
        assertThat(inProcess.get("shards").asInt()).isEqualTo(3);
        // three seeds instead of one: other draws, the same quantities
        JsonNode oneShard = new ObjectMapper().readTree(vae.resolve("eval.json").toFile());
        assertThat(inProcess.at("/log_likelihood/1/nll").asDouble())
                .isNotEqualTo(oneShard.at("/log_likelihood/1/nll").asDouble())
                .isCloseTo(oneShard.at("/log_likelihood/1/nll").asDouble(), within(3.0));
        assertThat(inProcess.at("/samples/inception_score").asDouble())
                .isCloseTo(oneShard.at("/samples/inception_score").asDouble(), within(0.3));
        CliTestSupport.assertUserError(CliTestSupport.run("eval", run.toString(), "--n", "2", "--shards", "3"),
                "--shards");
    }

    private static JsonNode withoutSeconds(Path evalJson) throws IOException {
        JsonNode eval = new ObjectMapper().readTree(evalJson.toFile());
        eval.get("log_likelihood").forEach(k -> ((ObjectNode) k).remove("seconds"));
        return eval;
    }

    @Test
    void evalOfAMissingClassifierIsOneLine() {
        CliTestSupport.assertUserError(CliTestSupport.run("eval", vae.toString(), "--k", "2", "--n", "10",
                "--classifier", dir.resolve("nowhere").toString()), "nowhere");
    }
}
