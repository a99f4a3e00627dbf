package genlab.cli;

import genlab.GenLabException;
import genlab.data.GaussianMixture2d;
import genlab.dualgan.DiscriminatorKind;
import genlab.dualgan.DualGanConfig;
import genlab.eval.CellScore;
import genlab.eval.GameRunOutcome;
import genlab.eval.StabilityTable;
import genlab.gan.Architecture;
import genlab.gan.GameConfigBuilder;
import genlab.gan.GanConfig;
import genlab.nn.FeatureSpec;
import genlab.report.RunFolder;
import genlab.report.RunReport;
import genlab.report.StabilityPlot;
import genlab.train.RunEvaluation;
import genlab.train.StabilityCell;
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
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code genlab compare}: the classical GAN against the Dualing GAN with the same generator and
 * budget, over seeds and a sweep of learning rates. On a 2-D mixture both use the same
 * discriminator family and are scored by mode coverage; on images both use the conv generator
 * (the GAN its conv discriminator, the dual its linearized MLP) and are scored by a classifier's
 * Inception Score and Frechet distance. Writes {@code runs.csv}, {@code table.md},
 * {@code compare.png} and {@code report.html}.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Stability of GAN vs Dualing GAN training over seeds and learning rates, on a 2-D mixture or images.")
public final class CompareCommand implements Callable<Integer> {

    /** The objective's spread is measured over this last fraction of the generator steps. */
    static final double TAIL = 0.2;

    @Option(names = "--dataset", description = "ring8 | grid25 | mnist | fashion-mnist (default ${DEFAULT-VALUE}).")
    String dataset = "ring8";

    @Option(names = "--seeds", description = "Runs per configuration, seeds 1..N (default 5 for 2-D data, 3 for images).")
    Integer seeds;

    @Option(names = "--lrs", split = ",", description = "Adam learning rates to sweep (default 0.0002,0.001,0.005 for "
            + "2-D data, 0.0001,0.0003,0.001 for images).")
    List<Double> learningRates;

    @Option(names = "--families", split = ",", description = "Discriminator families on 2-D data: linear (on --features) "
            + "and/or mlp (default ${DEFAULT-VALUE}). Images always compare the GAN's conv discriminator with the "
            + "dual's MLP.")
    List<DiscriminatorKind> families = List.of(DiscriminatorKind.LINEAR, DiscriminatorKind.MLP);

    @Option(names = "--features", description = "Features of the linear family (default ${DEFAULT-VALUE}).")
    String features = "rff:256:0.3";

    @Option(names = "--epochs", description = "Epochs per run: on 2-D data of 100 batches, the budget of generator "
            + "steps (default 10 for 2-D data, 3 for images).")
    Integer epochs;

    @Option(names = "--batch-size", description = "Examples per batch (default ${DEFAULT-VALUE}).")
    int batchSize = 256;

    @Option(names = "--limit", paramLabel = "N", description = "Images: train on the first N training images "
            + "(default 20000).")
    Integer limit;

    @Option(names = "--samples", description = "Images: samples scored per run (default ${DEFAULT-VALUE}).")
    int samples = RunEvaluation.DEFAULT_SAMPLES;

    @Option(names = "--classifier", paramLabel = "DIR", description = "Images: the classifier run that scores the "
            + "samples (default runs/classifier-<dataset>).")
    Path classifier;

    @Option(names = "--data", paramLabel = "DIR", description = "Images: folder with the dataset's IDX files.")
    Path data;

    @Mixin
    RunFolderOptions folder = new RunFolderOptions();

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    public Integer call() throws IOException {
        Optional<GaussianMixture2d> mixture = GaussianMixture2d.byId(dataset);
        if (mixture.isEmpty() && !List.of("mnist", "fashion-mnist").contains(dataset.toLowerCase(Locale.ROOT))) {
            throw new GenLabException("--dataset for compare must be ring8, grid25, mnist or fashion-mnist, got '"
                    + dataset + "'");
        }
        Study study = study(mixture);
        validate(study);
        Path classifierRun = classifier != null ? classifier : RunEvaluation.defaultClassifierFolder(study.id());
        if (mixture.isEmpty() && !Files.isDirectory(classifierRun)) {
            throw new GenLabException("compare on " + study.id() + " scores samples with a classifier, and there is none "
                    + "at " + classifierRun + " (train one with: genlab classifier --dataset " + study.id()
                    + ", or pass --classifier)");
        }
        folder.check();
        try (RunFolder run = folder.claim("compare", study.id());
                StabilityCell.Scoring scoring = mixture.isPresent() ? StabilityCell.coverage(mixture.get())
                        : StabilityCell.samples(classifierRun, study.id(), Optional.ofNullable(data), samples,
                                engine.threads)) {
            return compare(run, study, scoring);
        }
    }

    /** What the study sweeps: the flags, or the dataset's defaults; {@code limit} is null for 2-D data. */
    private record Study(String id, Optional<GaussianMixture2d> mixture, int seeds, List<Double> learningRates,
            int epochs, List<DiscriminatorKind> families, Integer limit) {}

    private Study study(Optional<GaussianMixture2d> mixture) {
        boolean planar = mixture.isPresent();
        return new Study(planar ? mixture.get().id() : dataset.toLowerCase(Locale.ROOT), mixture,
                Objects.requireNonNullElse(seeds, planar ? 5 : 3),
                Objects.requireNonNullElse(learningRates, planar ? List.of(2e-4, 1e-3, 5e-3) : List.of(1e-4, 3e-4, 1e-3)),
                Objects.requireNonNullElse(epochs, planar ? 10 : 3), planar ? families : List.of(DiscriminatorKind.MLP),
                planar ? null : Objects.requireNonNullElse(limit, 20_000));
    }

    private int compare(RunFolder run, Study study, StabilityCell.Scoring scoring) throws IOException {
        run.writeJson(RunFolder.CONFIG, settings(study));
        System.out.println("run folder: " + run.dir());
        List<GameRunOutcome> outcomes = new ArrayList<>();
        int total = 2 * study.families().size() * study.learningRates().size() * study.seeds();
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("compare").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(1000).setUnit(" runs", 1).build()) {
            for (DiscriminatorKind family : study.families()) {
                for (String method : List.of(GanConfig.MODEL, DualGanConfig.MODEL)) {
                    for (double lr : study.learningRates()) {
                        for (int seed = 1; seed <= study.seeds(); seed++) {
                            GameRunOutcome o = train(study, scoring, method, family, lr, seed);
                            outcomes.add(o);
                            System.out.println(line(o));
                            bar.step();
                        }
                    }
                }
            }
        }
        StabilityTable table = new StabilityTable(outcomes);
        String markdown = table.markdown(study.mixture().isPresent() ? CellScore.COVERAGE_RULE : CellScore.SAMPLES_RULE);
        run.writeString("table.md", markdown);
        run.writeString("runs.csv", csv(outcomes));
        String budget = study.mixture().isPresent()
                ? study.epochs() * GameConfigBuilder.BATCHES_PER_EPOCH + " generator steps"
                : study.epochs() + " epochs of " + study.limit() + " images";
        StabilityPlot.write(run.file("compare.png"), "GAN vs Dualing GAN on " + study.id() + ", " + study.seeds()
                + " seeds, " + budget, table, study.mixture().map(m -> (double) m.modes().length).orElse(10.0));
        RunReport.write(run);
        System.out.print(markdown);
        return 0;
    }

    private void validate(Study study) {
        positive("--seeds", study.seeds());
        positive("--epochs", study.epochs());
        positive("--batch-size", batchSize);
        positive("--samples", samples);
        positive("--limit", limit != null ? limit : 1);
        List<Double> lrs = study.learningRates();
        if (lrs.isEmpty() || lrs.stream().anyMatch(lr -> !(lr > 0) || lr.isInfinite())) {
            throw new GenLabException("--lrs must be positive finite numbers separated by commas, got "
                    + study.learningRates());
        }
        FeatureSpec.parse(features);
    }

    private static void positive(String flag, int value) {
        if (value <= 0) {
            throw new GenLabException(flag + " must be a positive integer, got " + value);
        }
    }

    private Map<String, Object> settings(Study study) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("model", "compare");
        s.put("dataset", study.id());
        s.put("seeds", study.seeds());
        s.put("learning_rates", study.learningRates());
        s.put("epochs", study.epochs());
        s.put("batch_size", batchSize);
        if (study.mixture().isPresent()) {
            s.put("families", study.families());
            s.put("features", features);
            s.put("generator_steps", study.epochs() * GameConfigBuilder.BATCHES_PER_EPOCH);
        } else {
            s.put("discriminators", "gan: conv, dualgan: mlp (linearized)");
            s.put("limit", study.limit());
            s.put("samples", samples);
        }
        GanConfig cell = ganConfig(study, DiscriminatorKind.MLP, study.learningRates().get(0), 1);
        s.put("z_dim", cell.zDim());
        s.put("hidden", cell.hidden());
        s.put("objective_tail", TAIL);
        return s;
    }

    private GameRunOutcome train(Study study, StabilityCell.Scoring scoring, String method, DiscriminatorKind family,
            double lr, int seed) throws IOException {
        int threads = engine.threads;
        Optional<Path> dataDir = Optional.ofNullable(data);
        return method.equals(GanConfig.MODEL)
                ? StabilityCell.gan(ganConfig(study, family, lr, seed), threads, TAIL, dataDir, scoring)
                : StabilityCell.dualGan(dualConfig(study, family, lr, seed), threads, TAIL, dataDir, scoring);
    }

    // 2-D: the MLP generator against the family's discriminator; images: the conv pair
    private GanConfig ganConfig(Study study, DiscriminatorKind family, double lr, int seed) {
        GanConfig.Builder b = GanConfig.builder().setDataset(study.id()).optEpochs(study.epochs()).optBatchSize(batchSize)
                .optLearningRate(lr).optSeed(seed).optLimit(study.limit());
        return study.mixture().isPresent()
                ? b.optArch(Architecture.MLP).optFeatures(family == DiscriminatorKind.LINEAR ? features : null).build()
                : b.optArch(Architecture.CONV).build();
    }

    private DualGanConfig dualConfig(Study study, DiscriminatorKind family, double lr, int seed) {
        return DualGanConfig.builder().setDataset(study.id()).optDiscriminator(family).optFeatures(features)
                .optGeneratorArch(study.mixture().isPresent() ? Architecture.MLP : Architecture.CONV).optEpochs(study.epochs())
                .optBatchSize(batchSize).optLearningRate(lr).optSeed(seed).optLimit(study.limit()).build();
    }

    // gan     mlp    lr 0.001   seed 1: modes covered of 8 7 · high-quality % 2.3 · objective sd 0.114  6.1 s
    private static String line(GameRunOutcome o) {
        StringBuilder scores = new StringBuilder();
        o.scores().forEach((name, value) -> scores.append(scores.length() == 0 ? "" : " · ")
                .append(String.format(Locale.ROOT, "%s %.2f", name, value)));
        return String.format(Locale.ROOT, "%-7s %-6s lr %-7s seed %d: %s · objective sd %.3g%s%s  %.1f s", o.method(),
                o.family(), StabilityTable.plain(o.learningRate()), o.seed(), scores, o.objectiveTailStd(),
                o.collapsed() ? " · collapsed" : "", o.diverged() ? " · DIVERGED after " + o.steps() + " steps" : "",
                o.seconds());
    }

    private static String csv(List<GameRunOutcome> outcomes) {
        StringBuilder csv = new StringBuilder("method,family,lr,seed,steps,");
        outcomes.get(0).scores().keySet().forEach(name -> csv.append(name.replaceAll("[^A-Za-z0-9]+", "_")
                .replaceAll("_$", "").toLowerCase(Locale.ROOT)).append(','));
        csv.append("objective_tail_sd,diverged,collapsed,seconds\n");
        for (GameRunOutcome o : outcomes) {
            csv.append(String.format(Locale.ROOT, "%s,%s,%s,%d,%d,", o.method(), o.family(),
                    StabilityTable.plain(o.learningRate()), o.seed(), o.steps()));
            o.scores().values().forEach(v -> csv.append(v == Math.rint(v) ? Long.toString(v.longValue())
                    : String.format(Locale.ROOT, "%.4g", v)).append(','));
            csv.append(String.format(Locale.ROOT, "%.6g,%b,%b,%.2f%n", o.objectiveTailStd(), o.diverged(), o.collapsed(),
                    o.seconds()));
        }
        return csv.toString();
    }
}
