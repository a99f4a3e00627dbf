package genlab.cli;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import genlab.Recipe;
import genlab.data.BatchSource;
import genlab.data.Batches;
import genlab.data.Binarization;
import genlab.data.ImageDatasets;
import genlab.data.ImageSet;
import genlab.dualgan.DualGan;
import genlab.dualgan.DualGanConfig;
import genlab.dualgan.DualGanRecipes;
import genlab.gan.Gan;
import genlab.gan.GanConfig;
import genlab.gan.GanRecipes;
import genlab.internal.EngineSetup;
import genlab.nn.OptimizerStep;
import genlab.nn.Trainable;
import genlab.train.GameData;
import genlab.train.RunEvaluation;
import genlab.train.RunSettings;
import genlab.train.TrainLoop;
import genlab.train.TrainingListener;
import genlab.vae.ImportanceWeightedBound;
import genlab.vae.Vae;
import genlab.vae.VaeConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The workloads {@code bench/run.sh} times against their PyTorch twins, each in this process after
 * a short warm-up, as the twin does. {@link #run} returns the measured values by name: seconds
 * unless the name says otherwise ({@code _per_s}, {@code _gflops}).
 */
enum BenchmarkWorkload {
    /** One training epoch of the reference VAE over 60,000 MNIST images, then its test-set evaluation. */
    VAE,
    /** 100 iterations of the default MNIST conv GAN, batch 256 (one D and one G step each). */
    CONVGAN,
    /**
     * Iterations of the default ring8 Dualing GAN, per 1,000: the MLP discriminator 2-128-128-1
     * linearized each step, its dual solved by Newton to 1e-4 nats per point, C = 1e4, batch 256.
     * The PyTorch twin runs the same Newton iteration, vectorized.
     */
    DUALGAN,
    /** Images per second decoded from the reference VAE's prior, in batches of 1,000 and of 10,000. */
    SAMPLE,
    /**
     * Seconds per 1,000 MNIST test images of the importance-weighted bound with K = 5,000, on the
     * first 1,000 images (or as many as the count given), with {@code genlab eval}'s chunking (at
     * most 20,000 decoder rows at once, a running log-sum-exp).
     */
    IWAE,
    /** GFLOP/s of the VAE's first-layer products: forward (128x784)(784x400) and the two backward shapes. */
    MATMUL;

    private static final int WARMUP = 20;

    /** The threads its training command would use by default: one for the 2-D Dualing GAN, else all cores. */
    public int defaultThreads() {
        return RunSettings.defaultThreads(this == DUALGAN);
    }

    /** True for the workloads that train (their threads follow a training command's). */
    public boolean trains() {
        return this == VAE || this == CONVGAN || this == DUALGAN;
    }

    /** Starts the engine with {@code threads} and runs one tiny op; returns the seconds it took. */
    public static double startEngine(int threads) {
        long start = System.nanoTime();
        EngineSetup.start(threads, 2);
        try (NDManager manager = NDManager.newBaseManager()) {
            manager.ones(new Shape(1)).sum().getFloat();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Times this workload; {@code count} is the Dualing GAN's iterations or IWAE's images (the others are fixed). */
    public Map<String, Double> run(int count) {
        try (NDManager manager = NDManager.newBaseManager()) {
            return switch (this) {
                case VAE -> vae(manager);
                case CONVGAN -> convGan(manager);
                case DUALGAN -> dualGan(manager, count);
                case SAMPLE -> sample(manager);
                case IWAE -> iwae(manager, count);
                case MATMUL -> matmul(manager);
            };
        }
    }

    // the model with its recipe's learning rate
    private static <M extends Trainable> M trainable(M model, Recipe<?> recipe) {
        model.optimizers().forEach(o -> o.setLearningRate(recipe.training().learningRate()));
        return model;
    }

    private static Map<String, Double> vae(NDManager manager) {
        ImageDatasets.Splits data = ImageDatasets.load("mnist");
        Recipe<VaeConfig> recipe = Recipe.of(VaeConfig.reference());
        Vae vae = trainable(new Vae(manager, recipe.model()), recipe);
        Random rng = new Random(2);
        int batchSize = recipe.training().batchSize();
        Batches train = new Batches(data.train(), batchSize, Binarization.NONE, rng);
        steps(manager, vae, train, WARMUP);
        long start = System.nanoTime();
        steps(manager, vae, train, train.batchCount());
        Map<String, Double> times = new LinkedHashMap<>();
        times.put("vae_epoch_s", seconds(start));
        start = System.nanoTime();
        new TrainLoop(manager, TrainingListener.SILENT).evaluate(vae, new Batches(data.test(), batchSize,
                Binarization.NONE, rng));
        times.put("vae_test_eval_s", seconds(start));
        times.put("vae_parameters", parameters(vae));
        return times;
    }

    private static Map<String, Double> convGan(NDManager manager) {
        Recipe<GanConfig> recipe = GanRecipes.mnist();
        Gan gan = trainable(new Gan(manager, recipe.model(), recipe.training().seed()), recipe);
        Batches train = new Batches(ImageDatasets.load("mnist").train(), recipe.training().batchSize(), Binarization.NONE,
                new Random(2));
        steps(manager, gan, train, WARMUP);
        long start = System.nanoTime();
        steps(manager, gan, train, 100);
        Map<String, Double> times = new LinkedHashMap<>();
        times.put("convgan_100_iterations_s", seconds(start));
        times.put("convgan_parameters", parameters(gan));
        return times;
    }

    private static Map<String, Double> dualGan(NDManager manager, int iterations) {
        Recipe<DualGanConfig> recipe = DualGanRecipes.ring8();
        DualGan gan = trainable(new DualGan(manager, recipe.model(), recipe.training().seed()), recipe);
        BatchSource stream = GameData.load(recipe.model(), recipe.training(), Optional.empty()).train();
        steps(manager, gan, stream, WARMUP);
        long start = System.nanoTime();
        for (int done = 0; done < iterations; done += stream.batchCount()) {
            steps(manager, gan, stream, Math.min(stream.batchCount(), iterations - done));
        }
        Map<String, Double> times = new LinkedHashMap<>();
        times.put("dualgan_1000_iterations_s", seconds(start) * 1000 / iterations);
        times.put("dualgan_parameters", parameters(gan));
        return times;
    }

    private static Map<String, Double> sample(NDManager manager) {
        Vae vae = new Vae(manager, VaeConfig.reference());
        Map<String, Double> rates = new LinkedHashMap<>();
        decode(manager, vae, 5, 1000);
        long start = System.nanoTime();
        decode(manager, vae, 50, 1000);
        rates.put("sample_images_per_s", 50 * 1000 / seconds(start));
        decode(manager, vae, 1, 10_000);
        start = System.nanoTime();
        decode(manager, vae, 5, 10_000);
        rates.put("sample_10000_images_per_s", 5 * 10_000 / seconds(start));
        return rates;
    }

    private static void decode(NDManager manager, Vae vae, int batches, int size) {
        for (int b = 0; b < batches; b++) {
            try (NDManager scope = manager.newSubManager()) {
                vae.sample(scope, size).toFloatArray();
            }
        }
    }

    private static Map<String, Double> iwae(NDManager manager, int images) {
        Vae vae = new Vae(manager, VaeConfig.reference());
        ImageSet test = ImageDatasets.load("mnist").test();
        ImportanceWeightedBound bound = new ImportanceWeightedBound(vae, RunEvaluation.DEFAULT_CHUNK_ROWS);
        long start = System.nanoTime();
        bound.estimate(manager, test.first(images), 5000);
        return Map.of("iwae_k5000_1000_images_s", seconds(start) * 1000 / images);
    }

    private static Map<String, Double> matmul(NDManager manager) {
        NDArray x = manager.randomUniform(0, 1, new Shape(128, 784));
        NDArray w = manager.randomUniform(-0.05f, 0.05f, new Shape(784, 400));
        NDArray g = manager.randomUniform(-1, 1, new Shape(128, 400));
        int reps = 300;
        for (int r = 0; r < 20; r++) {
            products(x, w, g);
        }
        long start = System.nanoTime();
        for (int r = 0; r < reps; r++) {
            products(x, w, g);
        }
        double flops = 3.0 * 2 * 128 * 784 * 400 * reps;
        return Map.of("matmul_gflops", flops / seconds(start) / 1e9);
    }

    private static void products(NDArray x, NDArray w, NDArray g) {
        try (NDArray y = x.matMul(w); NDArray xt = x.transpose(); NDArray dw = xt.matMul(g);
                NDArray wt = w.transpose(); NDArray dx = g.matMul(wt)) {
            dx.getFloat(0, 0);
        }
    }

    private static void steps(NDManager manager, Trainable model, BatchSource batches, int count) {
        batches.startPass(true);
        for (int b = 0; b < count; b++) {
            int i = b % batches.batchCount();
            try (NDManager scope = manager.newSubManager()) {
                model.trainStep(TrainLoop.batch(scope, batches, i));
            }
        }
    }

    // the trained values, which the PyTorch twin prints too: bench/report.py refuses twins whose models differ
    private static double parameters(Trainable model) {
        return model.optimizers().stream().mapToLong(OptimizerStep::parameterCount).sum();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
