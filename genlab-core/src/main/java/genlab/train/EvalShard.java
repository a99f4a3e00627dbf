package genlab.train;

import ai.djl.ndarray.NDManager;
import genlab.data.Binarization;
import genlab.data.GaussianMixture2d;
import genlab.data.ImageDatasets;
import genlab.data.ImageSet;
import genlab.eval.ModeCoverage;
import genlab.eval.SampleStatistics;
import genlab.internal.EngineSetup;
import genlab.internal.RunSeeds;
import genlab.internal.SampleScorer;
import genlab.run.RunFolder;
import genlab.vae.ImportanceWeightedBound;
import genlab.vae.Vae;
import genlab.vae.VaeConfig;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One shard of a run's evaluation ({@link RunEvaluation}): the IWAE estimates of its slice of the
 * test images and the statistics of its slice of the samples, drawn from the engine's generator
 * seeded with the shard's own seed. Shard i of S takes images [i c / S, (i + 1) c / S) and as many
 * samples. It draws in the order the whole evaluation did before it was split (the model's
 * initialization, each K, the classifier's initialization, the samples), and shard 0 keeps the
 * evaluation's seed, so one shard is exactly the unsplit evaluation. A plain serializable value:
 * a Spark task can run it in another JVM.
 *
 * @param plan what the whole evaluation computes
 * @param index this shard's number, 0 to shards - 1
 * @param shards how many shards the evaluation has
 */
record EvalShard(Plan plan, int index, int shards) implements Serializable {

    /**
     * What an evaluation computes, where the executors find it: the run folder, the data folder and
     * classifier run (null: none given), test images n, samples, the largest K, decoder rows at once,
     * the seed and intra-op threads.
     */
    public record Plan(String run, String data, String classifier, int n, int samples, int[] ks, int chunkRows,
            int seed, int threads) implements Serializable {}

    /**
     * What a shard found: per K (in the plan's order) the estimate of log p(x) for each of its
     * images, nats, and the seconds it took; the statistics of its samples (null unless an image
     * model is scored by a classifier); the mode coverage of its points (null unless a 2-D run).
     */
    public record Result(double[][] logLikelihoods, double[] seconds, SampleStatistics samples, ModeCoverage coverage)
            implements Serializable {}

    /** The engine seed of this shard: the evaluation's for shard 0, a stream mixed from it for the others. */
    public int seed() {
        return index == 0 ? plan.seed : RunSeeds.engineSeed(RunSeeds.mix(plan.seed, index));
    }

    /** The first of this shard's {@code total} items (images or samples). */
    public int first(int total) {
        return (int) ((long) index * total / shards);
    }

    /** How many of {@code total} items are this shard's. */
    public int count(int total) {
        return (int) ((long) (index + 1) * total / shards) - first(total);
    }

    /** Runs the shard without a word: the way a Spark task runs it. */
    public Result run() {
        return run(TrainingListener.SILENT);
    }

    /** Runs the shard, telling {@code listener} of each pass over its images. */
    public Result run(TrainingListener listener) {
        EngineSetup.start(plan.threads, seed());
        try (NDManager manager = NDManager.newBaseManager()) {
            SavedModel saved = SavedModel.load(Path.of(plan.run), manager);
            Optional<GaussianMixture2d> mixture = saved.mixture();
            if (mixture.isPresent()) {
                int points = count(plan.samples);
                return new Result(new double[0][], new double[0], null, ModeCoverage.of(
                        saved.model().sample(manager, points).toFloatArray(), points, mixture.get()));
            }
            double[][] estimates = new double[plan.ks.length][];
            double[] seconds = new double[plan.ks.length];
            if (saved.model() instanceof Vae vae) {
                ImageSet test = ImageDatasets.load(saved.dataset(), Optional.ofNullable(plan.data).map(Path::of),
                        saved.image().orElseThrow()).test();
                logLikelihoods(vae, saved.training().seed(), manager, test, listener, estimates, seconds);
            }
            SampleStatistics samples = plan.classifier == null ? null
                    : new SampleScorer(RunFolder.open(Path.of(plan.classifier)), manager)
                            .statistics(saved.model(), count(plan.samples));
            return new Result(estimates, seconds, samples, null);
        }
    }

    // the IWAE estimate of each of the shard's images for each K, on one fixed binarization of the test set
    // a binarized run is scored on its test set's static binarization
    private void logLikelihoods(Vae vae, int runSeed, NDManager manager, ImageSet test, TrainingListener listener,
            double[][] estimates, double[] seconds) {
        VaeConfig config = vae.config();
        // binarized runs are scored on the run's static binarization of the test set
        ImageSet images = config.binarize() == Binarization.NONE ? test
                : TrainingData.testSet(test, Binarization.STATIC, runSeed);
        int total = Math.min(plan.n, images.count());
        int count = count(total);
        ImageSet shard = images.slice(first(total), count);
        ImportanceWeightedBound bound = new ImportanceWeightedBound(vae, plan.chunkRows);
        for (int i = 0; i < plan.ks.length; i++) {
            long start = System.nanoTime();
            int[] done = {0};
            listener.on(new TrainingEvent.PassStarted("IWAE K=" + plan.ks[i] + (shards > 1 ? " shard " + (index + 1)
                    + "/" + shards : ""), count, "images"));
            try {
                estimates[i] = bound.logLikelihoods(manager, shard, plan.ks[i], finished -> {
                    for (; done[0] < finished; done[0]++) {
                        listener.on(new TrainingEvent.BatchEnded(done[0] + 1, count));
                    }
                });
            } finally {
                listener.on(new TrainingEvent.PassEnded());
            }
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
    }
}
