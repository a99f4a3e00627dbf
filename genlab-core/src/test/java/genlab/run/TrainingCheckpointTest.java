package genlab.run;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import genlab.GenLabException;
import genlab.JsonProblems;
import genlab.Recipe;
import genlab.TrainingConfig;
import genlab.gan.GanConfig;
import genlab.gan.GanRecipes;
import genlab.vae.Vae;
import genlab.vae.VaeConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** checkpoint.bin carries its config: resuming against another config names the field that differs. */
class TrainingCheckpointTest {

    @TempDir
    Path dir;

    private static final Recipe<VaeConfig> SMALL = Recipe.of(VaeConfig.builder().optDimension(6).optHidden(5)
            .optLatent(2).build());

    private Path saved(Recipe<VaeConfig> recipe) {
        Path file = dir.resolve(TrainingCheckpoint.FILE);
        try (NDManager manager = NDManager.newBaseManager()) {
            Vae vae = new Vae(manager, recipe.model());
            TrainingCheckpoint.save(file, 3, recipe, vae.net(), vae.optimizers());
        }
        return file;
    }

    private static int load(Path file, Recipe<VaeConfig> recipe) {
        try (NDManager manager = NDManager.newBaseManager()) {
            Vae vae = new Vae(manager, recipe.model());
            return TrainingCheckpoint.load(file, recipe, vae.net(), vae.optimizers(), manager);
        }
    }

    private static Recipe<VaeConfig> training(TrainingConfig.Builder training) {
        return SMALL.withTraining(training.build());
    }

    @Test
    void theSameConfigWithMoreEpochsOrAnotherRateLoads() {
        Path file = saved(SMALL);
        assertThat(load(file, training(SMALL.training().toBuilder().optEpochs(50).optLearningRate(1e-4)))).isEqualTo(3);
    }

    @Test
    void anotherConfigIsAnErrorNamingTheField() {
        Path file = saved(SMALL);
        assertThatThrownBy(() -> load(file, training(SMALL.training().toBuilder().optSeed(3))))
                .isInstanceOf(GenLabException.class)
                .hasMessage(file + ": written for another config: field 'seed' is 2 there and 3 here");
        assertThatThrownBy(() -> load(file, new Recipe<>(SMALL.model().toBuilder().optMcSamples(4).build(),
                SMALL.training()))).hasMessageContaining("field 'mcSamples' is 1 there and 4 here");
    }

    @Test
    void theFingerprintIgnoresKeyOrderAndTheResumableFields() {
        ConfigFingerprint a = ConfigFingerprint.of(SMALL);
        assertThat(ConfigFingerprint.of(training(SMALL.training().toBuilder().optEpochs(1)))).isEqualTo(a);
        assertThat(a.sha256()).hasSize(64).isEqualTo(ConfigFingerprint.read(a.json()).sha256());
        assertThat(a.difference(ConfigFingerprint.of(new Recipe<>(SMALL.model().toBuilder().optSigma(0.5).build(),
                SMALL.training())))).hasValue("field 'sigma' is 1.0 there and 0.5 here");
    }

    @Test
    void aFlatConfigJsonReadsBackAsTheSameRecipeWithTheSameFingerprintAsItsFields() throws Exception {
        JsonNode flat = JsonProblems.MAPPER.valueToTree(SMALL);
        assertThat(flat.has("latent") && flat.has("epochs") && !flat.has("lrSchedule")).isTrue();
        assertThat(Recipe.read(flat, VaeConfig.class)).isEqualTo(SMALL);
        // the fingerprint of the old record that held both halves: the same sorted fields
        assertThat(ConfigFingerprint.of(flat)).isEqualTo(ConfigFingerprint.of(SMALL));
    }

    @Test
    void aGameConfigOfTheOldFieldNameZDimReadsAsLatentAndItsCheckpointStillFits() throws Exception {
        Recipe<GanConfig> ring8 = GanRecipes.ring8();
        ObjectNode old = JsonProblems.MAPPER.valueToTree(ring8);
        old.set("zDim", old.remove("latent"));
        assertThat(Recipe.read(old, GanConfig.class)).isEqualTo(ring8);
        // a checkpoint written before the rename holds "zDim" in its fingerprint
        assertThat(ConfigFingerprint.read(ConfigFingerprint.of(old).json()).difference(ConfigFingerprint.of(ring8)))
                .isEmpty();
        old.put("zDim", 32);
        assertThat(ConfigFingerprint.of(old).difference(ConfigFingerprint.of(ring8)))
                .hasValue("field 'latent' is 32 there and 64 here");
    }
}
