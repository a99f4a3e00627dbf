package genlab.cli;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import genlab.ConfigChecks;
import genlab.GenLabException;
import genlab.data.Binarization;
import genlab.data.DatasetLocator;
import genlab.data.DatasetSpec;
import genlab.data.GaussianMixture2d;
import genlab.data.ImageDatasets;
import genlab.data.ImageSet;
import genlab.eval.Classifier;
import genlab.eval.ClassifierConfig;
import genlab.eval.ClassifierOutputs;
import genlab.eval.FrechetDistance;
import genlab.eval.ModeCoverage;
import genlab.report.RunFolder;
import genlab.report.RunReport;
import genlab.train.Checkpoint;
import genlab.train.SavedModel;
import genlab.vae.ImportanceWeightedBound;
import genlab.vae.Vae;
import genlab.vae.VaeConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code genlab eval RUN}: the numbers papers judge a model by. VAE: the importance-weighted test
 * log-likelihood of --n test images for K = 1 (the ELBO), 50 and --k samples. Image models: the
 * classifier-based Inception Score and Frechet distance of --samples samples, beside the test set's
 * own (the ceiling). 2-D runs: mode coverage of --samples samples. A classifier run: its test accuracy and the ceiling.
 * Prints the numbers and writes them to RUN/eval.json.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate a trained run: IWAE log-likelihood, Inception Score, Frechet distance, coverage.")
public final class EvalCommand implements Callable<Integer> {

    static final String RESULTS = "eval.json";
    private static final int SAMPLE_BATCH = 1000;

    @Parameters(index = "0", paramLabel = "RUN", description = "Run folder of 'genlab vae', 'gan', 'dualgan' or 'classifier'.")
    Path runDir;

    /** Importance samples beyond this are refused: 20 times Burda et al.'s 5,000, about 12 hours on 10,000 images. */
    static final int MAX_K = 100_000;
    /** Samples beyond this are refused: the scores settle long before (papers use 10,000 to 50,000). */
    static final int MAX_SAMPLES = 200_000;

    @Option(names = "--k", description = "Importance samples per test image for the VAE, at most 100000 "
            + "(default ${DEFAULT-VALUE}).")
    int k = 5000;

    @Option(names = "--n", description = "Test images for the log-likelihood (default ${DEFAULT-VALUE}).")
    int n = 10_000;

    @Option(names = "--samples", description = "Model samples to score, or training images for the classifier's "
            + "ceiling, at most 200000 (default ${DEFAULT-VALUE}).")
    int samples = 10_000;

    @Option(names = "--classifier", paramLabel = "DIR",
            description = "Classifier run that scores image samples (default runs/classifier-<dataset>).")
    Path classifierDir;

    @Option(names = "--chunk-rows", description = "Decoder rows evaluated at once, bounds memory (default ${DEFAULT-VALUE}).")
    int chunkRows = 20_000;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder with the dataset's IDX files.")
    Path data;

    @Option(names = "--seed", description = "Seed of the importance samples and model samples (default ${DEFAULT-VALUE}).")
    int seed = 0;

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    public Integer call() throws IOException {
        ConfigChecks.positive("k", k);
        ConfigChecks.positive("n", n);
        ConfigChecks.positive("samples", samples);
        ConfigChecks.positive("chunkRows", chunkRows);
        ConfigChecks.atMost("k", k, MAX_K, "the cost grows linearly in K: K = 5000 on 10000 images took 37 min on one thread");
        ConfigChecks.atMost("samples", samples, MAX_SAMPLES, "the scores settle long before");
        RunFolder run = RunFolder.open(runDir);
        // every input is checked before the slow work starts
        Optional<Scorer> scorer = scorer(run);
        engine.start(seed);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("n", n);
        results.put("sample_count", samples);
        results.put("seed", seed);
        try (NDManager manager = NDManager.newBaseManager()) {
            if (ClassifierConfig.MODEL.equals(SavedModel.kind(run))) {
                ClassifierConfig config = run.readConfig(ClassifierConfig.class);
                ImageDatasets.Splits splits = splits(config.dataset());
                Classifier classifier = loadClassifier(run, config, manager);
                ClassifierOutputs test = testOutputs(classifier, manager, splits);
                double accuracy = test.accuracy(splits.test().labels());
                results.put("test_accuracy", accuracy);
                System.out.printf(Locale.ROOT, "test accuracy: %.2f%%%n", 100 * accuracy);
                results.put("reference", ceiling(classifier, manager, splits, test));
            } else {
                SavedModel saved = SavedModel.load(run, manager);
                if (saved.mixture().isPresent()) {
                    ModeCoverage coverage = ModeCoverage.of(saved.model().sample(manager, samples).toFloatArray(),
                            samples, saved.mixture().get());
                    System.out.println(coverage.summary());
                    results.put("modes_covered", coverage.covered());
                    results.put("high_quality_percent", coverage.highQualityPercent());
                    results.put("kl_to_uniform", coverage.klToUniform());
                } else {
                    ImageDatasets.Splits splits = splits(saved.dataset());
                    if (saved.model() instanceof Vae vae) {
                        results.put("log_likelihood", logLikelihoods(vae, manager, splits.test()));
                    }
                    results.put("samples", scorer.isEmpty() ? Map.of()
                            : sampleScores(saved, scorer.get(), manager, splits));
                }
            }
        }
        run.writeJson(RESULTS, results);
        RunReport.write(run);
        System.out.println("wrote " + run.file(RESULTS) + " and " + run.file(RunReport.FILE));
        return 0;
    }

    private ImageDatasets.Splits splits(String dataset) {
        return ImageDatasets.load(DatasetSpec.byId(dataset), DatasetLocator.standard(Optional.ofNullable(data)));
    }

    /** Mean and standard error over test images of the IWAE estimate, for K = 1, 50 and --k (up to --k). */
    private Map<String, Object> logLikelihoods(Vae vae, NDManager manager, ImageSet test) {
        VaeConfig config = vae.config();
        // binarized runs are scored on one fixed binarization of the test set (the run's static one)
        ImageSet images = config.binarize() == Binarization.NONE ? test
                : Binarization.STATIC.prepare(test, config.seed() + 1L);
        int count = Math.min(n, images.count());
        int d = images.dimension();
        float[] pixels = Arrays.copyOf(images.pixels(), count * d);
        ImportanceWeightedBound bound = new ImportanceWeightedBound(vae, chunkRows);
        Map<String, Object> byK = new LinkedHashMap<>();
        for (int weights : new TreeSet<>(List.of(1, Math.min(50, k), k))) {
            long start = System.nanoTime();
            double[] estimates;
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("IWAE K=" + weights).setInitialMax(count)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(1000).setUnit(" images", 1).build()) {
                estimates = bound.logLikelihoods(manager, pixels, count, d, weights, bar::stepTo);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double mean = Arrays.stream(estimates).average().orElseThrow();
            double variance = Arrays.stream(estimates).map(v -> (v - mean) * (v - mean)).sum() / Math.max(1, count - 1);
            double standardError = Math.sqrt(variance / count);
            System.out.printf(Locale.ROOT, "K=%-5d test NLL %.2f nats/image (standard error %.2f; %d %s test images; "
                    + "%.0f s)%n", weights, -mean, standardError, count,
                    config.binarize() == Binarization.NONE ? "grey-level" : "binarized", seconds);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("nll", -mean);
            entry.put("standard_error", standardError);
            entry.put("seconds", seconds);
            byK.put(Integer.toString(weights), entry);
        }
        return byK;
    }

    /** The classifier run that scores an image model's samples, with its config. */
    private record Scorer(RunFolder run, ClassifierConfig config) {}

    /**
     * The scorer of an image model's samples: --classifier (checked now, named in any error), or
     * the data set's default classifier when there is one; empty for 2-D and classifier runs.
     */
    private Optional<Scorer> scorer(RunFolder run) {
        JsonNode config = run.readJson(RunFolder.CONFIG, JsonNode.class);
        String dataset = config.path("dataset").asText();
        if (ClassifierConfig.MODEL.equals(config.path("model").asText())
                || GaussianMixture2d.byId(dataset).isPresent()) {
            return Optional.empty();
        }
        Path folder = classifierDir != null ? classifierDir : ClassifierCommand.defaultFolder(dataset);
        if (classifierDir == null && !Files.isDirectory(folder)) {
            System.out.println("no classifier at " + folder + ": sample scores skipped (train one with "
                    + "'genlab classifier --dataset " + dataset + "')");
            return Optional.empty();
        }
        try {
            RunFolder classifierRun = RunFolder.open(folder);
            ClassifierConfig classifierConfig = classifierRun.readConfig(ClassifierConfig.class);
            if (!classifierConfig.dataset().equals(dataset)) {
                throw new GenLabException(folder + ": trained on " + classifierConfig.dataset()
                        + ", the run's samples are " + dataset);
            }
            return Optional.of(new Scorer(classifierRun, classifierConfig));
        } catch (GenLabException e) {
            throw classifierDir == null ? e : new GenLabException("--classifier " + e.getMessage());
        }
    }

    /** Inception Score and Frechet distance of --samples samples, next to the test set's own. */
    private Map<String, Object> sampleScores(SavedModel saved, Scorer scorer, NDManager manager,
            ImageDatasets.Splits splits) {
        Path folder = scorer.run().dir();
        Classifier classifier = loadClassifier(scorer.run(), scorer.config(), manager);
        int d = splits.test().dimension();
        float[] images = new float[samples * d];
        for (int first = 0; first < samples; first += SAMPLE_BATCH) {
            int count = Math.min(SAMPLE_BATCH, samples - first);
            try (NDManager scope = manager.newSubManager()) {
                System.arraycopy(saved.model().sample(scope, count).toFloatArray(), 0, images, first * d, count * d);
            }
        }
        ClassifierOutputs generated = ClassifierOutputs.of(classifier, manager, images, samples);
        ClassifierOutputs test = testOutputs(classifier, manager, splits);
        Map<String, Object> reference = ceiling(classifier, manager, splits, test);
        double is = generated.inceptionScore();
        double fd = FrechetDistance.between(generated.featureFit(), test.featureFit());
        System.out.printf(Locale.ROOT, "samples (%d): Inception Score %.2f · Frechet distance to the test set %.2f%n",
                samples, is, fd);
        Map<String, Object> scores = new LinkedHashMap<>();
        scores.put("classifier", folder.toString());
        scores.put("inception_score", is);
        scores.put("frechet_distance", fd);
        scores.put("reference", reference);
        return scores;
    }

    /** The ceiling: the test set's Inception Score, and the distance between train and test features. */
    private Map<String, Object> ceiling(Classifier classifier, NDManager manager, ImageDatasets.Splits splits,
            ClassifierOutputs testOutputs) {
        ImageSet test = splits.test();
        int count = Math.min(samples, splits.train().count());
        ClassifierOutputs trainOutputs = ClassifierOutputs.of(classifier, manager,
                Arrays.copyOf(splits.train().pixels(), count * test.dimension()), count);
        double is = testOutputs.inceptionScore();
        double fd = FrechetDistance.between(trainOutputs.featureFit(), testOutputs.featureFit());
        System.out.printf(Locale.ROOT, "test set (%d): Inception Score %.2f · Frechet distance of %d training images "
                + "to it %.2f%n", test.count(), is, count, fd);
        Map<String, Object> ceiling = new LinkedHashMap<>();
        ceiling.put("test_inception_score", is);
        ceiling.put("train_to_test_frechet_distance", fd);
        return ceiling;
    }

    private static ClassifierOutputs testOutputs(Classifier classifier, NDManager manager, ImageDatasets.Splits splits) {
        return ClassifierOutputs.of(classifier, manager, splits.test().pixels(), splits.test().count());
    }

    private static Classifier loadClassifier(RunFolder run, ClassifierConfig config, NDManager manager) {
        Classifier classifier = new Classifier(manager, config.learningRate());
        Checkpoint.load(classifier.net(), manager, run.file(RunFolder.MODEL));
        return classifier;
    }
}
