package genlab.cli;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import genlab.GenLabException;
import genlab.data.BatchSource;
import genlab.data.Batches;
import genlab.data.Binarization;
import genlab.data.DatasetLocator;
import genlab.data.DatasetSpec;
import genlab.data.GaussianMixture2d;
import genlab.data.ImageDatasets;
import genlab.data.ImageSet;
import genlab.data.MixtureStream;
import genlab.eval.ModeCoverage;
import genlab.gan.Architecture;
import genlab.gan.Gan;
import genlab.gan.GanConfig;
import genlab.gan.GeneratorLoss;
import genlab.nn.EpochResult;
import genlab.report.RunFolder;
import genlab.report.ScatterPlot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code genlab gan}: trains the classical GAN on images or on a 2-D mixture. */
@Command(name = "gan", mixinStandardHelpOptions = true,
        description = "Train a classical GAN (defaults: the small conv GAN on MNIST).")
public final class GanCommand implements Callable<Integer> {

    /** Generated points per coverage measurement. */
    static final int COVERAGE_POINTS = 2500;
    private static final int EVALUATION_BATCHES = 10;

    @Option(names = "--dataset", description = "mnist | fashion-mnist | ring8 | grid25 (default ${DEFAULT-VALUE})")
    String dataset = "mnist";

    @Option(names = "--data", paramLabel = "DIR", description = "Folder with the dataset's IDX files.")
    Path data;

    @Option(names = "--out", paramLabel = "DIR", description = "Run folder (default runs/gan-<dataset>-<timestamp>).")
    Path out;

    @Option(names = "--arch", description = "conv | mlp (default conv for images, mlp for 2-D data).")
    Architecture arch;

    @Option(names = "--generator-loss", description = "minimax | nonsaturating (default ${DEFAULT-VALUE}).")
    GeneratorLoss generatorLoss = GeneratorLoss.NONSATURATING;

    @Option(names = "--epochs", description = "Epochs (default 20 for images, 30 for 2-D data).")
    Integer epochs;

    @Option(names = "--batch-size", description = "Examples per batch (default ${DEFAULT-VALUE}).")
    int batchSize = 256;

    @Option(names = "--batches-per-epoch", description = "Batches per epoch of a 2-D stream (default ${DEFAULT-VALUE}).")
    int batchesPerEpoch = 100;

    @Option(names = "--limit", paramLabel = "N", description = "Train on the first N training images only.")
    Integer limit;

    @Option(names = "--lr", description = "Adam learning rate of both players (default 2e-4 for images, 1e-3 for 2-D data).")
    Double lr;

    @Option(names = "--z-dim", description = "Dimension of z ~ U[-1, 1] (default ${DEFAULT-VALUE}).")
    int zDim = 64;

    @Option(names = "--hidden", description = "Units of each MLP hidden layer (default 128 for 2-D data, 256 for images).")
    Integer hidden;

    @Option(names = "--channels", description = "Channel multiplier of the conv pair (default ${DEFAULT-VALUE}).")
    int channels = 1;

    @Option(names = "--d-steps", description = "Discriminator steps per batch (default ${DEFAULT-VALUE}).")
    int dSteps = 1;

    @Option(names = "--g-steps", description = "Generator steps per batch (default ${DEFAULT-VALUE}).")
    int gSteps = 1;

    @Option(names = "--seed", description = "Seed of every random choice (default ${DEFAULT-VALUE}).")
    int seed = 2;

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    public Integer call() throws IOException {
        Optional<GaussianMixture2d> mixture = GaussianMixture2d.byId(dataset);
        Optional<DatasetSpec> images = mixture.isPresent() ? Optional.empty() : Optional.of(imageSpec(dataset));
        boolean planar = mixture.isPresent();
        String id = planar ? mixture.get().id() : images.get().id();
        GanConfig config = new GanConfig(GanConfig.MODEL, id, planar ? 2 : 784,
                arch != null ? arch : planar ? Architecture.MLP : Architecture.CONV, generatorLoss, zDim,
                hidden != null ? hidden : planar ? 128 : 256, channels, dSteps, gSteps,
                epochs != null ? epochs : planar ? 30 : 20, batchSize, batchesPerEpoch,
                lr != null ? lr : planar ? 1e-3 : 2e-4, seed).validated();
        if (limit != null && limit <= 0) {
            throw new GenLabException("--limit must be a positive integer, got " + limit);
        }
        Path folder = out != null ? out : RunFolder.defaultPath(GanConfig.MODEL, id);
        RunFolder.requireUsable(folder);
        Random rng = new Random(seed);
        BatchSource train;
        BatchSource test;
        if (planar) {
            train = new MixtureStream(mixture.get(), batchSize, batchesPerEpoch, rng, seed + 1L);
            test = new MixtureStream(mixture.get(), batchSize, EVALUATION_BATCHES, rng, seed + 1L);
        } else {
            ImageDatasets.Splits splits = ImageDatasets.load(images.get(),
                    DatasetLocator.standard(Optional.ofNullable(data)));
            train = new Batches(limited(splits.train()), batchSize, Binarization.NONE, rng);
            test = new Batches(splits.test(), batchSize, Binarization.NONE, rng);
        }
        RunFolder run = RunFolder.create(folder);
        engine.start(seed);
        System.out.println("run folder: " + run.dir());
        try (NDManager manager = NDManager.newBaseManager()) {
            Gan gan = new Gan(manager, config);
            NDArray fixedZ = gan.prior(manager, planar ? COVERAGE_POINTS : SampleGrids.GRID);
            TrainingRun.EpochHook hook = planar
                    ? result -> coverage(manager, gan, fixedZ, mixture.get(), run, result.epoch())
                    : result -> {
                        SampleGrids.write(generated(manager, gan, fixedZ),
                                run.file(String.format("samples-epoch%02d.png", result.epoch())));
                        return TrainingRun.EpochSummary.NONE;
                    };
            EpochResult last = TrainingRun.train(run, manager, config, gan, train, test, config.epochs(), hook);
            String coverage = "";
            if (planar) {
                coverage = " · " + coverage(manager, gan, fixedZ, mixture.get(), run, 0).line();
            } else {
                SampleGrids.write(generated(manager, gan, fixedZ), run.file("samples.png"));
            }
            Map<String, Double> t = last.train();
            System.out.println(String.format(Locale.ROOT,
                    "final D loss: %.4f · G loss: %.4f nats (D(x) %.3f, D(G(z)) %.3f)", t.get("d_loss"),
                    t.get("g_loss"), t.get("d_real"), t.get("d_fake")) + coverage);
        }
        return 0;
    }

    private static DatasetSpec imageSpec(String dataset) {
        try {
            return DatasetSpec.byId(dataset);
        } catch (GenLabException e) {
            throw new GenLabException("unknown dataset '" + dataset + "', expected one of "
                    + "[mnist, fashion-mnist, ring8, grid25]");
        }
    }

    private ImageSet limited(ImageSet set) {
        if (limit == null || limit >= set.count()) {
            return set;
        }
        int d = set.dimension();
        return new ImageSet(Arrays.copyOf(set.pixels(), limit * d), Arrays.copyOf(set.labels(), limit), set.height(),
                set.width());
    }

    private static float[] generated(NDManager manager, Gan gan, NDArray z) {
        try (NDManager scope = manager.newSubManager()) {
            return gan.generate(z, false).toFloatArray();
        }
    }

    /** Coverage of G(fixed z) and its scatter plot: per epoch ({@code epoch > 0}) and final ({@code 0}). */
    private static TrainingRun.EpochSummary coverage(NDManager manager, Gan gan, NDArray z, GaussianMixture2d mixture,
            RunFolder run, int epoch) throws IOException {
        float[] points = generated(manager, gan, z);
        ModeCoverage c = ModeCoverage.of(points, COVERAGE_POINTS, mixture);
        String name = epoch > 0 ? String.format("scatter-epoch%02d.png", epoch) : "scatter.png";
        ScatterPlot.write(run.file(name), "GAN on " + mixture.id() + (epoch > 0 ? ", epoch " + epoch : "") + ": "
                + c.summary(), points, COVERAGE_POINTS, mixture);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("modes_covered", (double) c.covered());
        metrics.put("high_quality_pct", c.highQualityPercent());
        metrics.put("kl_modes_uniform", c.klToUniform());
        return new TrainingRun.EpochSummary(metrics, c.summary());
    }
}
