package genlab;

/**
 * A configuration value that is out of range. It names the field (a config.json key such as
 * {@code batchSize}); whoever took the value from the user names it as the user wrote it: the CLI
 * as its flag ({@code --batch-size}), a run folder's reader as {@code config.json field 'batchSize'}.
 */
public class ConfigException extends GenLabException {

    private final String field;
    private final String problem;

    /** @param problem what is wrong, after the field's name: {@code must be a positive integer, got 0} */
    public ConfigException(String field, String problem) {
        this(field, problem, null);
    }

    /** A bad value whose message ends with {@code hint}: {@code "out runs/x: not empty ..., or pass force to write into it"}. */
    public ConfigException(String field, String problem, Hint hint) {
        super(field + " " + problem, hint);
        this.field = field;
        this.problem = problem;
    }

    public String field() {
        return field;
    }

    /** The message with the field named as {@code name}, the hint's setting as it is. */
    public String renamed(String name) {
        return name + " " + problem + hint(java.util.function.UnaryOperator.identity());
    }

    /** The message with the field and the hint's setting named by {@code names} (the command line's flags). */
    @Override
    public String message(java.util.function.UnaryOperator<String> names) {
        return names.apply(field) + " " + problem + hint(names);
    }
}
