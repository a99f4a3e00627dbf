package genlab.report;

import genlab.run.RunFolder;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

class RunReportTest {

    @TempDir
    Path dir;

    @Test
    void embedsCurvesAndAtMostTenEvenlySpacedEpochGrids() throws IOException {
        Files.writeString(dir.resolve("config.json"), "{\"model\":\"gan\",\"dataset\":\"ring8\",\"note\":\"a<b\"}");
        StringBuilder csv = new StringBuilder("epoch,train_d_loss,test_d_loss,kl_modes_uniform,seconds\n");
        for (int epoch = 1; epoch <= 12; epoch++) {
            csv.append(epoch).append(",1.2,1.3,NaN,0.5\n");
            ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png",
                    dir.resolve(String.format("scatter-epoch%02d.png", epoch)).toFile());
        }
        Files.writeString(dir.resolve("metrics.csv"), csv);
        try (RunFolder run = RunFolder.claimExisting(dir)) {
            RunReport.write(run);
        }
        String html = Files.readString(dir.resolve(RunReport.FILE));
        assertThat(html).contains("<td>a&lt;b</td>", "d_loss per epoch", "<figcaption>epoch 1</figcaption>",
                "<figcaption>epoch 12</figcaption>").doesNotContain("kl_modes_uniform per epoch", "<script");
        assertThat(Pattern.compile("<figcaption>epoch \\d+</figcaption>").matcher(html).results().count())
                .isEqualTo(10);
    }

    @Test
    void metricsTableGroupsTrainAndTestColumnsIntoQuantities() throws IOException {
        Files.writeString(dir.resolve("m.csv"), "epoch,train_loss,train_kl,test_loss,test_kl,modes,seconds\n"
                + "1,3,1,4,2,5,0.1\n2,2,1,3,2,6,0.1\n");
        MetricsTable table = MetricsTable.read(dir.resolve("m.csv"));
        assertThat(table.quantities()).containsExactly("loss", "kl", "modes");
        assertThat(table.columnsOf("kl")).containsExactly("train_kl", "test_kl");
        assertThat(table.column("test_loss")).containsExactly(4, 3);
        assertThat(Html.number(86.123456789)).isEqualTo("86.1235");
        assertThat(Html.number(0.000123456789)).isEqualTo("0.000123457");
        assertThat(List.of(Html.number(Double.NaN), Html.number(2e6))).containsExactly("NaN", "2000000");
    }
}
