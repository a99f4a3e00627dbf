package genlab.train;

import java.util.function.Consumer;

/**
 * Hears a training run's {@link TrainingEvent}s as they happen, on the training thread, in order:
 * {@link #SILENT} is a quiet run, {@link #onEpochEnd} the usual per-epoch log, {@link LoggingListener}
 * writes the notices and epochs to SLF4J. The command line's progress bars and lines are a listener
 * like a user's.
 *
 * <pre>{@code
 * TrainingListener losses = TrainingListener.onEpochEnd(e -> System.out.println(e.value("test_loss").orElseThrow()));
 * }</pre>
 */
@FunctionalInterface
public interface TrainingListener {

    /** Hears nothing. */
    TrainingListener SILENT = event -> { };

    void on(TrainingEvent event);

    /** A listener of the epochs' ends only. */
    static TrainingListener onEpochEnd(Consumer<TrainingEvent.EpochEnded> epochs) {
        return event -> {
            if (event instanceof TrainingEvent.EpochEnded ended) {
                epochs.accept(ended);
            }
        };
    }

    /** Tells {@code text} as a {@link TrainingEvent.Notice}. */
    default void notice(String text) {
        on(new TrainingEvent.Notice(text));
    }

    /** This listener, then {@code next}. */
    default TrainingListener andThen(TrainingListener next) {
        return event -> {
            on(event);
            next.on(event);
        };
    }
}
