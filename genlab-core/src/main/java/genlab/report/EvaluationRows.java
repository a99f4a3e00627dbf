package genlab.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The measures of a run's eval.json in words, each value with its unit and, where it has one, its standard error. */
final class EvaluationRows {

    private EvaluationRows() {}

    /** (measure, value) rows of {@code eval} (eval.json's tree) for a run of {@code facts}. */
    static List<List<String>> of(JsonNode eval, RunFacts facts) {
        List<List<String>> rows = new ArrayList<>();
        String images = count(eval.path("n").asInt()) + " test images";
        eval.path("log_likelihood").fields().forEachRemaining(e -> {
            JsonNode estimate = e.getValue();
            String name = e.getKey().equals("1") ? "Test ELBO, K = 1" : "Test log-likelihood, K = " + e.getKey()
                    + " (importance-weighted)";
            rows.add(List.of(name + ", " + images, Html.withUnit(Html.withError(-estimate.path("nll").asDouble(),
                    estimate.path("standard_error").asDouble()), "nats per image")));
        });
        String samples = count(eval.path("sample_count").asInt()) + " samples";
        if (eval.has("modes_covered")) {
            rows.add(List.of("Modes covered by " + samples, eval.path("modes_covered").asInt() + " of " + facts.modes()));
            rows.add(List.of("High-quality samples (within 3 standard deviations of a mode)",
                    Html.number(eval.path("high_quality_percent").asDouble()) + "%"));
            rows.add(List.of("KL of the modes' histogram to uniform",
                    Html.withUnit(Html.number(eval.path("kl_to_uniform").asDouble()), "nats")));
        }
        if (eval.has("test_accuracy")) {
            rows.add(List.of("Test accuracy", Html.number(100 * eval.path("test_accuracy").asDouble()) + "%"));
        }
        JsonNode scores = eval.path("samples");
        if (scores.isObject()) {
            JsonNode reference = scores.path("reference");
            rows.add(List.of("Inception Score of " + samples + " (1 to 10; test images: "
                    + Html.number(reference.path("test_inception_score").asDouble()) + ")",
                    Html.number(scores.path("inception_score").asDouble())));
            rows.add(List.of("Fréchet distance of the samples' features to the test images' (training images: "
                    + Html.number(reference.path("train_to_test_frechet_distance").asDouble()) + ")",
                    Html.number(scores.path("frechet_distance").asDouble())));
            rows.add(List.of("Share of the samples in their most common class",
                    Html.number(100 * scores.path("largest_class_share").asDouble()) + "%"));
            rows.add(List.of("Classifier", scores.path("classifier").asText()));
        } else if (eval.path("reference").isObject()) {
            rows.add(List.of("Inception Score of the test images (1 to 10)",
                    Html.number(eval.path("reference").path("test_inception_score").asDouble())));
        }
        return rows;
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
