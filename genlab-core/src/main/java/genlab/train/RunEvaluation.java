package genlab.train;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import genlab.ConfigChecks;
import genlab.ConfigException;
import genlab.GenLabException;
import genlab.data.Binarization;
import genlab.data.GaussianMixture2d;
import genlab.data.ImageDatasets;
import genlab.data.ImageFolder;
import genlab.data.ImageShape;
import genlab.data.ImageSet;
import genlab.eval.ClassifierConfig;
import genlab.eval.ClassifierOutputs;
import genlab.eval.FrechetDistance;
import genlab.eval.ModeCoverage;
import genlab.report.RunFolder;
import genlab.report.RunReport;
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

/**
 * The numbers papers judge a trained run by, written to the run's {@code eval.json} and report.
 * VAE: the importance-weighted test log-likelihood of n test images for K = 1 (the ELBO), 50 and
 * k (nats per image). Image models: the classifier-based Inception Score and Frechet distance of
 * the samples, beside the test set's own (the ceiling). 2-D runs: mode coverage of the samples.
 * A classifier run: its test accuracy and the ceiling. Each number is also one line to the listener.
 *
 * <pre>{@code
 * Map<String, Object> results = RunEvaluation.builder().optK(5000).build().evaluate(Path.of("runs/vae-mnist"));
 * }</pre>
 */
public final class RunEvaluation {

    /** The results' file in the run folder. */
    public static final String RESULTS = "eval.json";
    /** Importance samples beyond this are refused: 20 times Burda et al.'s 5,000, about 12 hours on 10,000 images. */
    public static final int MAX_K = 100_000;
    /** Samples beyond this are refused: the scores settle long before (papers use 10,000 to 50,000). */
    public static final int MAX_SAMPLES = 200_000;
    /** Defaults: K = 5000 as in Burda et al., the 10,000 test images, 10,000 samples, 20,000 decoder rows at once. */
    public static final int DEFAULT_K = 5000;
    public static final int DEFAULT_N = 10_000;
    public static final int DEFAULT_SAMPLES = 10_000;
    public static final int DEFAULT_CHUNK_ROWS = 20_000;

    private final int k;
    private final int n;
    private final int samples;
    private final int chunkRows;
    private final int seed;
    private final Optional<Path> data;
    private final Optional<Path> classifier;
    private final RunSettings settings;

    private RunEvaluation(Builder b) {
        this.k = b.k;
        this.n = b.n;
        this.samples = b.samples;
        this.chunkRows = b.chunkRows;
        this.seed = b.seed;
        this.data = b.data;
        this.classifier = b.classifier;
        this.settings = b.settings;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Where a data set's classifier run lives unless told otherwise: {@code runs/classifier-<dataset>}. */
    public static Path defaultClassifierFolder(String dataset) {
        return Path.of("runs", "classifier-" + dataset);
    }

    /** Evaluates the run in {@code runDir}, writes eval.json and the report, and returns the results. */
    public Map<String, Object> evaluate(Path runDir) throws IOException {
        RunFolder run = RunFolder.open(runDir);
        // every input is checked before the slow work starts
        Optional<Scorer> scorer = scorer(run);
        settings.startEngine(seed);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("n", n);
        results.put("sample_count", samples);
        results.put("seed", seed);
        try (NDManager manager = NDManager.newBaseManager()) {
            if (ClassifierConfig.MODEL.equals(SavedModel.kind(run))) {
                ClassifierConfig config = run.readConfig(ClassifierConfig.class);
                ImageDatasets.Splits splits = splits(config.dataset(), ImageShape.MNIST);
                SampleScorer classifier = new SampleScorer(run, manager, splits.test());
                double accuracy = classifier.testOutputs().accuracy(splits.test().labels());
                results.put("test_accuracy", accuracy);
                say("test accuracy: %.2f%%", 100 * accuracy);
                results.put("reference", ceiling(classifier, splits));
            } else {
                SavedModel saved = SavedModel.load(run, manager);
                if (saved.mixture().isPresent()) {
                    ModeCoverage coverage = ModeCoverage.of(saved.model().sample(manager, samples).toFloatArray(),
                            samples, saved.mixture().get());
                    settings.listener().message(coverage.summary());
                    results.put("modes_covered", coverage.covered());
                    results.put("high_quality_percent", coverage.highQualityPercent());
                    results.put("kl_to_uniform", coverage.klToUniform());
                } else {
                    ImageDatasets.Splits splits = splits(saved.dataset(), saved.image().orElseThrow());
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
        return results;
    }

    private void say(String format, Object... args) {
        settings.listener().message(String.format(Locale.ROOT, format, args));
    }

    private ImageDatasets.Splits splits(String dataset, ImageShape shape) {
        return ImageDatasets.load(dataset, data, shape);
    }

    /** Mean and standard error over test images of the IWAE estimate, for K = 1, 50 and k (up to k). */
    private Map<String, Object> logLikelihoods(Vae vae, NDManager manager, ImageSet test) {
        VaeConfig config = vae.config();
        // binarized runs are scored on one fixed binarization of the test set (the run's static one)
        ImageSet images = config.binarize() == Binarization.NONE ? test
                : Binarization.STATIC.prepare(test, config.seed() + 1L);
        int count = Math.min(n, images.count());
        int d = images.dimension();
        float[] pixels = images.values(0, count);
        ImportanceWeightedBound bound = new ImportanceWeightedBound(vae, chunkRows);
        Map<String, Object> byK = new LinkedHashMap<>();
        for (int weights : new TreeSet<>(List.of(1, Math.min(50, k), k))) {
            long start = System.nanoTime();
            int[] done = {0};
            settings.listener().passStarted("IWAE K=" + weights, count, "images");
            double[] estimates;
            try {
                estimates = bound.logLikelihoods(manager, pixels, count, d, weights, finished -> {
                    for (; done[0] < finished; done[0]++) {
                        settings.listener().batchDone();
                    }
                });
            } finally {
                settings.listener().passEnded();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double mean = Arrays.stream(estimates).average().orElseThrow();
            double variance = Arrays.stream(estimates).map(v -> (v - mean) * (v - mean)).sum() / Math.max(1, count - 1);
            double standardError = Math.sqrt(variance / count);
            say("K=%-5d test NLL %.2f nats/image (standard error %.2f; %d %s test images; %.0f s)", weights, -mean,
                    standardError, count, config.binarize() == Binarization.NONE ? "grey-level" : "binarized", seconds);
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
     * The scorer of an image model's samples: the classifier given (checked now, named in any
     * error), or the data set's default classifier when there is one; empty for 2-D and classifier runs.
     */
    private Optional<Scorer> scorer(RunFolder run) {
        JsonNode config = run.readJson(RunFolder.CONFIG, JsonNode.class);
        String dataset = config.path("dataset").asText();
        if (ClassifierConfig.MODEL.equals(config.path("model").asText())
                || GaussianMixture2d.byId(dataset).isPresent()) {
            return Optional.empty();
        }
        if (ImageFolder.names(dataset)) {
            settings.listener().message("sample scores skipped: they need a classifier of a registered data set "
                    + "(mnist, fashion-mnist), and " + dataset + " is a folder of images");
            return Optional.empty();
        }
        Path folder = classifier.orElse(defaultClassifierFolder(dataset));
        if (classifier.isEmpty() && !Files.isDirectory(folder)) {
            settings.listener().message("no classifier at " + folder + ": sample scores skipped (train a classifier "
                    + "on " + dataset + " there first)");
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
            throw classifier.isEmpty() ? e : new ConfigException("classifier", e.getMessage());
        }
    }

    /** Inception Score and Frechet distance of the samples, next to the test set's own. */
    private Map<String, Object> sampleScores(SavedModel saved, Scorer scorer, NDManager manager,
            ImageDatasets.Splits splits) {
        SampleScorer sampleScorer = new SampleScorer(scorer.run(), manager, splits.test());
        SampleScorer.Scores generated = sampleScorer.score(saved.model(), samples);
        Map<String, Object> reference = ceiling(sampleScorer, splits);
        say("samples (%d): Inception Score %.2f · Frechet distance to the test set %.2f", samples,
                generated.inceptionScore(), generated.frechetDistance());
        Map<String, Object> scores = new LinkedHashMap<>();
        scores.put("classifier", scorer.run().dir().toString());
        scores.put("inception_score", generated.inceptionScore());
        scores.put("frechet_distance", generated.frechetDistance());
        scores.put("largest_class_share", generated.largestClassShare());
        scores.put("reference", reference);
        return scores;
    }

    /** The ceiling: the test set's Inception Score, and the distance between train and test features. */
    private Map<String, Object> ceiling(SampleScorer scorer, ImageDatasets.Splits splits) {
        ImageSet test = splits.test();
        int count = Math.min(samples, splits.train().count());
        ClassifierOutputs trainOutputs = scorer.outputs(splits.train().values(0, count),
                count);
        double is = scorer.testOutputs().inceptionScore();
        double fd = FrechetDistance.between(trainOutputs.featureFit(), scorer.testOutputs().featureFit());
        say("test set (%d): Inception Score %.2f · Frechet distance of %d training images to it %.2f", test.count(),
                is, count, fd);
        Map<String, Object> ceiling = new LinkedHashMap<>();
        ceiling.put("test_inception_score", is);
        ceiling.put("train_to_test_frechet_distance", fd);
        return ceiling;
    }

    /** Builds a {@link RunEvaluation}; every setting has a default, {@link #build()} validates. */
    public static final class Builder {

        private int k = DEFAULT_K;
        private int n = DEFAULT_N;
        private int samples = DEFAULT_SAMPLES;
        private int chunkRows = DEFAULT_CHUNK_ROWS;
        private int seed;
        private Optional<Path> data = Optional.empty();
        private Optional<Path> classifier = Optional.empty();
        private RunSettings settings = RunSettings.defaults();

        private Builder() {}

        /** Importance samples per test image for a VAE, at most {@value RunEvaluation#MAX_K} (default 5000). */
        public Builder optK(int k) {
            this.k = k;
            return this;
        }

        /** Test images for the log-likelihood (default 10,000). */
        public Builder optN(int n) {
            this.n = n;
            return this;
        }

        /** Model samples to score, or training images for the ceiling (default 10,000). */
        public Builder optSamples(int samples) {
            this.samples = samples;
            return this;
        }

        /** Decoder rows evaluated at once, which bounds memory (default 20,000). */
        public Builder optChunkRows(int chunkRows) {
            this.chunkRows = chunkRows;
            return this;
        }

        /** Seed of the importance samples and model samples (default 0). */
        public Builder optSeed(int seed) {
            this.seed = seed;
            return this;
        }

        /** Folder with the data set's files (default: the standard places). */
        public Builder optData(Path data) {
            this.data = Optional.ofNullable(data);
            return this;
        }

        /** The classifier run that scores image samples (default {@link #defaultClassifierFolder}, when it exists). */
        public Builder optClassifier(Path classifier) {
            this.classifier = Optional.ofNullable(classifier);
            return this;
        }

        /** Threads and listener (default: all cores, silent). */
        public Builder optSettings(RunSettings settings) {
            this.settings = settings;
            return this;
        }

        public RunEvaluation build() {
            ConfigChecks.positive("k", k);
            ConfigChecks.positive("n", n);
            ConfigChecks.positive("samples", samples);
            ConfigChecks.positive("chunkRows", chunkRows);
            ConfigChecks.atMost("k", k, MAX_K,
                    "the cost grows linearly in K: K = 5000 on 10000 images took 37 min on one thread");
            ConfigChecks.atMost("samples", samples, MAX_SAMPLES, "the scores settle long before");
            return new RunEvaluation(this);
        }
    }
}
