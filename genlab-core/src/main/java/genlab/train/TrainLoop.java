package genlab.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import genlab.LearningRateSchedule;
import genlab.data.BatchSource;
import genlab.internal.RunSeeds;
import genlab.nn.EngineArrays;
import genlab.nn.Trainable;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.util.Map;

/**
 * The one training loop every model shares: per epoch, a shuffled pass over the training batches
 * (reported batch by batch to a {@link TrainingListener}), then an evaluation pass over the test
 * set, then the epoch listener (which writes the run's files). Each batch lives in its own {@link NDManager} scope, so native memory stays flat.
 */
public final class TrainLoop {

    /** Called after each finished epoch, in order. */
    public interface EpochListener {
        void onEpoch(EpochResult result) throws IOException;
    }

    /** Called after each training step with its terms (sums over the batch, nats) and the batch size. */
    public interface StepListener {
        void onStep(Map<String, Double> terms, int size);
    }

    private final NDManager manager;
    private final TrainingListener progress;
    private StepListener stepListener = (terms, size) -> { };
    private LearningRateSchedule schedule = LearningRateSchedule.CONSTANT;

    /** @param progress told when each training pass starts, as each batch is done, and when it ends */
    public TrainLoop(NDManager manager, TrainingListener progress) {
        this.manager = manager;
        this.progress = progress;
    }

    /** Also reports every training step to {@code listener}; returns this loop. */
    public TrainLoop onEachStep(StepListener listener) {
        this.stepListener = listener;
        return this;
    }

    /**
     * Sets every optimizer's learning rate by {@code schedule} before each training step, over
     * the run's epochs x batches per epoch steps (default constant); returns this loop.
     */
    public TrainLoop withSchedule(LearningRateSchedule schedule) {
        this.schedule = schedule;
        return this;
    }

    /** Trains epochs 1..{@code epochs} and returns the last epoch's result. */
    EpochResult run(Trainable model, BatchSource train, BatchSource test, RunSeeds seeds, int epochs,
            EpochListener listener) throws IOException {
        return run(model, train, test, seeds, 1, epochs, listener);
    }

    /**
     * Trains epochs {@code first}..{@code epochs} (re-seeding the run's streams at each) and returns
     * the last epoch's result; a resumed run starts at the epoch after its checkpoint.
     */
    EpochResult run(Trainable model, BatchSource train, BatchSource test, RunSeeds seeds, int first,
            int epochs, EpochListener listener) throws IOException {
        EpochResult last = null;
        for (int epoch = first; epoch <= epochs; epoch++) {
            seeds.enterEpoch(epoch);
            long start = System.nanoTime();
            Map<String, Double> trainLoss = trainEpoch(model, train, epoch, epochs);
            Map<String, Double> testLoss = evaluate(model, test);
            // an epoch whose weights or test loss are not finite writes nothing: the last checkpoint stays the last good one
            requireFinite(model, testLoss, epoch);
            last = new EpochResult(epoch, trainLoss, testLoss, (System.nanoTime() - start) / 1e9);
            listener.onEpoch(last);
        }
        return last;
    }

    private Map<String, Double> trainEpoch(Trainable model, BatchSource batches, int epoch, int epochs) {
        LossSums sums = new LossSums();
        batches.startPass(true);
        progress.on(new TrainingEvent.PassStarted("epoch " + epoch + "/" + epochs, batches.batchCount(), "batches"));
        try {
            for (int b = 0; b < batches.batchCount(); b++) {
                long step = (long) (epoch - 1) * batches.batchCount() + b;
                double factor = schedule.factor(step, (long) epochs * batches.batchCount());
                model.optimizers().forEach(o -> o.setLearningRateFactor(factor));
                try (NDManager scope = manager.newSubManager()) {
                    Map<String, Double> terms = model.trainStep(batch(scope, batches, b));
                    requireFinite(terms, epoch, b + 1);
                    sums.add(terms, batches.size(b));
                    stepListener.onStep(terms, batches.size(b));
                }
                progress.on(new TrainingEvent.BatchEnded(b + 1, batches.batchCount()));
            }
        } finally {
            progress.on(new TrainingEvent.PassEnded());
        }
        return sums.perSample();
    }

    /** The model's loss terms over every batch of {@code batches}, in order, per sample. */
    public Map<String, Double> evaluate(Trainable model, BatchSource batches) {
        LossSums sums = new LossSums();
        batches.startPass(false);
        for (int b = 0; b < batches.batchCount(); b++) {
            try (NDManager scope = manager.newSubManager()) {
                sums.add(model.evaluate(batch(scope, batches, b)), batches.size(b));
            }
        }
        return sums.perSample();
    }

    /** Batch b of the current pass as an (n, D) array in {@code scope}. */
    public static NDArray batch(NDManager scope, BatchSource batches, int b) {
        int n = batches.size(b);
        float[] values = batches.batch(b);
        return EngineArrays.of(scope, FloatBuffer.wrap(values, 0, n * batches.dimension()), new Shape(n, batches.dimension()));
    }

    private static void requireFinite(Trainable model, Map<String, Double> testLoss, int epoch) {
        testLoss.forEach((term, value) -> {
            if (!Double.isFinite(value)) {
                throw TrainingDivergedException.ofTestTerm(epoch, term, value);
            }
        });
        EngineArrays.nonFiniteParameter(model.net()).ifPresent(parameter -> {
            throw TrainingDivergedException.ofParameter(epoch, parameter);
        });
    }

    private static void requireFinite(Map<String, Double> terms, int epoch, int batch) {
        Map.Entry<String, Double> objective = terms.entrySet().iterator().next();
        if (!Double.isFinite(objective.getValue())) {
            throw new TrainingDivergedException(epoch, batch, objective.getKey(), objective.getValue());
        }
    }
}
