package genlab.train;

import ai.djl.ndarray.NDManager;
import genlab.ConfigException;
import genlab.JsonProblems;
import genlab.Recipe;
import genlab.data.ImageDatasets;
import genlab.dualgan.DualGanConfig;
import genlab.dualgan.DualGanRecipes;
import genlab.eval.Evaluation;
import genlab.run.RunFolder;
import genlab.vae.VaeConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An evaluation returns a typed result of the run's kind, and eval.json holds exactly it. */
class RunEvaluationTest {

    @TempDir
    Path dir;

    @Test
    void aVaeRunGivesItsNegativeLogLikelihoodByKAndTheBoundTightensWithK() throws Exception {
        Path run = dir.resolve("vae");
        Recipe<VaeConfig> recipe = new Recipe<>(VaeConfig.reference(),
                VaeConfig.reference().defaultTraining().toBuilder().optEpochs(1).build());
        try (NDManager manager = NDManager.newBaseManager()) {
            Run.builder(recipe).optFolder(run).optImages(ImageDatasets.load("mnist").first(3_000, 300)).build()
                    .start(Trainer.builder(recipe.training()).optThreads(1).build(), manager);
        }
        Evaluation result = RunEvaluation.builder().optK(20).optN(300).optSamples(300)
                .optSettings(new RunSettings(1, TrainingListener.SILENT)).build().evaluate(run);
        assertThat(result).isInstanceOf(Evaluation.OfImages.class);
        Evaluation.OfImages vae = (Evaluation.OfImages) result;
        assertThat(vae.logLikelihood()).containsOnlyKeys(1, 20);
        Evaluation.Likelihood elbo = vae.logLikelihood().get(1);
        Evaluation.Likelihood k20 = vae.logLikelihood().get(20);
        // one epoch on 3,000 images: about 220 nats per image, far below the 543 (784 ln 2) of pixels at 1/2
        assertThat(elbo.nll()).isBetween(150.0, 300.0);
        assertThat(elbo.logLikelihood()).isEqualTo(-elbo.nll());
        assertThat(k20.nll()).isLessThan(elbo.nll());
        assertThat(k20.standardError()).isBetween(0.5, 10.0);
        assertThat(vae.sampleScores()).isEmpty();
        assertThat(RunFolder.readTree(run.resolve(RunEvaluation.RESULTS))).isEqualTo(JsonProblems.MAPPER.valueToTree(vae));
        assertThat(RunFolder.readTree(run.resolve(RunEvaluation.RESULTS)).at("/log_likelihood/20/nll").asDouble())
                .isEqualTo(k20.nll());
    }

    @Test
    void aRunOnPointsGivesItsModeCoverage() throws Exception {
        Path run = dir.resolve("gan");
        Recipe<DualGanConfig> recipe = DualGanRecipes.ring8().withTraining(DualGanRecipes.ring8().training()
                .toBuilder().optEpochs(3).build());
        try (NDManager manager = NDManager.newBaseManager()) {
            Run.builder(recipe).optFolder(run).build().start(Trainer.builder(recipe.training()).optThreads(1).build(),
                    manager);
        }
        Evaluation result = RunEvaluation.builder().optSamples(2000)
                .optSettings(new RunSettings(1, TrainingListener.SILENT)).build().evaluate(run);
        assertThat(result).isInstanceOf(Evaluation.OfPoints.class);
        Evaluation.OfPoints points = (Evaluation.OfPoints) result;
        // 300 generator steps put the samples on one mode or more of the ring, not yet on all
        assertThat(points.modesCovered()).isBetween(1, 8);
        assertThat(points.klToUniform()).isBetween(0.0, Math.log(8) + 1e-9);
        assertThat(points.highQualityPercent()).isBetween(1.0, 100.0);
        assertThat(points.sampleCount()).isEqualTo(2000);
        assertThat(RunFolder.readTree(run.resolve(RunEvaluation.RESULTS))).isEqualTo(JsonProblems.MAPPER.valueToTree(points));
        // the likelihood's settings are a VAE's: given for this run, they are refused before any work
        assertThatThrownBy(() -> RunEvaluation.builder().optN(500).build().evaluate(run))
                .isInstanceOf(ConfigException.class).hasMessage("n sets the log-likelihood's estimate, which only a "
                        + "vae run has; this is a dualgan run, its samples scored are set by samples");
    }
}
