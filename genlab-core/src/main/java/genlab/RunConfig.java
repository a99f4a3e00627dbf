package genlab;

/**
 * A run's configuration (saved as config.json): every value checked by {@link #validated}, which
 * returns the same configuration or throws a {@link ConfigException} naming the bad field.
 */
public interface RunConfig<T extends RunConfig<T>> {

    T validated();
}
