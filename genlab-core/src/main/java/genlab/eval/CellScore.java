package genlab.eval;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The scores of a stability cell's final samples, and whether they collapsed, by the rule of
 * their kind of data.
 *
 * @param scores named scores in a fixed order; the first is the one plotted against the learning rate
 * @param collapsed true when the samples collapsed
 */
public record CellScore(Map<String, Double> scores, boolean collapsed) {

    /** A 2-D run covering at most this many modes counts as collapsed. */
    public static final int COLLAPSE_MODES = 2;
    /** An image run below this Inception Score counts as collapsed. */
    public static final double COLLAPSE_INCEPTION_SCORE = 3;
    /** An image run with more than this share of its samples in one class counts as collapsed. */
    public static final double COLLAPSE_CLASS_SHARE = 0.5;

    /** The rule of {@link #coverage}, as the table's header says it. */
    public static final String COVERAGE_RULE = "<= " + COLLAPSE_MODES + " modes";
    /** The rule of {@link #samples}, as the table's header says it. */
    public static final String SAMPLES_RULE = String.format(Locale.ROOT, "IS < %.0f or one class > %.0f%%",
            COLLAPSE_INCEPTION_SCORE, 100 * COLLAPSE_CLASS_SHARE);

    /** Mode coverage of a 2-D mixture: modes covered and high-quality percentage (the VEEGAN / PacGAN protocol). */
    public static CellScore coverage(ModeCoverage c) {
        return new CellScore(coverageScores(c.countsPerMode().length, c.covered(), c.highQualityPercent()),
                c.covered() <= COLLAPSE_MODES);
    }

    /** {@link #coverage}'s scores of a run that diverged on a mixture of {@code modes} modes: each not a number. */
    public static CellScore coverageOfDiverged(int modes) {
        return new CellScore(coverageScores(modes, Double.NaN, Double.NaN), false);
    }

    private static Map<String, Double> coverageScores(int modes, double covered, double highQualityPercent) {
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("modes covered of " + modes, covered);
        scores.put("high-quality %", highQualityPercent);
        return scores;
    }

    /** Classifier scores of image samples: Inception Score, Frechet distance, largest class share (%). */
    public static CellScore samples(double inceptionScore, double frechetDistance, double largestClassShare) {
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("IS", inceptionScore);
        scores.put("FD", frechetDistance);
        scores.put("largest class %", 100 * largestClassShare);
        return new CellScore(scores, !(inceptionScore >= COLLAPSE_INCEPTION_SCORE) || largestClassShare > COLLAPSE_CLASS_SHARE);
    }

    /** {@link #samples}'s scores of a run that diverged: each not a number. */
    public static CellScore samplesOfDiverged() {
        return new CellScore(samples(Double.NaN, Double.NaN, Double.NaN).scores(), false);
    }
}
