package genlab.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An epoch line puts terms in parentheses only when they are the parts of the loss before them. */
class EpochLineTest {

    @Test
    void aLossAndItsPartsReadAsASumAndAGamesTermsSideBySide() {
        Map<String, Double> vae = new LinkedHashMap<>();
        vae.put("loss", 110.23);
        vae.put("recon", 85.10);
        vae.put("kl", 25.13);
        assertThat(TrainingEvent.EpochEnded.terms(vae)).isEqualTo("loss 110.23 (recon 85.10, kl 25.13)");
        Map<String, Double> gan = new LinkedHashMap<>();
        gan.put("d_loss", 1.06);
        gan.put("g_loss", 1.17);
        gan.put("d_real", 0.51);
        gan.put("d_fake", 0.49);
        assertThat(TrainingEvent.EpochEnded.terms(gan)).isEqualTo("d_loss 1.06, g_loss 1.17, d_real 0.51, d_fake 0.49");
        assertThat(TrainingEvent.EpochEnded.terms(Map.of("loss", 2.0))).isEqualTo("loss 2.00");
    }
}
