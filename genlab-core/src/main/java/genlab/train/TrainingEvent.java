package genlab.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link TrainingListener} hears, in order: a run starts, passes over batches go by batch by
 * batch, each epoch ends with its named metrics, its checkpoint is saved (in a run folder), and the
 * run ends; notices are lines for the user (the run folder, a warning), and a finished run in a
 * folder ends with its summary line.
 */
public sealed interface TrainingEvent {

    /** Training starts, in {@code folder} (empty: in memory), after {@code saved} of {@code epochs} epochs already done. */
    record RunStarted(Optional<Path> folder, int saved, int epochs) implements TrainingEvent {}

    /** A pass over {@code count} items ({@code unit}: batches, or images for an evaluation) begins, labelled {@code "epoch 3/30"}. */
    record PassStarted(String label, int count, String unit) implements TrainingEvent {}

    /** Item {@code index} (from 1) of the current pass's {@code count} is done. */
    record BatchEnded(int index, int count) implements TrainingEvent {}

    /** The current pass ended, finished or not. */
    record PassEnded() implements TrainingEvent {}

    /**
     * An epoch ended: its result, and every named value of the epoch with its unit (the training and
     * test terms as {@code train_<term>} and {@code test_<term>}, epoch-level metrics such as mode
     * coverage, and {@code seconds}); {@code summary} says the epoch-level metrics in words (may be empty);
     * {@code shown} names the terms the line shows ({@link genlab.nn.Trainable#lineTerms}).
     */
    record EpochEnded(EpochResult result, int epochs, List<Metric> metrics, String summary, List<String> shown)
            implements TrainingEvent {

        /** The value named {@code name}, or empty. */
        public Optional<Double> value(String name) {
            return metrics.stream().filter(m -> m.name().equals(name)).map(Metric::value).findFirst();
        }

        /** {@code epoch  3/30  train loss 110.23 (recon 85.10, kl 25.13)  test loss ...  4.1 s}, then the summary. */
        public String line() {
            String line = String.format(Locale.ROOT, "epoch %2d/%d  train %s  test %s  %.1f s", result.epoch(), epochs,
                    terms(only(result.train())), terms(only(result.test())), result.seconds());
            return summary.isEmpty() ? line : line + "  " + summary;
        }

        // the shown terms, in the epoch's order
        private Map<String, Double> only(Map<String, Double> terms) {
            Map<String, Double> kept = new LinkedHashMap<>();
            terms.forEach((name, value) -> {
                if (shown.contains(name)) {
                    kept.put(name, value);
                }
            });
            return kept.isEmpty() ? terms : kept;
        }

        // a loss that is the sum of the other terms leads, its parts in parentheses: loss 1.00 (recon 0.80, kl 0.20);
        // terms that are not its parts stand side by side: d_loss 1.06, g_loss 1.17, d_real 0.51, d_fake 0.49
        static String terms(Map<String, Double> t) {
            List<String> parts = new ArrayList<>();
            t.forEach((name, value) -> parts.add(String.format(Locale.ROOT, "%s %.2f", name, value)));
            if (parts.size() == 1 || !headIsSumOfRest(List.copyOf(t.values()))) {
                return String.join(", ", parts);
            }
            return parts.get(0) + " (" + String.join(", ", parts.subList(1, parts.size())) + ")";
        }

        // the first value equals the sum of the others, to float32's rounding of an epoch's means
        private static boolean headIsSumOfRest(List<Double> values) {
            double rest = values.subList(1, values.size()).stream().mapToDouble(Double::doubleValue).sum();
            return Math.abs(values.get(0) - rest) <= 1e-5 * Math.max(1, Math.abs(values.get(0)));
        }
    }

    /** The checkpoint after {@code epoch} is on disk: a stop from here on loses only later epochs. */
    record CheckpointSaved(int epoch, Path file) implements TrainingEvent {}

    /** A line for the user as the run goes: the run folder, a warning, a resume. */
    record Notice(String text) implements TrainingEvent {}

    /** The run's last line for the user: what it finished with (final losses and scores). */
    record Summary(String text) implements TrainingEvent {}

    /** Training ended, finished, failed or diverged, after {@code epochs} finished epochs in all. */
    record RunEnded(int epochs) implements TrainingEvent {}
}
