package genlab.train;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import genlab.ConfigChecks;
import genlab.ConfigException;
import genlab.GenLabException;
import genlab.Hint;
import genlab.data.Binarization;
import genlab.data.GaussianMixture2d;
import genlab.data.ImageDatasets;
import genlab.data.ImageFolder;
import genlab.data.ImageShape;
import genlab.eval.ClassifierConfig;
import genlab.eval.ClassifierOutputs;
import genlab.eval.Evaluation;
import genlab.eval.FrechetDistance;
import genlab.eval.ModeCoverage;
import genlab.eval.SampleStatistics;
import genlab.internal.SampleScorer;
import genlab.report.RunReport;
import genlab.run.RunFolder;
import genlab.vae.ImportanceWeightedBound;
import genlab.vae.Vae;
import genlab.vae.VaeConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The numbers papers judge a trained run by, written to the run's {@code eval.json} and report.
 * VAE: the importance-weighted test log-likelihood of n test images for K = 1 (the ELBO), 50 and
 * k (nats per image). Image models: the classifier-based Inception Score and Frechet distance of
 * the samples, beside the test set's own (the ceiling). 2-D runs: mode coverage of the samples.
 * A classifier run: its test accuracy and the ceiling. Each number is also one line to the listener.
 *
 * <pre>{@code
 * Evaluation.OfImages vae = (Evaluation.OfImages) RunEvaluation.builder().optK(5000).build()
 *         .evaluate(Path.of("runs/vae-mnist"));
 * double nll = vae.logLikelihood().get(5000).nll();
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
    public static final int DEFAULT_CHUNK_ROWS = ImportanceWeightedBound.DEFAULT_CHUNK_ROWS;

    private final int k;
    private final int n;
    /** The likelihood's setting given ({@code n} or {@code k}), which only a VAE run takes. */
    private final Optional<String> likelihoodField;
    private final int samples;
    private final int chunkRows;
    private final int seed;
    private final Optional<Path> data;
    private final Optional<Path> classifier;
    private final RunSettings settings;
    private final int shards;

    private RunEvaluation(Builder b) {
        this.k = b.k;
        this.n = b.n;
        this.likelihoodField = b.likelihoodField;
        this.samples = b.samples;
        this.chunkRows = b.chunkRows;
        this.seed = b.seed;
        this.data = b.data;
        this.classifier = b.classifier;
        this.settings = b.settings;
        this.shards = b.shards;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Where a data set's classifier run lives unless told otherwise: {@code runs/classifier-<dataset>}. */
    public static Path defaultClassifierFolder(String dataset) {
        return Path.of("runs", "classifier-" + dataset);
    }

    /**
     * Evaluates the run in {@code runDir}, writes eval.json and the report, and returns the results.
     * A generative run is evaluated in {@link EvalShard shards}, one after another in this thread.
     */
    public Evaluation evaluate(Path runDir) throws IOException {
        return evaluate(runDir, Optional.empty());
    }

    /**
     * Evaluates the run with its shards on {@code runner} (genlab-spark's {@code SparkRunner}, for
     * example): the numbers are those of {@link #evaluate(Path)}, which depend on the seed and the
     * shard count only. The run, data and classifier folders must be readable where the shards run.
     */
    public Evaluation evaluate(Path runDir, CellRunner runner) throws IOException {
        return evaluate(runDir, Optional.of(runner));
    }

    private Evaluation evaluate(Path runDir, Optional<CellRunner> runner) throws IOException {
        // the run's lock for the whole evaluation: a run still training is refused, and none can start meanwhile
        try (RunFolder run = RunFolder.openLocked(runDir)) {
            return evaluate(run, runner);
        }
    }

    private Evaluation evaluate(RunFolder run, Optional<CellRunner> runner) throws IOException {
        // every input is checked before the slow work starts
        String kind = SavedModel.kind(run);
        if (!VaeConfig.MODEL.equals(kind) && likelihoodField.isPresent()) {
            throw new ConfigException(likelihoodField.get(), "sets the log-likelihood's estimate, which only a vae run "
                    + "has; this is a " + kind + " run", new Hint("samples", "its samples scored are set by {}"));
        }
        Optional<Scorer> scorer = scorer(run);
        Evaluation results = ClassifierConfig.MODEL.equals(kind) ? classifierResults(run)
                : generativeResults(run, scorer, runner);
        run.writeJson(RESULTS, results);
        RunReport.write(run);
        return results;
    }

    private Evaluation.OfClassifier classifierResults(RunFolder run) {
        settings.startEngine(seed);
        try (NDManager manager = NDManager.newBaseManager()) {
            ClassifierConfig config = run.readRecipe(ClassifierConfig.class).model();
            ImageDatasets.Splits splits = splits(config.dataset(), ImageShape.MNIST);
            SampleScorer classifier = new SampleScorer(run, manager);
            ClassifierOutputs test = classifier.outputs(splits.test());
            double accuracy = test.accuracy(splits.test().labels());
            say("test accuracy: %.2f%%", 100 * accuracy);
            return new Evaluation.OfClassifier(samples, seed, accuracy, ceiling(classifier, test, splits));
        }
    }

    private Evaluation generativeResults(RunFolder run, Optional<Scorer> scorer, Optional<CellRunner> runner)
            throws IOException {
        List<EvalShard.Result> parts = runShards(run, scorer, runner);
        settings.startEngine(seed);
        try (NDManager manager = NDManager.newBaseManager()) {
            SavedModel saved = SavedModel.load(run, manager);
            if (saved.mixture().isPresent()) {
                ModeCoverage coverage = parts.stream().map(EvalShard.Result::coverage).reduce(ModeCoverage::plus)
                        .orElseThrow();
                settings.listener().notice(coverage.summary());
                return new Evaluation.OfPoints(samples, seed, shards, coverage.covered(),
                        coverage.highQualityPercent(), coverage.klToUniform());
            }
            Integer testImages = null;
            SortedMap<Integer, Evaluation.Likelihood> likelihoods = new TreeMap<>();
            if (saved.model() instanceof Vae vae) {
                testImages = n;
                likelihoods = logLikelihoods(parts, vae.config().binarize() != Binarization.NONE);
            }
            Evaluation.SampleScores scores = scorer.isEmpty() ? null : sampleScores(parts, scorer.get(), manager,
                    splits(saved.dataset(), saved.image().orElseThrow()));
            return new Evaluation.OfImages(testImages, samples, seed, shards, likelihoods, scores);
        }
    }

    // the shards of a generative run's evaluation, in this thread (with progress bars) or on the runner
    private List<EvalShard.Result> runShards(RunFolder run, Optional<Scorer> scorer, Optional<CellRunner> runner)
            throws IOException {
        EvalShard.Plan plan = new EvalShard.Plan(run.dir().toAbsolutePath().toString(),
                data.map(p -> p.toAbsolutePath().toString()).orElse(null),
                scorer.map(s -> s.run().dir().toAbsolutePath().toString()).orElse(null), n, samples,
                ks(), chunkRows,
                seed, settings.threads());
        List<EvalShard> all = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            all.add(new EvalShard(plan, i, shards));
        }
        if (runner.isEmpty()) {
            List<EvalShard.Result> parts = new ArrayList<>();
            for (EvalShard shard : all) {
                parts.add(shard.run(settings.listener()));
            }
            return parts;
        }
        runner.get().requireShared(run.dir().toAbsolutePath());
        int[] done = {0};
        return runner.get().run(all, EvalShard::run,
                part -> say("shard %d/%d evaluated", ++done[0], shards));
    }

    // the K of the IWAE estimates: 1 (the ELBO), 50 and k, up to k
    private int[] ks() {
        return new TreeSet<>(List.of(1, Math.min(50, k), k)).stream().mapToInt(Integer::intValue).toArray();
    }

    private void say(String format, Object... args) {
        settings.listener().notice(String.format(Locale.ROOT, format, args));
    }

    private ImageDatasets.Splits splits(String dataset, ImageShape shape) {
        return ImageDatasets.load(dataset, data, shape);
    }

    /**
     * Mean and standard error over test images of the IWAE estimate, for K = 1, 50 and k (up to k):
     * the shards' estimates side by side, in double precision.
     */
    private SortedMap<Integer, Evaluation.Likelihood> logLikelihoods(List<EvalShard.Result> parts, boolean binarized) {
        int[] ks = ks();
        SortedMap<Integer, Evaluation.Likelihood> byK = new TreeMap<>();
        for (int i = 0; i < ks.length; i++) {
            int weights = i;
            double[] estimates = parts.stream().flatMapToDouble(p -> Arrays.stream(p.logLikelihoods()[weights]))
                    .toArray();
            double seconds = parts.stream().mapToDouble(p -> p.seconds()[weights]).sum();
            int count = estimates.length;
            double mean = Arrays.stream(estimates).average().orElseThrow();
            double variance = Arrays.stream(estimates).map(v -> (v - mean) * (v - mean)).sum() / Math.max(1, count - 1);
            double standardError = Math.sqrt(variance / count);
            say("K=%-5d test NLL %.2f nats/image (standard error %.2f; %d %s test images; %.0f s)", ks[i], -mean,
                    standardError, count, binarized ? "binarized" : "grey-level", seconds);
            byK.put(ks[i], new Evaluation.Likelihood(-mean, standardError, seconds));
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
            settings.listener().notice("sample scores skipped: they need a classifier of a registered data set "
                    + "(mnist, fashion-mnist), and " + dataset + " is a folder of images");
            return Optional.empty();
        }
        Path folder = classifier.orElse(defaultClassifierFolder(dataset));
        if (classifier.isEmpty() && !Files.isDirectory(folder)) {
            settings.listener().notice("no classifier at " + folder + ": sample scores skipped (train a classifier "
                    + "on " + dataset + " there first)");
            return Optional.empty();
        }
        try {
            RunFolder classifierRun = RunFolder.open(folder);
            ClassifierConfig classifierConfig = classifierRun.readRecipe(ClassifierConfig.class).model();
            if (!classifierConfig.dataset().equals(dataset)) {
                throw new GenLabException(folder + ": trained on " + classifierConfig.dataset()
                        + ", the run's samples are " + dataset);
            }
            return Optional.of(new Scorer(classifierRun, classifierConfig));
        } catch (GenLabException e) {
            throw classifier.isEmpty() ? e : new ConfigException("classifier", e.getMessage());
        }
    }

    /** Inception Score and Frechet distance of the shards' samples together, next to the test set's own. */
    private Evaluation.SampleScores sampleScores(List<EvalShard.Result> parts, Scorer scorer, NDManager manager,
            ImageDatasets.Splits splits) {
        SampleStatistics generated = parts.stream().map(EvalShard.Result::samples).reduce(SampleStatistics::plus)
                .orElseThrow();
        SampleScorer sampleScorer = new SampleScorer(scorer.run(), manager);
        ClassifierOutputs test = sampleScorer.outputs(splits.test());
        SampleScorer.Scores scores = SampleScorer.Scores.of(generated, test.featureFit());
        Evaluation.Ceiling reference = ceiling(sampleScorer, test, splits);
        say("samples (%d): Inception Score %.2f · Frechet distance to the test set %.2f", samples,
                scores.inceptionScore(), scores.frechetDistance());
        return new Evaluation.SampleScores(scorer.run().dir().toString(), scores.inceptionScore(),
                scores.frechetDistance(), scores.largestClassShare(), reference);
    }

    /** The ceiling: the test set's Inception Score, and the distance between train and test features. */
    private Evaluation.Ceiling ceiling(SampleScorer scorer, ClassifierOutputs test, ImageDatasets.Splits splits) {
        int count = Math.min(samples, splits.train().count());
        ClassifierOutputs trainOutputs = scorer.outputs(splits.train().values(0, count), count);
        double is = test.inceptionScore();
        double fd = FrechetDistance.between(trainOutputs.featureFit(), test.featureFit());
        say("test set (%d): Inception Score %.2f · Frechet distance of %d training images to it %.2f",
                splits.test().count(), is, count, fd);
        return new Evaluation.Ceiling(is, fd);
    }

    /** Builds a {@link RunEvaluation}; every setting has a default, {@link #build()} validates. */
    public static final class Builder {

        private int k = DEFAULT_K;
        private int n = DEFAULT_N;
        private Optional<String> likelihoodField = Optional.empty();
        private int samples = DEFAULT_SAMPLES;
        private int chunkRows = DEFAULT_CHUNK_ROWS;
        private int seed;
        private Optional<Path> data = Optional.empty();
        private Optional<Path> classifier = Optional.empty();
        private RunSettings settings = RunSettings.defaults();
        private int shards = 1;

        private Builder() {}

        /** Importance samples per test image for a VAE, at most {@value RunEvaluation#MAX_K} (default 5000). */
        public Builder optK(int k) {
            this.k = k;
            this.likelihoodField = Optional.of("k");
            return this;
        }

        /** Test images for the log-likelihood (default 10,000). */
        public Builder optN(int n) {
            this.n = n;
            this.likelihoodField = Optional.of("n");
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

        /**
         * Shards of the test images and samples, each drawn with its own seed (default 1: the whole
         * evaluation on the seed's one stream). The numbers depend on the seed and this count only,
         * never on where the shards run.
         */
        public Builder optShards(int shards) {
            this.shards = shards;
            return this;
        }

        public RunEvaluation build() {
            ConfigChecks.positive("k", k);
            ConfigChecks.positive("n", n);
            ConfigChecks.positive("samples", samples);
            ConfigChecks.positive("chunkRows", chunkRows);
            ConfigChecks.positive("shards", shards);
            ConfigChecks.atMost("shards", shards, Math.min(n, samples), "each shard needs at least one test image "
                    + "and one sample (n is " + n + ", samples " + samples + ")");
            ConfigChecks.atMost("k", k, MAX_K,
                    "the cost grows linearly in K: K = 5000 on 10000 images took 37 min on one thread");
            ConfigChecks.atMost("samples", samples, MAX_SAMPLES, "the scores settle long before");
            return new RunEvaluation(this);
        }
    }
}
