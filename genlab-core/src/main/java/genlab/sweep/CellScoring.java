package genlab.sweep;

import ai.djl.ndarray.NDManager;
import genlab.data.GaussianMixture2d;
import genlab.data.ImageDatasets;
import genlab.data.ImageShape;
import genlab.eval.CellScore;
import genlab.eval.FrechetDistance.GaussianFit;
import genlab.eval.ModeCoverage;
import genlab.internal.EngineSetup;
import genlab.internal.SampleScorer;
import genlab.nn.GenerativeModel;
import genlab.run.RunFolder;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How a sweep's cell scores its trained model, in the manager the model lives in: mode coverage
 * on a 2-D mixture, classifier scores on images, or nothing. Closing frees what it holds.
 */
interface CellScoring extends AutoCloseable {

    /** No scores: a run judged by its metrics alone. */
    CellScoring NONE = new CellScoring() {
        @Override
        public CellScore score(NDManager manager, GenerativeModel model) {
            return unscored();
        }

        @Override
        public CellScore unscored() {
            return new CellScore(Map.of(), false);
        }
    };

    CellScore score(NDManager manager, GenerativeModel model);

    /** The scores of a run that diverged: the same names, each not a number. */
    CellScore unscored();

    @Override
    default void close() {}

    /**
     * The scoring {@code scoring} describes, or none when it is null; images are read from
     * {@code data} (or the standard places when null) and scored with {@code threads} threads.
     */
    static CellScoring open(SweepCell.Scoring scoring, String data, int threads) {
        if (scoring == null) {
            return NONE;
        }
        Optional<GaussianMixture2d> mixture = GaussianMixture2d.byId(scoring.dataset());
        return mixture.isPresent() ? coverage(mixture.get()) : samples(Path.of(scoring.classifier()),
                scoring.dataset(), Optional.ofNullable(data).map(Path::of), scoring.samples(), threads);
    }

    /** Mode coverage of {@link ModeCoverage#POINTS} samples on {@code mixture}. */
    private static CellScoring coverage(GaussianMixture2d mixture) {
        return new CellScoring() {
            @Override
            public CellScore score(NDManager manager, GenerativeModel model) {
                return CellScore.coverage(ModeCoverage.of(model.sample(manager, ModeCoverage.POINTS)
                        .toFloatArray(), ModeCoverage.POINTS, mixture));
            }

            @Override
            public CellScore unscored() {
                return CellScore.coverageOfDiverged(mixture.modes().length);
            }
        };
    }

    /**
     * Inception Score, Frechet distance and largest class share of {@code samples} images, by the
     * classifier of run {@code classifierRun} against the test images of {@code dataset} (read from
     * {@code data}, or the standard places). Starts the engine with {@code threads} threads.
     */
    private static CellScoring samples(Path classifierRun, String dataset, Optional<Path> data, int samples, int threads) {
        EngineSetup.start(threads, 0);
        NDManager scorerManager = NDManager.newBaseManager();
        try {
            SampleScorer scorer = new SampleScorer(RunFolder.open(classifierRun), scorerManager);
            GaussianFit testFit = scorer.outputs(ImageDatasets.load(dataset, data, ImageShape.MNIST).test()).featureFit();
            return new CellScoring() {
                @Override
                public CellScore score(NDManager manager, GenerativeModel model) {
                    SampleScorer.Scores s = SampleScorer.Scores.of(scorer.statistics(model, samples), testFit);
                    return CellScore.samples(s.inceptionScore(), s.frechetDistance(), s.largestClassShare());
                }

                @Override
                public CellScore unscored() {
                    return CellScore.samplesOfDiverged();
                }

                @Override
                public void close() {
                    scorerManager.close();
                }
            };
        } catch (RuntimeException e) {
            scorerManager.close();
            throw e;
        }
    }
}
