package genlab.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The settings of a run's config.json that apply to it, in words: not the model and dataset (the
 * page's title says them), not what follows from them (the dimension, the image shape), not an
 * unset one, and not one the run's choices leave unused (the channel multiplier of MLPs, the
 * linear discriminator's features beside an MLP one, the batches per epoch of a run over images).
 */
final class AppliedSettings {

    private static final Set<String> SHOWN_ELSEWHERE = Set.of("model", "dataset", "dimension", "image");

    private AppliedSettings() {}

    /** (setting, value) rows in config.json's order. */
    static List<List<String>> of(JsonNode config) {
        List<List<String>> rows = new ArrayList<>();
        config.fields().forEachRemaining(e -> {
            if (!SHOWN_ELSEWHERE.contains(e.getKey()) && !e.getValue().isNull() && applies(e.getKey(), config)) {
                String label = Words.setting(e.getKey());
                rows.add(List.of(label != null ? label : words(e.getKey()), value(e.getKey(), e.getValue())));
            }
        });
        return rows;
    }

    private static boolean applies(String key, JsonNode config) {
        boolean points = config.path("image").isNull() && config.path("dimension").asInt() == 2;
        return switch (key) {
            case "channels" -> is(config, "arch", "CONV") || is(config, "generatorArch", "CONV")
                    || is(config, "discriminator", "CONV");
            case "batchesPerEpoch" -> points;
            // a Dualing GAN's linear discriminator works on the features; its MLP one on the points
            case "features" -> !config.has("discriminator") || is(config, "discriminator", "LINEAR")
                    || families(config).contains("LINEAR");
            case "proximalMetric" -> is(config, "discriminator", "MLP");
            case "dualSteps" -> config.path("dualSolver").isNull() || is(config, "dualSolver", "ASCENT");
            case "pack" -> config.path("pack").asInt(1) > 1;
            case "sigma" -> is(config, "likelihood", "GAUSSIAN");
            default -> true;
        };
    }

    private static boolean is(JsonNode config, String key, String value) {
        return config.path(key).asText().equals(value);
    }

    private static List<String> families(JsonNode config) {
        List<String> families = new ArrayList<>();
        config.path("families").forEach(f -> families.add(f.asText()));
        return families;
    }

    private static String value(String key, JsonNode value) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.isNumber() ? Html.number(item.asDouble()) : Words.value(item.asText())));
            return String.join(", ", items);
        }
        if (key.equals("limit")) {
            return String.format(Locale.ROOT, "the first %,d", value.asLong());
        }
        return value.isNumber() ? Html.number(value.asDouble()) : Words.value(value.asText());
    }

    // a key no word is known for, in words: batchSize and batch_size as "batch size"
    private static String words(String key) {
        return key.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}
