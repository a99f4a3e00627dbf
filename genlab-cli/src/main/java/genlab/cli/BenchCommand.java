package genlab.cli;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import genlab.data.BatchSource;
import genlab.data.Batches;
import genlab.data.Binarization;
import genlab.data.DatasetLocator;
import genlab.data.DatasetSpec;
import genlab.data.ImageDatasets;
import genlab.dualgan.DualGan;
import genlab.dualgan.DualGanConfig;
import genlab.gan.Gan;
import genlab.gan.GanConfig;
import genlab.nn.Trainable;
import genlab.train.GameData;
import genlab.train.TrainLoop;
import genlab.train.TrainingListener;
import genlab.vae.Vae;
import genlab.vae.VaeConfig;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code genlab bench WORKLOAD}: times one workload of {@code bench/run.sh} in this process and
 * prints {@code name=value} pairs (seconds unless the name says otherwise). Each timed part
 * follows a short warm-up, as does the PyTorch script it is compared with.
 */
@Command(name = "bench", hidden = true, mixinStandardHelpOptions = true,
        description = "Time one benchmark workload: vae | convgan | dualgan | sample | matmul.")
public final class BenchCommand implements Callable<Integer> {

    enum Workload { VAE, CONVGAN, DUALGAN, SAMPLE, MATMUL }

    private static final int WARMUP = 20;

    @Parameters(index = "0", description = "vae | convgan | dualgan | sample | matmul")
    Workload workload;

    @Option(names = "--iterations", description = "Timed iterations of the dualgan workload, reported per 1,000 "
            + "(default ${DEFAULT-VALUE}).")
    int iterations = 1000;

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        engine.start(2);
        try (NDManager manager = NDManager.newBaseManager()) {
            manager.ones(new Shape(1)).sum().getFloat();
            System.out.printf(Locale.ROOT, "engine_start_s=%.3f threads=%d interop=%s%n", (System.nanoTime() - t0) / 1e9,
                    engine.threads, System.getProperty("ai.djl.pytorch.num_interop_threads"));
            switch (workload) {
                case VAE -> vae(manager);
                case CONVGAN -> convGan(manager);
                case DUALGAN -> dualGan(manager, iterations);
                case SAMPLE -> sample(manager);
                case MATMUL -> matmul(manager);
            }
        }
        return 0;
    }

    private static ImageDatasets.Splits mnist() {
        return ImageDatasets.load(DatasetSpec.byId("mnist"), DatasetLocator.standard(Optional.empty()));
    }

    // one training epoch over 60,000 images (after WARMUP batches), then the test-set evaluation
    private static void vae(NDManager manager) {
        ImageDatasets.Splits data = mnist();
        VaeConfig config = VaeConfig.reference();
        Vae vae = new Vae(manager, config);
        Random rng = new Random(2);
        Batches train = new Batches(data.train(), config.batchSize(), Binarization.NONE, rng);
        steps(manager, vae, train, WARMUP);
        long start = System.nanoTime();
        steps(manager, vae, train, train.batchCount());
        double epoch = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        new TrainLoop(manager, TrainingListener.SILENT).evaluate(vae, new Batches(data.test(), config.batchSize(), Binarization.NONE, rng));
        System.out.printf(Locale.ROOT, "vae_epoch_s=%.3f vae_test_eval_s=%.3f%n", epoch, (System.nanoTime() - start) / 1e9);
    }

    // 100 iterations of the default MNIST conv GAN, batch 256 (one D and one G step each)
    private static void convGan(NDManager manager) {
        ImageDatasets.Splits data = mnist();
        GanConfig config = GanConfig.builder().setDataset("mnist").optEpochs(1).build();
        Gan gan = new Gan(manager, config);
        Batches train = new Batches(data.train(), config.batchSize(), Binarization.NONE, new Random(2));
        steps(manager, gan, train, WARMUP);
        long start = System.nanoTime();
        steps(manager, gan, train, 100);
        System.out.printf(Locale.ROOT, "convgan_100_iterations_s=%.3f%n", (System.nanoTime() - start) / 1e9);
    }

    // iterations of the default ring8 Dualing GAN (linear on 256 RFF, 3 dual sweeps, batch 256), per 1,000
    private static void dualGan(NDManager manager, int iterations) {
        DualGanConfig config = DualGanConfig.builder().setDataset("ring8").optEpochs(1).build();
        DualGan gan = new DualGan(manager, config);
        BatchSource stream = GameData.load(config, Optional.empty()).train();
        steps(manager, gan, stream, WARMUP);
        long start = System.nanoTime();
        for (int done = 0; done < iterations; done += stream.batchCount()) {
            steps(manager, gan, stream, Math.min(stream.batchCount(), iterations - done));
        }
        System.out.printf(Locale.ROOT, "dualgan_1000_iterations_s=%.3f%n",
                (System.nanoTime() - start) / 1e9 * 1000 / iterations);
    }

    // images per second decoded from the reference VAE's prior, batches of 1,000
    private static void sample(NDManager manager) {
        Vae vae = new Vae(manager, VaeConfig.reference());
        int batches = 50;
        decode(manager, vae, 5);
        long start = System.nanoTime();
        decode(manager, vae, batches);
        System.out.printf(Locale.ROOT, "sample_images_per_s=%.0f%n", batches * 1000 / ((System.nanoTime() - start) / 1e9));
    }

    private static void decode(NDManager manager, Vae vae, int batches) {
        for (int b = 0; b < batches; b++) {
            try (NDManager scope = manager.newSubManager()) {
                vae.sample(scope, 1000).toFloatArray();
            }
        }
    }

    // GFLOP/s of the VAE's first layer products: forward (128x784)(784x400), and the two backward shapes
    private static void matmul(NDManager manager) {
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
        double seconds = (System.nanoTime() - start) / 1e9;
        double flops = 3.0 * 2 * 128 * 784 * 400 * reps;
        System.out.printf(Locale.ROOT, "matmul_gflops=%.2f%n", flops / seconds / 1e9);
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
}
