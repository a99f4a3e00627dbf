package genlab;

/**
 * How the learning rate moves over a run, as a factor of the configured rate at each training
 * step t of T (t = 0 .. T - 1), applied by the training loop to every optimizer of the model. The
 * factor depends only on t and T, so a resumed run continues the same curve (a resume that raises
 * the run's epochs stretches it from there).
 */
public enum LearningRateSchedule {
    /** The configured rate throughout (what a config.json older than the field means). */
    CONSTANT,
    /**
     * Cosine annealing to 0 (Loshchilov and Hutter 2017, without restarts; PyTorch's
     * {@code CosineAnnealingLR} stepped per batch): factor = (1 + cos(pi t / T)) / 2.
     */
    COSINE,
    /**
     * The full rate for the first 60% of the steps, a tenth of it to 80%, a hundredth after
     * (PyTorch's {@code MultiStepLR} with milestones at 0.6 T and 0.8 T and gamma 0.1): train,
     * then let the generator settle on what it found.
     */
    STEP;

    /** The factor of step t of T (t counts from 0). */
    public double factor(long step, long steps) {
        return switch (this) {
            case CONSTANT -> 1;
            case COSINE -> (1 + Math.cos(Math.PI * step / steps)) / 2;
            case STEP -> step < 0.6 * steps ? 1 : step < 0.8 * steps ? 0.1 : 0.01;
        };
    }
}
