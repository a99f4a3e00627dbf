package genlab.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Runs every example as its main method and checks the outcome it prints. */
class ExamplesTest {

    private static final String NUMBER = "(-?[0-9.]+)";

    @TempDir
    Path dir;

    @Test
    void mnistSubsetReadsTheFirstImagesOfEachSplit() throws Exception {
        ExampleOutput out = ExampleOutput.of(MnistSubset::main);
        assertThat(out.text()).contains("6000 training and 1000 test images of 1x28x28, first label 5, mean pixel ");
        // MNIST's mean pixel is 0.1307 over all 60,000 training images
        assertThat(out.numbers("mean pixel " + NUMBER)[0]).isBetween(0.12, 0.14);
    }

    /**
     * Each example of the list a user meets first is at most 15 lines of user code: the class's
     * lines that are not blank, a comment, only closing brackets, or the private constructor.
     */
    @ParameterizedTest
    @ValueSource(strings = {"MnistSubset", "TrainInMemory", "SamplesSavedAndLoaded", "ConvVae", "GanOwnNetworks",
        "DualGanOwnDiscriminator", "OwnRows", "DjlDatasetsInAndOut", "TestLikelihood", "TheoryByHand"})
    void eachExampleIsAtMost15LinesOfUserCode(String example) throws Exception {
        Path root = Path.of(System.getProperty("genlab.root", "..")).toAbsolutePath().normalize();
        String source = Files.readString(root.resolve("genlab-examples/src/main/java/genlab/examples/" + example + ".java"))
                .replaceAll("(?s)/\\*.*?\\*/", "");
        long lines = source.substring(source.indexOf("public final class")).lines().skip(1).map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("//") && !l.matches("[)}\\];]+")
                        && !l.matches("private " + example + "\\(\\) \\{}"))
                .count();
        assertThat(lines).as("lines of user code in " + example).isLessThanOrEqualTo(15);
    }

    @Test
    void vaeWorkflowLearnsSavesAndSamplesTheSameImagesAgain() throws Exception {
        Path run = dir.resolve("vae");
        ExampleOutput out = ExampleOutput.of(VaeWorkflow::main, run.toString());
        double[] losses = out.numbers("train " + NUMBER + ", test " + NUMBER + " nats per image");
        // an untrained VAE is at about 543 nats per image; two epochs on 6,000 images reach about 180
        assertThat(losses[1]).isBetween(100.0, 200.0);
        assertThat(out.text()).contains("same samples for seed 7: true");
        assertThat(run.resolve("example-samples.png")).isNotEmptyFile();
        assertThat(run.resolve("model.params")).isNotEmptyFile();
    }

    @Test
    void trainInMemoryPrintsEachEpochsTypedValuesAndGivesTheModelBack() throws Exception {
        ExampleOutput out = ExampleOutput.of(TrainInMemory::main);
        // an untrained VAE is at about 543 nats per image; one epoch on 6,000 images reaches about 210
        double[] loss = out.numbers("epoch 1: test_loss " + NUMBER + " nats per example");
        assertThat(loss[0]).isBetween(150.0, 260.0);
        assertThat(out.numbers("epoch 1: test_kl " + NUMBER + " nats per example")[0]).isPositive();
        assertThat(out.numbers("epoch 1: seconds " + NUMBER + " seconds")[0]).isPositive();
        assertThat(out.text()).contains("trained 1 epoch; 16 samples of shape (16, 784)");
    }

    @Test
    void samplesOfAModelTrainedInMemoryAreTheSameAfterSavingAndLoadingBack() throws Exception {
        Path saved = dir.resolve("saved");
        ExampleOutput out = ExampleOutput.of(SamplesSavedAndLoaded::main, saved.toString());
        assertThat(out.text()).contains("same 16 samples after loading back: true");
        assertThat(saved.resolve("samples.png")).isNotEmptyFile();
        assertThat(saved.resolve("config.json")).content().contains("\"epochs\" : 1", "\"latent\" : 20");
    }

    @Test
    void rowsOfYourOwnTrainAGaussianVaeThatFitsTheHeldOutRows() throws Exception {
        ExampleOutput out = ExampleOutput.of(OwnRows::main);
        double[] loss = out.numbers("held-out loss: epoch 1 " + NUMBER + ", epoch 50 " + NUMBER + " nats per row");
        // noise of sd 0.02 around a line, sigma 0.02: a decoder on the line leaves 8 x 0.0004 / (2 x 0.0004) = 4 nats
        // of error, the constant 4 log(2 pi 0.0004) is -23.9, the KL of one latent about 2.5: near -17.4 at best
        assertThat(loss[1]).isLessThan(loss[0] - 10).isBetween(-19.0, -13.0);
    }

    @Test
    void theImportanceWeightedBoundIsATypedResultThatTightensWithK() throws Exception {
        ExampleOutput out = ExampleOutput.of(TestLikelihood::main);
        double[] typed = out.numbers("log p\\(x\\) " + NUMBER + " ± " + NUMBER + " nats per image \\(K = 50, 500 images\\)");
        double[] nll = out.numbers("NLL K=1 " + NUMBER + ", K=50 " + NUMBER + " nats per image");
        assertThat(nll[1]).isEqualTo(-typed[0], within(0.01)).isLessThan(nll[0]).isBetween(100.0, 250.0);
        assertThat(typed[1]).isPositive().isLessThan(5.0);
    }

    @Test
    void aDjlDatasetTrainsAVaeWhoseSamplesGoOutAsADjlDataset() throws Exception {
        ExampleOutput out = ExampleOutput.of(DjlDatasetsInAndOut::main);
        double[] loss = out.numbers("test loss " + NUMBER + " nats per image; 100 samples out, the first of shape "
                + "\\(1, 28, 28\\)");
        // an untrained VAE is at about 543 nats per image; one epoch on 6,000 images reaches about 210
        assertThat(loss[0]).isBetween(150.0, 260.0);
    }

    @Test
    void aDualingGanWithADiscriminatorOfYourOwnSolvesItsDualAtEveryStep() throws Exception {
        ExampleOutput out = ExampleOutput.of(DualGanOwnDiscriminator::main);
        for (int epoch = 1; epoch <= 3; epoch++) {
            double[] terms = out.numbers("epoch " + epoch + ": dual " + NUMBER + ", primal " + NUMBER + " nats per point");
            // weak duality, and Newton closes each step's gap to 1e-4 nats per point
            assertThat(terms[0]).isPositive().isLessThanOrEqualTo(terms[1]).isCloseTo(terms[1], within(1e-3));
        }
    }

    @Test
    void convVaeOfTheUsersOwnBlocksLearns() throws Exception {
        ExampleOutput out = ExampleOutput.of(ConvVae::main);
        // an untrained VAE is at about 543 nats per image; two epochs on 6,000 images reach about 160
        assertThat(out.numbers("conv VAE: test " + NUMBER + " nats per image")[0]).isBetween(100.0, 220.0);
    }

    @Test
    void ganWithTheUsersOwnNetworksCoversTheRing() throws Exception {
        ExampleOutput out = ExampleOutput.of(GanOwnNetworks::main);
        // an untrained generator puts its points near the origin, 2 from every mode: 0/8 covered
        double[] coverage = out.numbers("modes covered: " + NUMBER + "/8 · high-quality: " + NUMBER + "%");
        assertThat(coverage[0]).isGreaterThanOrEqualTo(6);
        assertThat(coverage[1]).isGreaterThan(10.0);
    }

    @Test
    void aVaeTrainsOnAFolderOfPngsTheExampleWroteItself() throws Exception {
        ExampleOutput out = ExampleOutput.of(ImageFolderVae::main, dir.resolve("folder").toString());
        assertThat(out.text()).contains("read back 2000 + 500 images, same pixels and labels: true");
        // an untrained VAE is at about 543 nats per Fashion-MNIST image; two epochs on 2,000 reach about 340
        double[] losses = out.numbers("VAE on the folder: train " + NUMBER + ", test " + NUMBER + " nats per image");
        assertThat(losses[1]).isBetween(200.0, 450.0);
    }

    @Test
    void theReadmeShowsTheVaeWorkflowAsItIs() throws Exception {
        Path root = Path.of(System.getProperty("genlab.root", "..")).toAbsolutePath().normalize();
        String source = Files.readString(root.resolve("genlab-examples/src/main/java/genlab/examples/VaeWorkflow.java"));
        String readme = Files.readString(root.resolve("README.md"));
        assertThat(readme).contains("```java\n" + source.substring(source.indexOf("import ")) + "```");
        assertThat(source.lines().count()).as("lines of example (a)").isLessThanOrEqualTo(40);
    }

    @Test
    void theoryByHandPrintsBothSidesOfEachIdentityEqual() throws Exception {
        ExampleOutput out = ExampleOutput.of(TheoryByHand::main);
        double[] kl = out.numbers("KL closed form " + NUMBER + ", quadrature " + NUMBER);
        assertThat(kl[1]).isCloseTo(kl[0], within(1e-6));
        double[] game = out.numbers("V\\(G, D\\*\\) " + NUMBER + ", -log 4 \\+ 2 JSD " + NUMBER);
        assertThat(game[1]).isCloseTo(game[0], within(1e-6));
        assertThat(game[0]).isBetween(-Math.log(4), 0.0);
        double[] duality = out.numbers("logistic primal " + NUMBER + ", dual " + NUMBER);
        assertThat(duality[1]).isCloseTo(duality[0], within(1e-8));
    }
}
