package genlab.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An epoch line puts terms in parentheses only when they are the parts of the loss before them,
 * and shows the terms its model names.
 */
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

    @Test
    void aDualingGansLineShowsItsDualAndDsOutputsAndFitsInAboutTwoHundredBytes() {
        Map<String, Double> terms = new LinkedHashMap<>();
        terms.put("dual", 1.2734);
        terms.put("primal", 1.2734);
        terms.put("gap", 1.951e-05);
        terms.put("d_real", 0.5474);
        terms.put("d_fake", 0.4759);
        // the summary of a ring8 run's epoch, as the run writes it
        String line = new TrainingEvent.EpochEnded(new EpochResult(12, terms, terms, 3.7), 100, List.of(),
                "gap per step: median 2.7e-09, max 2.0e-04  modes covered: 8/8 · high-quality: 91.6%",
                List.of("dual", "d_real", "d_fake")).line();
        assertThat(line).isEqualTo("epoch 12/100  train dual 1.27, d_real 0.55, d_fake 0.48  test dual 1.27, d_real "
                + "0.55, d_fake 0.48  3.7 s  gap per step: median 2.7e-09, max 2.0e-04  modes covered: 8/8 · "
                + "high-quality: 91.6%");
        assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(200);
    }
}
