package genlab.cli;

import genlab.dualgan.DiscriminatorKind;
import genlab.dualgan.DualGanConfig;
import genlab.eval.GameRunOutcome;
import genlab.eval.StabilityTable;
import genlab.gan.GanRecipes;
import genlab.run.RunFolder;
import genlab.spark.SparkRunner;
import genlab.sweep.StabilityStudy;
import genlab.train.RunEvaluation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
 * budget, over seeds and a sweep of learning rates ({@link StabilityStudy}), each run a Spark task
 * ({@link SparkRunner}); prints each run's line and the table.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Stability of GAN vs Dualing GAN training over seeds and learning rates, on a 2-D mixture or images.",
            "Each run is a Spark task with its own run folder under OUT/cells; rerunning the same command with the same "
                    + "--out keeps the finished runs and resumes the others from their checkpoints."})
public final class CompareCommand implements Callable<Integer> {

    @Option(names = "--dataset", description = "ring8 | grid25 | mnist | fashion-mnist (default ${DEFAULT-VALUE}).")
    String dataset = "ring8";

    @Option(names = "--seeds", description = "Runs per configuration, seeds 1..N (default 5 for 2-D data, 3 for images).")
    Integer seeds;

    @Option(names = "--lrs", split = ",", description = "Adam learning rates to sweep (default 0.0002,0.001,0.005 for "
            + "2-D data, 0.0001,0.0003,0.001 for images).")
    List<Double> learningRates;

    @Option(names = "--families", split = ",", description = "Discriminator families on 2-D data: linear (on --features) "
            + "and/or mlp (default linear,mlp). Images compare the GAN's conv discriminator with the dual's MLP.")
    List<DiscriminatorKind> families;

    @Option(names = "--features", description = "Features of the linear family (default ${DEFAULT-VALUE}).")
    String features = DualGanConfig.FEATURES;

    @Option(names = "--epochs", description = "Epochs per run: on 2-D data of 100 batches, the budget of generator "
            + "steps (default 10 for 2-D data, 3 for images).")
    Integer epochs;

    @Option(names = "--batch-size", description = "Examples per batch (default ${DEFAULT-VALUE}).")
    int batchSize = GanRecipes.BATCH_SIZE;

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

    @Mixin
    MasterOptions cluster = new MasterOptions();

    @Override
    public Integer call() throws IOException {
        StabilityStudy.Builder builder = StabilityStudy.builder().setDataset(dataset).optFeatures(features)
                .optBatchSize(batchSize).optLimit(limit).optSamples(samples).optClassifier(classifier).optData(data);
        cluster.cellThreads(engine.given()).ifPresent(builder::optThreads);
        Optional.ofNullable(seeds).ifPresent(builder::optSeeds);
        Optional.ofNullable(learningRates).ifPresent(builder::optLearningRates);
        Optional.ofNullable(families).ifPresent(builder::optFamilies);
        Optional.ofNullable(epochs).ifPresent(builder::optEpochs);
        StabilityStudy study = builder.build();
        study.check(folder.out, folder.force);
        try (SparkRunner runner = cluster.start(study.threads());
                RunFolder run = study.claim(folder.out, folder.force)) {
            System.out.println("run folder: " + run.dir() + " · Spark master " + runner.master());
            String table;
            StopNotice notice = StopNotice.installForRuns(run.dir());
            // a bar of the runs in a terminal; a log gets each run's line only
            Optional<ProgressBar> bar = !ConsoleListener.inTerminal() ? Optional.empty() : Optional.of(
                    new ProgressBarBuilder().setTaskName("compare").setInitialMax(study.runCount())
                            .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(1000).setUnit(" runs", 1).build());
            try {
                table = study.run(run, runner, outcome -> {
                    System.out.println(line(outcome));
                    bar.ifPresent(ProgressBar::step);
                });
            } finally {
                bar.ifPresent(ProgressBar::close);
                notice.remove();
            }
            System.out.print(table);
            return 0;
        }
    }

    // gan     mlp    lr 0.001   seed 1: modes covered of 8 7.00 · high-quality % 2.30 · objective sd 0.114  6.1 s
    private static String line(GameRunOutcome o) {
        StringBuilder scores = new StringBuilder();
        o.scores().forEach((name, value) -> scores.append(scores.length() == 0 ? "" : " · ")
                .append(String.format(Locale.ROOT, "%s %.2f", name, value)));
        return String.format(Locale.ROOT, "%-7s %-6s lr %-7s seed %d: %s · objective sd %.3g%s%s%s  %.1f s", o.method(),
                o.family(), StabilityTable.plain(o.learningRate()), o.seed(), scores, o.objectiveTailStd(),
                o.collapsed() ? " · collapsed" : "", o.diverged() ? " · DIVERGED after " + o.steps() + " steps" : "",
                o.resumedAfterEpoch() > 0 ? " · resumed after epoch " + o.resumedAfterEpoch() : "", o.seconds());
    }
}
