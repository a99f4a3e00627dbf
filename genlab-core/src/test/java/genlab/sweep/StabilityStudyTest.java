package genlab.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import genlab.ConfigException;
import genlab.run.RunFolder;
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
    void theCellsAreFamiliesThenMethodsThenLearningRatesThenSeedsEachItsCommandsConfig() {
        StabilityStudy study = StabilityStudy.builder().setDataset("grid25").optSeeds(2).optEpochs(3)
                .optLearningRates(List.of(1e-3, 1e-2)).optThreads(1).build();
        List<SweepCell> cells = study.cells(dir);
        assertThat(cells).hasSize(study.runCount());
        // absolute paths, so that an executor started in another folder finds the same files
        assertThat(cells.get(0).folder()).isEqualTo(dir.resolve("cells/gan-linear-lr0.001-seed1").toString());
        assertThat(study.cells(Path.of("runs/cmp")).get(0).folder())
                .isEqualTo(Path.of("runs/cmp/cells/gan-linear-lr0.001-seed1").toAbsolutePath().toString());
        assertThat(cells.get(0).threads()).isEqualTo(1);
        assertThat(cells.get(0).scoring()).isEqualTo(new SweepCell.Scoring("grid25",
                RunEvaluation.defaultClassifierFolder("grid25").toAbsolutePath().toString(), 10_000, "g_loss"));
        assertThat(cells.stream().map(c -> Path.of(c.folder()).getFileName().toString()).limit(5)).containsExactly(
                "gan-linear-lr0.001-seed1", "gan-linear-lr0.001-seed2", "gan-linear-lr0.01-seed1",
                "gan-linear-lr0.01-seed2", "dualgan-linear-lr0.001-seed1");
        assertThat(cells.get(8).folder()).endsWith("gan-mlp-lr0.001-seed1");
        assertThat(cells.get(4).scoring().objective()).isEqualTo("dual");
        // each cell's config.json is its command's: the study's settings, the cell's learning rate and seed
        JsonNode gan = RunFolder.parseTree(cells.get(3).config());
        assertThat(gan.get("model").asText()).isEqualTo("gan");
        assertThat(gan.get("features").asText()).isEqualTo("rff:256:0.3");
        assertThat(gan.get("learningRate").asDouble()).isEqualTo(1e-2);
        assertThat(gan.get("seed").asInt()).isEqualTo(2);
        JsonNode dual = RunFolder.parseTree(cells.get(4).config());
        assertThat(dual.get("model").asText()).isEqualTo("dualgan");
        assertThat(dual.get("epochs").asInt()).isEqualTo(3);
        assertThat(dual.get("batchSize").asInt()).isEqualTo(256);
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
