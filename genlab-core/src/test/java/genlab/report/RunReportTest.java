package genlab.report;

import genlab.run.RunFolder;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

class RunReportTest {

    /** Words in capitals a page may use: names, not enum constants. */
    private static final Set<String> CAPITALS = Set.of("VAE", "GAN", "MNIST", "ELBO", "KL", "MLP", "C", "D", "G",
            "K", "E", "Adam");

    @TempDir
    Path dir;

    /** The text a reader sees: no tag, no embedded image. */
    static String visibleText(String html) {
        return html.replaceAll("(?s)<style>.*?</style>", "").replaceAll("<[^>]+>", " ").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    /** Fails on a key (snake_case, camelCase, an enum constant), a null or a NaN in what a reader sees. */
    static void assertReadable(String html) {
        String text = visibleText(html);
        assertThat(text).doesNotContainPattern("\\b[a-z]+(_[a-z0-9]+)+\\b")
                .doesNotContainPattern("\\b[a-z]+[A-Z][A-Za-z]*\\b").doesNotContain("null", "NaN");
        Matcher capitals = Pattern.compile("\\b[A-Z][A-Z_]+\\b").matcher(text);
        while (capitals.find()) {
            assertThat(CAPITALS).as("a word in capitals in: " + text).contains(capitals.group());
        }
    }

    private String report(String config, String metrics, String eval) throws IOException {
        Files.writeString(dir.resolve("config.json"), config);
        Files.writeString(dir.resolve("metrics.csv"), metrics);
        if (eval != null) {
            Files.writeString(dir.resolve("eval.json"), eval);
        }
        try (RunFolder run = RunFolder.claimExisting(dir)) {
            RunReport.write(run);
        }
        String html = Files.readString(dir.resolve(RunReport.FILE));
        assertReadable(html);
        return visibleText(html);
    }

    @Test
    void aVaeReportSaysItsLikelihoodInWordsRoundedToItsStandardError() throws IOException {
        String text = report("""
                {"model":"vae","dataset":"mnist","dimension":784,"hidden":400,"latent":20,"likelihood":"BERNOULLI",
                 "sigma":1.0,"mcSamples":1,"binarize":"NONE","image":{"channels":1,"height":28,"width":28},
                 "epochs":2,"batchSize":128,"learningRate":0.001,"seed":2}""", """
                epoch,train_loss,train_recon,train_kl,test_loss,test_recon,test_kl,seconds
                1,164.5,149.1,15.4,127.3,107.0,20.3,7.1
                2,121.6412,99.6,22.05,115.7321,92.29,23.44,7.3
                """, """
                {"n":10000,"sample_count":10000,"seed":0,"shards":1,"log_likelihood":{
                 "1":{"nll":102.84123,"standard_error":0.3112,"seconds":2.0},
                 "50":{"nll":97.98765,"standard_error":0.7912,"seconds":60.0}}}""");
        assertThat(text).contains("VAE on MNIST", "2 of 2 epochs",
                "Test ELBO, K = 1, 10,000 test images", "-102.84 ± 0.31 nats per image",
                "Test log-likelihood, K = 50 (importance-weighted), 10,000 test images", "-97.99 ± 0.79 nats per image",
                "loss, the negative ELBO (nats per image)", "121.6", "115.7", "decoder likelihood", "Bernoulli")
                // a Bernoulli decoder has no standard deviation
                .doesNotContain("decoder standard deviation", "121.6412");
    }

    @Test
    void aDualingGanWithAnMlpDiscriminatorShowsNoFeaturesAndNoCoordinateAscentSweeps() throws IOException {
        String text = report("""
                {"model":"dualgan","dataset":"ring8","dimension":2,"discriminator":"MLP","features":"rff:256:0.3",
                 "generatorArch":"MLP","latent":64,"hidden":128,"channels":2,"c":10000.0,"dualSteps":3,"limit":null,
                 "image":null,"dualSolver":"NEWTON","generatorLoss":"MINIMAX","proximalMetric":"EUCLIDEAN","pack":1,
                 "epochs":3,"batchSize":256,"batchesPerEpoch":100,"learningRate":0.001,"lrSchedule":"STEP","seed":2}""",
                """
                epoch,train_dual,train_primal,train_gap,test_dual,test_primal,test_gap,train_gap_step_median,train_gap_step_max,modes_covered,high_quality_pct,kl_modes_uniform,seconds
                1,1.27,1.27,1.9e-05,1.28,1.28,5.2e-11,2.7e-09,1.9e-04,0,0,NaN,3.6
                2,0.6,0.6,1.2e-05,0.52,0.52,2.5e-05,6.3e-06,1.1e-04,8,92.1,0.012,3.5
                """, """
                {"sample_count":10000,"seed":0,"shards":1,"modes_covered":8,"high_quality_percent":92.13,
                 "kl_to_uniform":0.0123}""");
        assertThat(text).contains("Dualing GAN on a ring of 8 Gaussians", "Modes covered by 10,000 samples", "8 of 8",
                "92.13%", "duality gap (nats per point)", "batches per epoch", "proximal metric", "Euclidean",
                "Newton's method")
                .doesNotContain("discriminator's features", "rff:256", "channel multiplier", "coordinate-ascent",
                        "packing");
    }

    @Test
    void aConvGanOnImagesShowsItsChannelsAndNoBatchesPerEpoch() throws IOException {
        String text = report("""
                {"model":"gan","dataset":"mnist","dimension":784,"arch":"CONV","features":null,
                 "generatorLoss":"NONSATURATING","latent":64,"hidden":256,"channels":2,"dSteps":1,"gSteps":1,
                 "limit":2000,"image":{"channels":1,"height":28,"width":28},"pack":1,"epochs":2,"batchSize":256,
                 "batchesPerEpoch":100,"learningRate":2.0E-4,"lrSchedule":"CONSTANT","seed":2}""", """
                epoch,train_d_loss,train_g_loss,train_d_real,train_d_fake,test_d_loss,test_g_loss,test_d_real,test_d_fake,seconds
                1,1.3271,0.6950,0.5348,0.5025,1.2106,0.6988,0.5935,0.4973,5.388
                """, null);
        assertThat(text).contains("GAN on MNIST", "channel multiplier", "convolutional", "the first 2,000",
                "discriminator loss (nats per image)", "D(G(z)) on samples", "The curves start at the second epoch")
                .doesNotContain("batches per epoch", "discriminator's features");
    }

    @Test
    void aClassifierReportShowsItsAccuracy() throws IOException {
        String text = report("""
                {"model":"classifier","dataset":"mnist","limit":3000,"epochs":1,"batchSize":128,"learningRate":0.001,
                 "seed":1}""", "epoch,train_loss,train_error,test_loss,test_error,seconds\n1,1.3316,0.3693,0.6883,0.2419,5.2\n",
                null);
        assertThat(text).contains("accuracy (%)", "75.81", "cross-entropy (nats per image)");
    }

    @Test
    void aStudyReportHasItsTableInHtmlAndItsSweptSettings() throws IOException {
        Files.writeString(dir.resolve("table.md"), "| method | lr | runs |\n|---|---|---|\n| gan | 0.001 | 5 |\n");
        Files.writeString(dir.resolve("config.json"), """
                {"model":"compare","dataset":"ring8","seeds":1,"learning_rates":[0.001,0.005],"epochs":2,
                 "batch_size":256,"families":["LINEAR"],"features":"rff:256:0.3","generator_steps":200}""");
        try (RunFolder run = RunFolder.claimExisting(dir)) {
            RunReport.write(run);
        }
        String html = Files.readString(dir.resolve(RunReport.FILE));
        assertThat(html).contains("<th>method</th><th>lr</th><th>runs</th>", "<td>gan</td><td>0.001</td><td>5</td>")
                .doesNotContain("|---");
        assertThat(visibleText(html)).contains("learning rates (Adam)", "0.001, 0.005", "discriminator families",
                "linear", "rff:256:0.3");
    }

    @Test
    void showsAtMostTenEvenlySpacedEpochPicturesFromTheEpochsFolder() throws IOException {
        StringBuilder csv = new StringBuilder("epoch,train_d_loss,test_d_loss,seconds\n");
        Files.createDirectories(dir.resolve(RunFolder.EPOCHS));
        for (int epoch = 1; epoch <= 12; epoch++) {
            csv.append(epoch).append(",1.2,1.3,0.5\n");
            ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png",
                    dir.resolve(RunFolder.EPOCHS).resolve(String.format("scatter-epoch%03d.png", epoch)).toFile());
        }
        String text = report("{\"model\":\"gan\",\"dataset\":\"ring8\",\"note\":\"a<b\"}", csv.toString(), null);
        assertThat(Files.readString(dir.resolve(RunReport.FILE))).contains("<td>a&lt;b</td>").doesNotContain("<script");
        assertThat(text).contains(" epoch 1 ", " epoch 12 ");
        assertThat(Pattern.compile("<figcaption>epoch \\d+</figcaption>").matcher(Files.readString(
                dir.resolve(RunReport.FILE))).results().count()).isEqualTo(10);
    }

    @Test
    void numbersHaveFourSignificantDigitsOrTheDigitsOfTheirStandardError() throws IOException {
        Files.writeString(dir.resolve("m.csv"), "epoch,train_loss,train_kl,test_loss,test_kl,modes,seconds\n"
                + "1,3,1,4,2,5,0.1\n2,2,1,3,2,6,0.1\n");
        MetricsTable table = MetricsTable.read(dir.resolve("m.csv"));
        assertThat(table.quantities()).containsExactly("loss", "kl", "modes");
        assertThat(table.columnsOf("kl")).containsExactly("train_kl", "test_kl");
        assertThat(table.column("test_loss")).containsExactly(4, 3);
        assertThat(List.of(Html.number(86.123456789), Html.number(0.000123456789), Html.number(2e6),
                Html.number(Double.NaN))).containsExactly("86.12", "0.0001235", "2000000", "–");
        assertThat(List.of(Html.withError(-97.98765, 0.7912), Html.withError(1203.4, 15.2), Html.withError(5.5, 0)))
                .containsExactly("-97.99 ± 0.79", "1203 ± 15", "5.5");
    }
}
