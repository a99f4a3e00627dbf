package genlab.train;

import ai.djl.ndarray.NDManager;
import genlab.ConfigChecks;
import genlab.TrainingConfig;
import genlab.internal.EngineSetup;
import genlab.nn.OptimizerStep;
import genlab.nn.Trainable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Trains any model the same way: epochs of a shuffled pass over the training batches, each step at
 * the {@link TrainingConfig}'s learning rate and schedule, the test set scored after each epoch,
 * and every event told to the listeners. Building a trainer starts the engine with its threads and
 * seeds it, so the model built next starts from the same weights for the same seed, threads and
 * machine (as {@code torch.manual_seed} before a model).
 *
 * <pre>{@code
 * Trainer trainer = Trainer.builder(TrainingConfig.builder().optEpochs(1).build())
 *         .addListener(TrainingListener.onEpochEnd(e -> System.out.println(e.metrics()))).build();
 * try (NDManager manager = NDManager.newBaseManager()) {
 *     Trained<Vae> trained = trainer.fit(new Vae(manager, VaeConfig.reference()),
 *             TrainingData.images(ImageDatasets.load("mnist"), trainer.training()));
 * }
 * }</pre>
 */
public final class Trainer {

    /** What a run folder adds to each epoch: its files and epoch-level metrics, the per-step log, and the saving. */
    record EpochWork(EpochHook outputs, TrainLoop.StepListener steps, EpochSave save) {}

    /** Work after each epoch: files to write, and epoch-level metrics to record. */
    interface EpochHook {
        EpochSummary afterEpoch(EpochResult result) throws IOException;
    }

    /** Writes an epoch's result and metrics where they are kept. */
    interface EpochSave {
        void save(EpochResult result, EpochSummary summary) throws IOException;
    }

    private final TrainingConfig training;
    private final int threads;
    private final TrainingListener listener;

    private Trainer(Builder builder) {
        this.training = builder.training;
        this.threads = builder.threads;
        this.listener = builder.listener;
    }

    /** A builder of a trainer by {@code training}: all cores, no listener. */
    public static Builder builder(TrainingConfig training) {
        return new Builder(training);
    }

    public TrainingConfig training() {
        return training;
    }

    /** Libtorch's intra-op threads: with the seed and the machine they decide every bit. */
    public int threads() {
        return threads;
    }

    /** Seeds the engine's generator with the training's seed again, on the trainer's threads. */
    void seedEngine() {
        EngineSetup.start(threads, training.seed());
    }

    /** Every listener, as one. */
    public TrainingListener listener() {
        return listener;
    }

    /**
     * Trains {@code model} on {@code data} for the training's epochs, in memory; returns the model
     * and each epoch's result. A step or epoch whose loss or weights are not finite stops it with a
     * {@link TrainingDivergedException}.
     */
    public <M extends Trainable> Trained<M> fit(M model, TrainingData data) {
        List<EpochResult> history = new ArrayList<>();
        listener.on(new TrainingEvent.RunStarted(Optional.empty(), 0, training.epochs()));
        try (NDManager manager = NDManager.newBaseManager()) {
            train(model, data, manager, 0, new EpochWork(result -> EpochSummary.NONE, (terms, size) -> { },
                    (result, summary) -> history.add(result)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            listener.on(new TrainingEvent.RunEnded(history.size()));
        }
        return new Trained<>(model, List.copyOf(history));
    }

    /**
     * Trains epochs {@code done + 1} to the training's last, each batch in a scope of
     * {@code manager}; after each epoch, in order: the work's files and metrics, its saving, the
     * {@link TrainingEvent.EpochEnded} event, and a warning when steps were skipped. Returns the
     * last epoch's result.
     */
    <M extends Trainable> EpochResult train(M model, TrainingData data, NDManager manager, int done, EpochWork work)
            throws IOException {
        int epochs = training.epochs();
        model.optimizers().forEach(o -> o.setLearningRate(training.learningRate()));
        int[] skipped = {skippedSteps(model)};
        StepDistributions spread = new StepDistributions(model.perStepTerms(), model::unit);
        return new TrainLoop(manager, listener).onEachStep((terms, size) -> {
            spread.onStep(terms, size);
            work.steps().onStep(terms, size);
        }).withSchedule(training.schedule()).run(model, data.train(), data.test(), data.seeds(), done + 1, epochs,
                result -> {
                    EpochSummary summary = spread.drain().and(work.outputs().afterEpoch(result));
                    work.save().save(result, summary);
                    listener.on(new TrainingEvent.EpochEnded(result, epochs, metrics(model, result, summary),
                            summary.line(), model.lineTerms().orElse(List.copyOf(result.train().keySet()))));
                    int skippedNow = skippedSteps(model);
                    if (skippedNow > skipped[0]) {
                        listener.notice(String.format(Locale.ROOT, "warning: %d training step(s) of epoch %d had a "
                                + "non-finite gradient and were skipped", skippedNow - skipped[0], result.epoch()));
                        skipped[0] = skippedNow;
                    }
                });
    }

    // every named value of the epoch with its unit: the terms, the epoch-level metrics, the time
    private static List<Metric> metrics(Trainable model, EpochResult result, EpochSummary summary) {
        List<Metric> metrics = new ArrayList<>();
        result.train().forEach((term, value) -> metrics.add(new Metric("train_" + term, value, model.unit(term))));
        result.test().forEach((term, value) -> metrics.add(new Metric("test_" + term, value, model.unit(term))));
        summary.metrics().forEach((name, value) -> metrics.add(new Metric(name, value,
                summary.units().getOrDefault(name, ""))));
        metrics.add(new Metric("seconds", result.seconds(), "seconds"));
        return List.copyOf(metrics);
    }

    private static int skippedSteps(Trainable model) {
        return model.optimizers().stream().mapToInt(OptimizerStep::skippedSteps).sum();
    }

    /** Builds a {@link Trainer}; {@link #build()} checks the threads, then starts and seeds the engine. */
    public static final class Builder {

        private final TrainingConfig training;
        private int threads = Runtime.getRuntime().availableProcessors();
        private TrainingListener listener = TrainingListener.SILENT;

        private Builder(TrainingConfig training) {
            this.training = java.util.Objects.requireNonNull(training, "training");
        }

        /** Libtorch's intra-op threads (default: every core). */
        public Builder optThreads(int threads) {
            this.threads = threads;
            return this;
        }

        /** Tells {@code next} every event too, after the listeners added before it. */
        public Builder addListener(TrainingListener next) {
            this.listener = listener == TrainingListener.SILENT ? next : listener.andThen(next);
            return this;
        }

        /** The trainer; starts the engine with its threads and seeds the engine's generator with the training's seed. */
        public Trainer build() {
            ConfigChecks.threads("threads", threads);
            EngineSetup.start(threads, training.seed());
            return new Trainer(this);
        }
    }
}
