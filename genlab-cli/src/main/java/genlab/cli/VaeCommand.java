package genlab.cli;

import genlab.Recipe;
import genlab.TrainingConfig;
import genlab.data.Binarization;
import genlab.data.ImageDatasets;
import genlab.data.ImageShape;
import genlab.vae.LikelihoodKind;
import genlab.vae.VaeConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code genlab vae}: trains a VAE and writes its run folder; the last line is the final loss. */
@Command(name = "vae", mixinStandardHelpOptions = true,
        description = "Train a variational auto-encoder (defaults: the reference MNIST VAE, 30 epochs).")
public final class VaeCommand implements Callable<Integer> {

    private static final TrainingConfig TRAINING = VaeConfig.reference().defaultTraining();

    @Option(names = "--dataset", description = "mnist | fashion-mnist | images:DIR, a folder of PNG or JPEG images "
            + "(default ${DEFAULT-VALUE})")
    String dataset = "mnist";

    @Mixin
    ImageOptions image = new ImageOptions();

    @Option(names = "--data", paramLabel = "DIR", description = "Folder with the dataset's IDX files.")
    Path data;

    @Mixin
    RunFolderOptions folder = new RunFolderOptions();

    @Option(names = "--epochs", description = "Passes over the training set (default ${DEFAULT-VALUE}).")
    int epochs = TRAINING.epochs();

    @Option(names = "--batch-size", description = "Images per batch (default ${DEFAULT-VALUE}).")
    int batchSize = TRAINING.batchSize();

    @Option(names = "--lr", description = "Adam learning rate (default ${DEFAULT-VALUE}).")
    double lr = TRAINING.learningRate();

    @Option(names = "--latent", description = "Latent dimension d (default ${DEFAULT-VALUE}).")
    int latent = VaeConfig.reference().latent();

    @Option(names = "--hidden", description = "Hidden units of encoder and decoder (default ${DEFAULT-VALUE}).")
    int hidden = VaeConfig.reference().hidden();

    @Option(names = "--likelihood", description = "bernoulli | gaussian (default ${DEFAULT-VALUE}).")
    LikelihoodKind likelihood = LikelihoodKind.BERNOULLI;

    @Option(names = "--sigma", description = "Std. deviation of the Gaussian decoder, pixel units (default ${DEFAULT-VALUE}).")
    double sigma = VaeConfig.reference().sigma();

    @Option(names = "--mc-samples", paramLabel = "M", description = "Reparameterized samples per input (default ${DEFAULT-VALUE}).")
    int mcSamples = VaeConfig.reference().mcSamples();

    @Option(names = "--binarize", description = "none | dynamic | static (default ${DEFAULT-VALUE}).")
    Binarization binarize = Binarization.NONE;

    @Option(names = "--seed", description = "Seed of every random choice (default ${DEFAULT-VALUE}).")
    int seed = TRAINING.seed();

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    public Integer call() throws IOException {
        String id = ImageDatasets.checkedId(dataset);
        ImageShape shape = image.shape().orElse(ImageShape.MNIST);
        VaeConfig config = VaeConfig.builder().optDataset(id).optImageShape(shape).optHidden(hidden).optLatent(latent)
                .optLikelihood(likelihood).optSigma(sigma).optMcSamples(mcSamples).optBinarize(binarize).build();
        Recipe<VaeConfig> recipe = new Recipe<>(config, TRAINING.toBuilder().optEpochs(epochs).optBatchSize(batchSize)
                .optLearningRate(lr).optSeed(seed).build());
        folder.start(recipe, data, engine.trainingSettings());
        return 0;
    }
}
