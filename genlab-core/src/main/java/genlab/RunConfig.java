package genlab;

/**
 * A model's configuration (the model's fields of config.json): every value checked by
 * {@link #validated}, which returns the same configuration or throws a {@link ConfigException}
 * naming the bad field.
 */
public interface RunConfig<T extends RunConfig<T>> {

    T validated();

    /** The training this model is known to work with: its recipe's epochs, batch size, learning rate and seed. */
    TrainingConfig defaultTraining();

    /**
     * Checks what depends on how the model is trained (the memory of one batch, a batch that packs
     * split evenly); a {@link ConfigException} names the field to change. Nothing by default.
     */
    default void requireTrainable(TrainingConfig training) {}
}
