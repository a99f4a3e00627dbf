package genlab.sweep;

import genlab.ConfigException;
import genlab.dualgan.DiscriminatorKind;
import genlab.train.RunEvaluation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StabilityStudyTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultsDependOnTheKindOfData() {
        // 2-D: 2 methods x 2 families x 3 learning rates x 5 seeds
        assertThat(StabilityStudy.builder().setDataset("RING8").build().runCount()).isEqualTo(60);
        assertThat(StabilityStudy.builder().setDataset("grid25").optFamilies(List.of(DiscriminatorKind.MLP)).optSeeds(2)
                .build().runCount()).isEqualTo(12);
        // images: 2 methods x 3 learning rates x 3 seeds, whatever the families
        StabilityStudy mnist = StabilityStudy.builder().setDataset("mnist").optClassifier(dir).build();
        assertThat(mnist.runCount()).isEqualTo(18);
        assertThat(mnist.dataset()).isEqualTo("mnist");
    }

    @Test
    void theCellsAreFamiliesThenMethodsThenLearningRatesThenSeeds() {
        StabilityStudy study = StabilityStudy.builder().setDataset("grid25").optSeeds(2).optEpochs(3)
                .optLearningRates(List.of(1e-3, 1e-2)).optThreads(1).build();
        List<StudyCell> cells = study.cells(dir);
        assertThat(cells).hasSize(study.runCount());
        assertThat(cells.get(0)).isEqualTo(new StudyCell("grid25", "gan", DiscriminatorKind.LINEAR, 1e-3, 1,
                "rff:256:0.3", 3, 256, null, 10_000, RunEvaluation.defaultClassifierFolder("grid25").toString(), null, 1,
                dir.resolve("cells/gan-linear-lr0.001-seed1").toString()));
        assertThat(cells.stream().map(c -> c.family() + " " + c.method() + " " + c.learningRate() + " " + c.seed())
                .limit(5)).containsExactly("LINEAR gan 0.001 1", "LINEAR gan 0.001 2", "LINEAR gan 0.01 1",
                "LINEAR gan 0.01 2", "LINEAR dualgan 0.001 1");
        assertThat(cells.get(8).family()).isEqualTo(DiscriminatorKind.MLP);
        // each cell's configs are the study's, with the cell's own learning rate and seed
        assertThat(cells.get(3).ganRecipe().training().learningRate()).isEqualTo(1e-2);
        assertThat(cells.get(3).ganRecipe().training().seed()).isEqualTo(2);
        assertThat(cells.get(4).dualRecipe().training().epochs()).isEqualTo(3);
    }

    @Test
    void aBadSettingIsNamedByItsField() {
        assertThatThrownBy(() -> StabilityStudy.builder().setDataset("cifar").build()).isInstanceOf(ConfigException.class)
                .hasMessage("dataset must be ring8, grid25, mnist or fashion-mnist for a stability study, got 'cifar'");
        assertThatThrownBy(() -> StabilityStudy.builder().setDataset("ring8").optSeeds(0).build())
                .hasMessage("seeds must be a positive integer, got 0");
        assertThatThrownBy(() -> StabilityStudy.builder().setDataset("ring8").optLearningRates(List.of(1e-3, -1.0)).build())
                .hasMessage("learningRates must be positive finite numbers, got [0.001, -1.0]");
        assertThatThrownBy(() -> StabilityStudy.builder().setDataset("ring8").optFamilies(List.of()).build())
                .hasMessage("families must name at least one discriminator family");
        Path nowhere = dir.resolve("nowhere");
        assertThatThrownBy(() -> StabilityStudy.builder().setDataset("mnist").optClassifier(nowhere).build())
                .isInstanceOf(ConfigException.class).hasMessage("classifier scores the samples of a study on mnist, and "
                        + "there is no classifier run at " + nowhere + " (train a classifier on mnist there first)");
    }
}
