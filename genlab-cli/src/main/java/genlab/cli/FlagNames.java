package genlab.cli;

import java.util.Locale;
import java.util.Map;

/**
 * The command-line flag of each configuration field ({@code batchSize} is {@code --batch-size}),
 * and the command a hint names ({@code cluster} is {@code genlab cluster}).
 */
final class FlagNames {

    // fields whose flag is not the field's name in kebab case
    private static final Map<String, String> RENAMED = Map.of("learningRate", "--lr", "generatorArch", "--arch",
            "learningRates", "--lrs", "cluster", "genlab cluster");

    private FlagNames() {}

    static String flag(String field) {
        String renamed = RENAMED.get(field);
        return renamed != null ? renamed : "--" + field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
