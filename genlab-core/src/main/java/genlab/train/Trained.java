package genlab.train;

import java.util.List;

/**
 * A model after {@link Trainer#fit}, with the result of each epoch it trained, the first first.
 *
 * @param <M> the model
 */
public record Trained<M>(M model, List<EpochResult> history) {

    /** The last epoch's result. */
    public EpochResult last() {
        return history.get(history.size() - 1);
    }
}
