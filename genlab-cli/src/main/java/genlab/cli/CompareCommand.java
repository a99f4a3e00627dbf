package genlab.cli;

import genlab.GenLabException;
import genlab.data.GaussianMixture2d;
import genlab.dualgan.DiscriminatorKind;
import genlab.dualgan.DualGanConfig;
import genlab.eval.GameRunOutcome;
import genlab.eval.StabilityTable;
import genlab.gan.Architecture;
import genlab.gan.GameConfigBuilder;
import genlab.gan.GanConfig;
import genlab.nn.FeatureSpec;
import genlab.report.RunFolder;
import genlab.report.RunReport;
import genlab.report.StabilityPlot;
import genlab.train.StabilityCell;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code genlab compare}: the classical GAN against the Dualing GAN on a 2-D mixture, with the
 * same generator, discriminator family and budget of generator steps, over seeds and a sweep of
 * learning rates; writes {@code runs.csv}, {@code table.md}, {@code compare.png} and {@code report.html}.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Stability of GAN vs Dualing GAN training over seeds and learning rates on a 2-D mixture.")
public final class CompareCommand implements Callable<Integer> {

    /** The objective's spread is measured over this last fraction of the generator steps. */
    static final double TAIL = 0.2;

    @Option(names = "--dataset", description = "ring8 | grid25 (default ${DEFAULT-VALUE}).")
    String dataset = "ring8";

    @Option(names = "--seeds", description = "Runs per configuration, seeds 1..N (default ${DEFAULT-VALUE}).")
    int seeds = 5;

    @Option(names = "--lrs", split = ",", description = "Adam learning rates to sweep (default ${DEFAULT-VALUE}).")
    List<Double> learningRates = List.of(2e-4, 1e-3, 5e-3);

    @Option(names = "--families", split = ",", description = "Discriminator families: linear (on --features) and/or "
            + "mlp (default ${DEFAULT-VALUE}).")
    List<DiscriminatorKind> families = List.of(DiscriminatorKind.LINEAR, DiscriminatorKind.MLP);

    @Option(names = "--features", description = "Features of the linear family (default ${DEFAULT-VALUE}).")
    String features = "rff:256:0.3";

    @Option(names = "--epochs", description = "Epochs of 100 batches per run: the budget of generator steps "
            + "(default ${DEFAULT-VALUE}).")
    int epochs = 10;

    @Option(names = "--batch-size", description = "Points per batch (default ${DEFAULT-VALUE}).")
    int batchSize = 256;

    @Mixin
    RunFolderOptions folder = new RunFolderOptions();

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    public Integer call() throws IOException {
        GaussianMixture2d mixture = GaussianMixture2d.byId(dataset).orElseThrow(() -> new GenLabException(
                "--dataset for compare must be a 2-D mixture, ring8 or grid25, got '" + dataset + "'"));
        validate();
        folder.check();
        try (RunFolder run = folder.claim("compare", mixture.id())) {
            return compare(run, mixture);
        }
    }

    private int compare(RunFolder run, GaussianMixture2d mixture) throws IOException {
        run.writeJson(RunFolder.CONFIG, settings(mixture));
        System.out.println("run folder: " + run.dir());
        List<GameRunOutcome> outcomes = new ArrayList<>();
        int total = 2 * families.size() * learningRates.size() * seeds;
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("compare").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(1000).setUnit(" runs", 1).build()) {
            for (DiscriminatorKind family : families) {
                for (String method : List.of(GanConfig.MODEL, DualGanConfig.MODEL)) {
                    for (double lr : learningRates) {
                        for (int seed = 1; seed <= seeds; seed++) {
                            GameRunOutcome o = train(mixture, method, family, lr, seed);
                            outcomes.add(o);
                            System.out.println(line(o, mixture));
                            bar.step();
                        }
                    }
                }
            }
        }
        StabilityTable table = new StabilityTable(outcomes);
        String markdown = table.markdown(mixture.modes().length);
        run.writeString("table.md", markdown);
        run.writeString("runs.csv", csv(outcomes));
        StabilityPlot.write(run.file("compare.png"), "GAN vs Dualing GAN on " + mixture.id() + ", " + seeds
                + " seeds, " + epochs * GameConfigBuilder.BATCHES_PER_EPOCH + " generator steps", table, mixture.modes().length);
        RunReport.write(run);
        System.out.print(markdown);
        return 0;
    }

    private void validate() {
        if (seeds <= 0 || epochs <= 0 || batchSize <= 0) {
            throw new GenLabException("--seeds, --epochs and --batch-size must be positive integers, got " + seeds
                    + ", " + epochs + ", " + batchSize);
        }
        if (learningRates.isEmpty() || learningRates.stream().anyMatch(lr -> !(lr > 0) || lr.isInfinite())) {
            throw new GenLabException("--lrs must be positive finite numbers separated by commas, got " + learningRates);
        }
        FeatureSpec.parse(features);
    }

    private Map<String, Object> settings(GaussianMixture2d mixture) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("model", "compare");
        s.put("dataset", mixture.id());
        s.put("seeds", seeds);
        s.put("learning_rates", learningRates);
        s.put("families", families);
        s.put("features", features);
        s.put("generator_steps", epochs * GameConfigBuilder.BATCHES_PER_EPOCH);
        s.put("batch_size", batchSize);
        GanConfig cell = ganConfig(mixture, DiscriminatorKind.MLP, learningRates.get(0), 1);
        s.put("z_dim", cell.zDim());
        s.put("hidden", cell.hidden());
        s.put("objective_tail", TAIL);
        return s;
    }

    private GameRunOutcome train(GaussianMixture2d mixture, String method, DiscriminatorKind family, double lr,
            int seed) throws IOException {
        int threads = engine.threads;
        return method.equals(GanConfig.MODEL) ? StabilityCell.gan(ganConfig(mixture, family, lr, seed), threads, TAIL)
                : StabilityCell.dualGan(dualConfig(mixture, family, lr, seed), threads, TAIL);
    }

    private GanConfig ganConfig(GaussianMixture2d mixture, DiscriminatorKind family, double lr, int seed) {
        return GanConfig.builder().setDataset(mixture.id()).optArch(Architecture.MLP)
                .optFeatures(family == DiscriminatorKind.LINEAR ? features : null).optEpochs(epochs)
                .optBatchSize(batchSize).optLearningRate(lr).optSeed(seed).build();
    }

    private DualGanConfig dualConfig(GaussianMixture2d mixture, DiscriminatorKind family, double lr, int seed) {
        return DualGanConfig.builder().setDataset(mixture.id()).optDiscriminator(family).optFeatures(features)
                .optGeneratorArch(Architecture.MLP).optEpochs(epochs).optBatchSize(batchSize).optLearningRate(lr)
                .optSeed(seed).build();
    }

    private static String line(GameRunOutcome o, GaussianMixture2d mixture) {
        return String.format(Locale.ROOT, "%-7s %-6s lr %-7s seed %d: modes %d/%d · high-quality %.1f%% · objective "
                        + "sd %.3g%s  %.1f s", o.method(), o.family(), StabilityTable.plain(o.learningRate()), o.seed(),
                o.modesCovered(), mixture.modes().length, o.highQualityPercent(), o.objectiveTailStd(),
                o.diverged() ? " · DIVERGED after " + o.steps() + " steps" : "", o.seconds());
    }

    private static String csv(List<GameRunOutcome> outcomes) {
        StringBuilder csv = new StringBuilder(
                "method,family,lr,seed,steps,modes_covered,high_quality_pct,objective_tail_sd,diverged,seconds\n");
        for (GameRunOutcome o : outcomes) {
            csv.append(String.format(Locale.ROOT, "%s,%s,%s,%d,%d,%d,%.2f,%.6g,%b,%.2f%n", o.method(), o.family(),
                    StabilityTable.plain(o.learningRate()), o.seed(), o.steps(), o.modesCovered(), o.highQualityPercent(),
                    o.objectiveTailStd(), o.diverged(), o.seconds()));
        }
        return csv.toString();
    }
}
