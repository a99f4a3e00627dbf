package genlab.run;

import ai.djl.ndarray.NDManager;
import genlab.GenLabException;
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

    private static final VaeConfig SMALL = VaeConfig.builder().optDimension(6).optHidden(5).optLatent(2).build();

    private Path saved(VaeConfig config) {
        Path file = dir.resolve(TrainingCheckpoint.FILE);
        try (NDManager manager = NDManager.newBaseManager()) {
            Vae vae = new Vae(manager, config);
            TrainingCheckpoint.save(file, 3, config, vae.net(), vae.optimizers());
        }
        return file;
    }

    private static int load(Path file, VaeConfig config) {
        try (NDManager manager = NDManager.newBaseManager()) {
            Vae vae = new Vae(manager, config);
            return TrainingCheckpoint.load(file, config, vae.net(), vae.optimizers(), manager);
        }
    }

    @Test
    void theSameConfigWithMoreEpochsOrAnotherRateLoads() {
        Path file = saved(SMALL);
        assertThat(load(file, SMALL.toBuilder().optEpochs(50).optLearningRate(1e-4).build())).isEqualTo(3);
    }

    @Test
    void anotherConfigIsAnErrorNamingTheField() {
        Path file = saved(SMALL);
        assertThatThrownBy(() -> load(file, SMALL.toBuilder().optSeed(3).build()))
                .isInstanceOf(GenLabException.class)
                .hasMessage(file + ": written for another config: field 'seed' is 2 there and 3 here");
        assertThatThrownBy(() -> load(file, SMALL.toBuilder().optMcSamples(4).build()))
                .hasMessageContaining("field 'mcSamples' is 1 there and 4 here");
    }

    @Test
    void theFingerprintIgnoresKeyOrderAndTheResumableFields() {
        ConfigFingerprint a = ConfigFingerprint.of(SMALL);
        assertThat(ConfigFingerprint.of(SMALL.toBuilder().optEpochs(1).build())).isEqualTo(a);
        assertThat(a.sha256()).hasSize(64).isEqualTo(ConfigFingerprint.read(a.json()).sha256());
        assertThat(a.difference(ConfigFingerprint.of(SMALL.toBuilder().optSigma(0.5).build())))
                .hasValue("field 'sigma' is 1.0 there and 0.5 here");
    }
}
