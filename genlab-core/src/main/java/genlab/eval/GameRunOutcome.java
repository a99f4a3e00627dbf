package genlab.eval;

/**
 * How one training run of a 2-D game ended, for the stability comparison.
 *
 * @param method {@code gan} or {@code dualgan}
 * @param family the discriminator family: {@code linear} (on fixed features) or {@code mlp}
 * @param learningRate the generator's Adam learning rate (and the GAN discriminator's)
 * @param seed the run's seed
 * @param steps generator steps taken (fewer than the budget when the run diverged)
 * @param modesCovered modes with at least one high-quality point among the final samples
 * @param highQualityPercent percentage of final samples within 3 std of a mode
 * @param objectiveTailStd standard deviation of the generator's objective over the last 20% of steps (nats)
 * @param diverged true when the objective became non-finite and the run stopped
 * @param seconds wall time of the run
 */
public record GameRunOutcome(String method, String family, double learningRate, int seed, int steps,
        int modesCovered, double highQualityPercent, double objectiveTailStd, boolean diverged, double seconds) {

    /** Runs that end with at most this many modes covered count as collapsed. */
    public static final int COLLAPSE_MODES = 2;

    /** A finished (not diverged) run covering at most {@link #COLLAPSE_MODES} modes. */
    public boolean collapsed() {
        return !diverged && modesCovered <= COLLAPSE_MODES;
    }
}
