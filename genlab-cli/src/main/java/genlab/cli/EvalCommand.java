package genlab.cli;

import genlab.report.RunReport;
import genlab.spark.SparkRunner;
import genlab.train.RunEvaluation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code genlab eval RUN}: the numbers papers judge a model by ({@link RunEvaluation}): the IWAE
 * log-likelihood of a VAE, Inception Score and Frechet distance of image samples, mode coverage
 * of 2-D samples, a classifier's accuracy. Prints them and writes them to RUN/eval.json.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate a trained run: IWAE log-likelihood, Inception Score, Frechet distance, coverage.")
public final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN", description = "Run folder of 'genlab vae', 'gan', 'dualgan' or 'classifier'.")
    Path runDir;

    @Option(names = "--k", description = "A VAE's importance samples per test image, at most 100000 (default "
            + RunEvaluation.DEFAULT_K + ").")
    Integer k;

    @Option(names = "--n", description = "A VAE's test images for the log-likelihood (default " + RunEvaluation.DEFAULT_N
            + ").")
    Integer n;

    @Option(names = "--samples", description = "Model samples to score, or training images for the classifier's "
            + "ceiling, at most 200000 (default ${DEFAULT-VALUE}).")
    int samples = RunEvaluation.DEFAULT_SAMPLES;

    @Option(names = "--classifier", paramLabel = "DIR",
            description = "Classifier run that scores image samples (default runs/classifier-<dataset>).")
    Path classifierDir;

    @Option(names = "--chunk-rows", description = "Decoder rows evaluated at once, bounds memory (default ${DEFAULT-VALUE}).")
    int chunkRows = RunEvaluation.DEFAULT_CHUNK_ROWS;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder with the dataset's IDX files.")
    Path data;

    @Option(names = "--seed", description = "Seed of the importance samples and model samples (default ${DEFAULT-VALUE}).")
    int seed = 0;

    @Option(names = "--shards", description = "Split the test images and samples into this many shards, each drawn "
            + "with its own seed; the numbers depend on --seed and --shards only, not on --master (default ${DEFAULT-VALUE}: "
            + "one stream).")
    int shards = 1;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master the shards run on: local[N], or "
            + "spark://HOST:PORT for a standalone cluster (default: one after another in this process).")
    String master;

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    public Integer call() throws IOException {
        RunEvaluation.Builder builder = RunEvaluation.builder().optSamples(samples).optChunkRows(chunkRows)
                .optSeed(seed).optData(data).optClassifier(classifierDir).optShards(shards)
                .optSettings(engine.settings());
        Optional.ofNullable(k).ifPresent(builder::optK);
        Optional.ofNullable(n).ifPresent(builder::optN);
        RunEvaluation evaluation = builder.build();
        if (master == null) {
            evaluation.evaluate(runDir);
        } else {
            try (SparkRunner runner = SparkRunner.start(Optional.of(master), engine.threads())) {
                evaluation.evaluate(runDir, runner);
            }
        }
        System.out.println("wrote " + runDir.resolve(RunEvaluation.RESULTS) + " and " + runDir.resolve(RunReport.FILE));
        return 0;
    }
}
