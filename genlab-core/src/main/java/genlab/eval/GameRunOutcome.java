package genlab.eval;

import java.io.Serializable;
import java.util.Map;

/**
 * How one training run of a game ended, for the stability comparison.
 *
 * @param method {@code gan} or {@code dualgan}
 * @param family the discriminator family: {@code linear} (on fixed features), {@code mlp} or {@code conv}
 * @param learningRate the generator's Adam learning rate (and the GAN discriminator's)
 * @param seed the run's seed
 * @param steps generator steps taken (fewer than the budget when the run diverged)
 * @param scores the final samples' scores by name, in a fixed order (the first is the one plotted):
 *     modes covered and high-quality percentage on a 2-D mixture, IS, FD and largest class share on images
 * @param objectiveTailStd standard deviation of the generator's objective over the last 20% of steps (nats)
 * @param diverged true when the objective became non-finite and the run stopped
 * @param collapsed true when a finished run's samples collapsed (the rule is the data's: see {@link CellScore})
 * @param resumedAfterEpoch epochs the run's checkpoint held when the process that finished it took
 *     it over (0: trained from the start in one process)
 * @param seconds wall time of the run in the process that finished it
 */
public record GameRunOutcome(String method, String family, double learningRate, int seed, int steps,
        Map<String, Double> scores, double objectiveTailStd, boolean diverged, boolean collapsed,
        int resumedAfterEpoch, double seconds)
        implements Serializable {}
