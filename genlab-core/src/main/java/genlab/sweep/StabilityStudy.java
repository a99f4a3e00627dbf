package genlab.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import genlab.ConfigChecks;
import genlab.ConfigException;
import genlab.Recipe;
import genlab.RunConfig;
import genlab.TrainingConfig;
import genlab.data.GameDatasets;
import genlab.data.GaussianMixture2d;
import genlab.dualgan.DiscriminatorKind;
import genlab.dualgan.DualGanConfig;
import genlab.dualgan.DualGanRecipes;
import genlab.eval.CellScore;
import genlab.eval.GameRunOutcome;
import genlab.eval.StabilityTable;
import genlab.gan.Architecture;
import genlab.gan.GanConfig;
import genlab.gan.GanRecipes;
import genlab.nn.FeatureSpec;
import genlab.report.RunReport;
import genlab.report.StabilityPlot;
import genlab.run.RunFolder;
import genlab.train.CellRunner;
import genlab.train.RunEvaluation;
import genlab.train.RunSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The stability study: the classical GAN against the Dualing GAN with the same generator and
 * budget, over seeds x learning rates (x discriminator families on 2-D data). It is a {@link Sweep}
 * over the grid it generates, each run's config.json exactly its command's, plus a scoring step:
 * on a 2-D mixture both use the same discriminator family and are scored by mode coverage; on
 * images both use the conv generator (the GAN its conv discriminator, the dual its linearized MLP)
 * and are scored by a classifier. {@link #run} trains the cells with a {@link CellRunner}
 * (genlab-spark's {@code SparkRunner}) and writes {@code config.json}, {@code runs.csv},
 * {@code table.md}, {@code compare.png} and {@code report.html}; run again in the same folder
 * ({@link #claim}), it resumes.
 *
 * <pre>{@code
 * StabilityStudy study = StabilityStudy.builder().setDataset("ring8").optSeeds(5).build();
 * try (SparkRunner runner = SparkRunner.start(Optional.empty(), 2);
 *         RunFolder run = study.claim(Path.of("runs/compare-ring8"), false)) {
 *     String table = study.run(run, runner, outcome -> System.out.println(outcome));
 * }
 * }</pre>
 */
public final class StabilityStudy {

    /** The objective's spread is measured over this last fraction of the generator steps. */
    public static final double TAIL = 0.2;

    /** The most seeds a study may run per configuration: its cells are built in memory before any trains. */
    public static final int MAX_SEEDS = 1000;

    private final String dataset;
    private final Optional<GaussianMixture2d> mixture;
    private final int seeds;
    private final List<Double> learningRates;
    private final List<DiscriminatorKind> families;
    private final String features;
    private final int epochs;
    private final int batchSize;
    private final Integer limit;
    private final int samples;
    private final Path classifier;
    private final Optional<Path> data;
    private final int threads;
    private final Sweep sweep;
    /** Each run's values of the grid's fields (method, family, lr, seed) by its name. */
    private final Map<String, Map<String, JsonNode>> labels = new LinkedHashMap<>();

    private StabilityStudy(Builder b, Optional<GaussianMixture2d> mixture) {
        boolean planar = mixture.isPresent();
        this.mixture = mixture;
        this.dataset = planar ? mixture.get().id() : b.dataset.toLowerCase(Locale.ROOT);
        this.seeds = Objects.requireNonNullElse(b.seeds, planar ? 5 : 3);
        this.learningRates = List.copyOf(Objects.requireNonNullElse(b.learningRates,
                planar ? List.of(2e-4, 1e-3, 5e-3) : List.of(1e-4, 3e-4, 1e-3)));
        this.families = planar ? List.copyOf(b.families) : List.of(DiscriminatorKind.MLP);
        this.features = b.features;
        this.epochs = Objects.requireNonNullElse(b.epochs, planar ? 10 : 3);
        this.batchSize = b.batchSize;
        this.limit = planar ? null : Objects.requireNonNullElse(b.limit, 20_000);
        this.samples = b.samples;
        this.classifier = b.classifier != null ? b.classifier : RunEvaluation.defaultClassifierFolder(dataset);
        this.data = b.data;
        this.threads = Objects.requireNonNullElse(b.threads, RunSettings.defaultThreads(planar));
        validate();
        List<Sweep.Point> points = points();
        points.forEach(point -> labels.put(point.name(), point.values()));
        this.sweep = new Sweep(settings(), points, data, threads, dataset);
    }

    public static Builder builder() {
        return new Builder();
    }

    public String dataset() {
        return dataset;
    }

    /**
     * Trains every cell with {@code runner} (telling {@code onRun} each outcome as it ends), writes
     * the study's files, returns table.md.
     */
    public String run(RunFolder run, CellRunner runner, Consumer<GameRunOutcome> onRun) throws IOException {
        List<GameRunOutcome> outcomes = sweep.train(run, runner, row -> onRun.accept(outcome(row))).stream()
                .map(this::outcome).toList();
        StabilityTable table = new StabilityTable(outcomes);
        String markdown = table.markdown(mixture.isPresent() ? CellScore.COVERAGE_RULE : CellScore.SAMPLES_RULE);
        run.writeString("table.md", markdown);
        run.writeString("runs.csv", StabilityTable.csv(outcomes));
        String budget = mixture.isPresent() ? epochs * GanRecipes.BATCHES_PER_EPOCH + " generator steps"
                : epochs + " epochs of " + limit + " images";
        StabilityPlot.write(run.file("compare.png"), "GAN vs Dualing GAN on " + dataset + ", " + seeds + (seeds == 1 ? " seed, " : " seeds, ")
                + budget, table, mixture.map(m -> (double) m.modes().length).orElse(10.0));
        RunReport.write(run);
        return markdown;
    }

    /** Fails, changing nothing, unless {@link #claim} can take {@code out}. */
    public void check(Path out, boolean force) {
        sweep.check(out, force);
    }

    /**
     * The study's folder, locked: {@code out} when it holds this study already, so that a rerun
     * keeps the finished runs and resumes the others from their checkpoints; else a new run folder
     * there, or a default one when {@code out} is null.
     */
    public RunFolder claim(Path out, boolean force) {
        return sweep.claim(out, force);
    }

    /** Intra-op threads of each run. */
    public int threads() {
        return threads;
    }

    /** Runs in the study: 2 methods x families x learning rates x seeds. */
    public int runCount() {
        return 2 * families.size() * learningRates.size() * seeds;
    }

    private Map<String, Object> settings() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("model", "compare");
        s.put("dataset", dataset);
        s.put("seeds", seeds);
        s.put("learning_rates", learningRates);
        s.put("epochs", epochs);
        s.put("batch_size", batchSize);
        if (mixture.isPresent()) {
            s.put("families", families);
            s.put("features", features);
            s.put("generator_steps", epochs * GanRecipes.BATCHES_PER_EPOCH);
        } else {
            s.put("discriminators", "gan: conv, dualgan: mlp (linearized)");
            s.put("limit", limit);
            s.put("samples", samples);
            s.put("classifier", classifier.toString());
        }
        GanConfig cell = ganRecipe(families.get(0), learningRates.get(0), 1).model();
        s.put("latent", cell.latent());
        s.put("hidden", cell.hidden());
        s.put("objective_tail", TAIL);
        return s;
    }

    /**
     * The study's runs, families x methods x learning rates x seeds, in the order of runs.csv; each
     * trains in {@code root/cells/METHOD-FAMILY-lrLR-seedSEED}.
     */
    public List<SweepCell> cells(Path root) {
        return sweep.cells(root);
    }

    // the grid: each run's labels, its config.json as its command writes it, and its scoring
    private List<Sweep.Point> points() {
        List<Sweep.Point> points = new ArrayList<>();
        String classifierDir = classifier.toAbsolutePath().normalize().toString();
        for (DiscriminatorKind family : families) {
            for (String method : List.of(GanConfig.MODEL, DualGanConfig.MODEL)) {
                for (double lr : learningRates) {
                    for (int seed = 1; seed <= seeds; seed++) {
                        String name = String.format(Locale.ROOT, "%s-%s-lr%s-seed%d", method,
                                family.name().toLowerCase(Locale.ROOT), StabilityTable.plain(lr), seed);
                        Recipe<?> recipe = method.equals(GanConfig.MODEL) ? ganRecipe(family, lr, seed)
                                : dualRecipe(family, lr, seed);
                        Map<String, JsonNode> values = new LinkedHashMap<>();
                        values.put("method", TextNode.valueOf(method));
                        values.put("family", TextNode.valueOf(familyLabel(method, family)));
                        values.put("lr", DoubleNode.valueOf(lr));
                        values.put("seed", IntNode.valueOf(seed));
                        // the objective traced: the generator's loss, or the dual the generator ascends
                        SweepCell.Scoring scoring = new SweepCell.Scoring(dataset, classifierDir, samples,
                                method.equals(GanConfig.MODEL) ? "g_loss" : "dual");
                        points.add(new Sweep.Point(name, values, (ObjectNode) RunFolder.tree(recipe), scoring));
                    }
                }
            }
        }
        return points;
    }

    // the discriminator family as the table names it: the GAN's on images is its conv network
    private String familyLabel(String method, DiscriminatorKind family) {
        return (method.equals(GanConfig.MODEL) && mixture.isEmpty() ? Architecture.CONV.name() : family.name())
                .toLowerCase(Locale.ROOT);
    }

    /** 2-D: the MLP generator against the family's discriminator; images: the conv pair. */
    private Recipe<GanConfig> ganRecipe(DiscriminatorKind family, double lr, int seed) {
        GanConfig.Builder b = GanConfig.builder().optDataset(dataset).optLimit(limit);
        GanConfig model = mixture.isPresent()
                ? b.optArch(Architecture.MLP).optFeatures(family == DiscriminatorKind.LINEAR ? features : null).build()
                : b.optArch(Architecture.CONV).build();
        return new Recipe<>(model, training(model, lr, seed));
    }

    /** The family's dual discriminator against the GAN's generator, its discriminator's packs fitting the batch. */
    private Recipe<DualGanConfig> dualRecipe(DiscriminatorKind family, double lr, int seed) {
        DualGanConfig model = DualGanConfig.builder().optDataset(dataset).optDiscriminator(family).optFeatures(features)
                .optGeneratorArch(mixture.isPresent() ? Architecture.MLP : Architecture.CONV).optLimit(limit)
                .optPack(DualGanRecipes.pack(family, GameDatasets.checkedId(dataset), batchSize)).build();
        return new Recipe<>(model, training(model, lr, seed));
    }

    // the model's recipe with the study's budget and batch, and the run's learning rate and seed
    private TrainingConfig training(RunConfig<?> model, double lr, int seed) {
        return model.defaultTraining().toBuilder().optEpochs(epochs).optBatchSize(batchSize).optLearningRate(lr)
                .optSeed(seed).build();
    }

    // a run's row as the table's outcome: its labels from the grid, its numbers from the row
    private GameRunOutcome outcome(SweepCell.Row row) {
        Map<String, JsonNode> cell = labels.get(row.name());
        Map<String, Double> values = row.values();
        Map<String, Double> scores = new LinkedHashMap<>();
        scoreNames().forEach(name -> scores.put(name, values.get(name)));
        return new GameRunOutcome(cell.get("method").asText(), cell.get("family").asText(),
                cell.get("lr").asDouble(), cell.get("seed").asInt(), values.get("steps").intValue(), scores,
                values.get("objective_tail_sd"), values.get("diverged") == 1, values.get("collapsed") == 1,
                values.get("resumed_after_epoch").intValue(), values.get("seconds"));
    }

    // the names of the scores, in the order the table shows them
    private Set<String> scoreNames() {
        return (mixture.isPresent() ? CellScore.coverageOfDiverged(mixture.get().modes().length)
                : CellScore.samplesOfDiverged()).scores().keySet();
    }

    // every setting checked, each named by its field
    private void validate() {
        ConfigChecks.positive("seeds", seeds);
        ConfigChecks.atMost("seeds", seeds, MAX_SEEDS, "each seed is a training run per configuration");
        ConfigChecks.positive("epochs", epochs);
        ConfigChecks.positive("batchSize", batchSize);
        ConfigChecks.positive("samples", samples);
        ConfigChecks.positive("threads", threads);
        if (limit != null) {
            ConfigChecks.positive("limit", limit);
        }
        if (learningRates.isEmpty() || learningRates.stream().anyMatch(lr -> !(lr > 0) || lr.isInfinite())) {
            throw new ConfigException("learningRates", "must be positive finite numbers, got " + learningRates);
        }
        if (families.isEmpty()) {
            throw new ConfigException("families", "must name at least one discriminator family");
        }
        // a value twice would count its runs twice in the table
        ConfigChecks.distinct("families", families);
        ConfigChecks.distinct("learningRates", learningRates);
        FeatureSpec.parse(features);
        if (mixture.isEmpty() && !Files.isDirectory(classifier)) {
            throw new ConfigException("classifier", "scores the samples of a study on " + dataset
                    + ", and there is no classifier run at " + classifier + " (train a classifier on "
                    + dataset + " there first)");
        }
    }

    /** Builds a {@link StabilityStudy}; {@link #build()} fills in the data's defaults and validates. */
    public static final class Builder {

        private String dataset;
        private Integer seeds;
        private List<Double> learningRates;
        private List<DiscriminatorKind> families = List.of(DiscriminatorKind.LINEAR, DiscriminatorKind.MLP);
        private String features = DualGanConfig.FEATURES;
        private Integer epochs;
        private int batchSize = GanRecipes.BATCH_SIZE;
        private Integer limit;
        private int samples = RunEvaluation.DEFAULT_SAMPLES;
        private Path classifier;
        private Optional<Path> data = Optional.empty();
        private Integer threads;

        private Builder() {}

        /** ring8, grid25, mnist or fashion-mnist (required). */
        public Builder setDataset(String dataset) {
            this.dataset = dataset;
            return this;
        }

        /** Runs per configuration, seeds 1..n (default 5 for 2-D data, 3 for images). */
        public Builder optSeeds(int seeds) {
            this.seeds = seeds;
            return this;
        }

        /** Adam learning rates swept (default 0.0002, 0.001, 0.005 for 2-D data; 0.0001, 0.0003, 0.001 for images). */
        public Builder optLearningRates(List<Double> learningRates) {
            this.learningRates = learningRates;
            return this;
        }

        /** Discriminator families on 2-D data (default linear and mlp); images compare the GAN's conv with the dual's MLP. */
        public Builder optFamilies(List<DiscriminatorKind> families) {
            this.families = families;
            return this;
        }

        /** Features of the linear family (default {@value DualGanConfig#FEATURES}). */
        public Builder optFeatures(String features) {
            this.features = features;
            return this;
        }

        /** Epochs per run: on 2-D data of 100 batches (default 10 for 2-D data, 3 for images). */
        public Builder optEpochs(int epochs) {
            this.epochs = epochs;
            return this;
        }

        /** Examples per batch (default 256). */
        public Builder optBatchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /** Images: train on the first n training images (default 20,000). */
        public Builder optLimit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** Images: samples scored per run (default 10,000). */
        public Builder optSamples(int samples) {
            this.samples = samples;
            return this;
        }

        /** Images: the classifier run that scores the samples (default {@link RunEvaluation#defaultClassifierFolder}). */
        public Builder optClassifier(Path classifier) {
            this.classifier = classifier;
            return this;
        }

        /** Images: the folder of the data set's files (default: the standard places). */
        public Builder optData(Path data) {
            this.data = Optional.ofNullable(data);
            return this;
        }

        /** Intra-op threads of each run (default: {@link RunSettings#defaultThreads}). */
        public Builder optThreads(int threads) {
            this.threads = threads;
            return this;
        }

        /** The study, validated: a bad value is a {@link ConfigException} naming its field. */
        public StabilityStudy build() {
            ConfigChecks.required("dataset", dataset);
            Optional<GaussianMixture2d> mixture = GaussianMixture2d.byId(dataset);
            if (mixture.isEmpty() && !List.of("mnist", "fashion-mnist").contains(dataset.toLowerCase(Locale.ROOT))) {
                throw new ConfigException("dataset", "must be ring8, grid25, mnist or fashion-mnist for a stability "
                        + "study, got '" + dataset + "'");
            }
            return new StabilityStudy(this, mixture);
        }
    }
}
