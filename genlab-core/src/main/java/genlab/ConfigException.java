package genlab;

/**
 * A configuration value that is out of range. It names the field (a config.json key such as
 * {@code batchSize}); whoever took the value from the user names it as the user wrote it: the CLI
 * as its flag ({@code --batch-size}), a run folder's reader as {@code config.json field 'batchSize'}.
 */
public final class ConfigException extends GenLabException {

    private final String field;
    private final String problem;

    /** @param problem what is wrong, after the field's name: {@code must be a positive integer, got 0} */
    public ConfigException(String field, String problem) {
        super(field + " " + problem);
        this.field = field;
        this.problem = problem;
    }

    public String field() {
        return field;
    }

    /** The message with the field named as {@code name}. */
    public String renamed(String name) {
        return name + " " + problem;
    }
}
