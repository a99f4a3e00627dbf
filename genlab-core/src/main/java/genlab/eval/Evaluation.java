package genlab.eval;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Optional;
import java.util.SortedMap;

/**
 * What the evaluation of a trained run measured, as its eval.json holds it (in snake_case there):
 * the settings it ran with, then the numbers that fit the run's kind.
 */
public sealed interface Evaluation {

    /** Model samples scored, and training images of the test set's ceiling. */
    int sampleCount();

    /** Seed of the importance samples and model samples. */
    int seed();

    /**
     * A classifier run: its test accuracy and the test set's own scores.
     *
     * @param testAccuracy the fraction of test images classified right
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record OfClassifier(int sampleCount, int seed, double testAccuracy, Ceiling reference)
            implements Evaluation {}

    /**
     * A run on points in the plane: the mode coverage of its samples.
     *
     * @param shards the shards the samples were drawn in, each with its own seed
     * @param modesCovered modes with at least one high-quality sample
     * @param highQualityPercent samples within 3 standard deviations of a mode, percent
     * @param klToUniform KL divergence of the high-quality samples' mode histogram from uniform, nats
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record OfPoints(int sampleCount, int seed, int shards, int modesCovered, double highQualityPercent,
            double klToUniform) implements Evaluation {}

    /**
     * A run on images: the VAE's test log-likelihood by K (none for a GAN), and the classifier's
     * scores of its samples when a classifier scored them.
     *
     * @param n the test images of the VAE's log-likelihood, or null for a GAN
     * @param shards the shards the test images and samples were split in, each with its own seed
     * @param logLikelihood the importance-weighted estimate for each K, K = 1 being the ELBO
     * @param samples the samples' scores, or null when no classifier scored them
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record OfImages(Integer n, int sampleCount, int seed, int shards, SortedMap<Integer, Likelihood> logLikelihood,
            SampleScores samples) implements Evaluation {

        /** The samples' scores, when a classifier scored them. */
        public Optional<SampleScores> sampleScores() {
            return Optional.ofNullable(samples);
        }
    }

    /**
     * The mean over the test images of one importance-weighted estimate.
     *
     * @param nll the negative log-likelihood -(1/n) sum_i log p(x_i), nats per image
     * @param standardError the standard error of that mean over the images, nats per image
     * @param seconds the time the estimate took, summed over shards
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Likelihood(double nll, double standardError, double seconds) {

        /** The mean log-likelihood (1/n) sum_i log p(x_i) = -nll, nats per image. */
        public double logLikelihood() {
            return -nll;
        }
    }

    /**
     * The classifier-based scores of a model's samples, beside the test set's own.
     *
     * @param classifier the classifier run's folder
     * @param inceptionScore exp E[KL(p(y|x) || p(y))] of the samples, from 1 to the classes' count
     * @param frechetDistance the Frechet distance of the samples' features to the test images'
     * @param largestClassShare the share of the samples the classifier puts in its most common class
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SampleScores(String classifier, double inceptionScore, double frechetDistance, double largestClassShare,
            Ceiling reference) {}

    /**
     * What real images score: the ceiling of the sample scores.
     *
     * @param testInceptionScore the Inception Score of the test images
     * @param trainToTestFrechetDistance the Frechet distance of training images' features to the test images'
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Ceiling(double testInceptionScore, double trainToTestFrechetDistance) {}
}
