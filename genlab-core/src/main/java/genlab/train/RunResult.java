package genlab.train;

import genlab.nn.Trainable;
import java.nio.file.Path;

/**
 * What a {@link Run} leaves: its folder, the trained model (in the caller's manager), the epochs
 * its checkpoint held before this call, and the last epoch.
 *
 * @param model the model: a {@code GenerativeModel} of every kind but the classifier
 * @param resumedAfter the epochs the run's checkpoint held before (0 for a new run)
 */
public record RunResult(Path dir, Trainable model, int resumedAfter, EpochResult last) {

    /** The model as {@code type}, for example {@code GenerativeModel.class} or {@code Vae.class}. */
    public <M> M model(Class<M> type) {
        return type.cast(model);
    }
}
