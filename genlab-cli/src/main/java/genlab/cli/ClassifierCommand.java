package genlab.cli;

import genlab.Recipe;
import genlab.TrainingConfig;
import genlab.data.DatasetSpec;
import genlab.eval.ClassifierConfig;
import genlab.train.RunEvaluation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code genlab classifier}: trains the LeNet-style classifier whose predictions and features
 * score image samples (Inception Score, Frechet distance) in {@code genlab eval}.
 */
@Command(name = "classifier", mixinStandardHelpOptions = true,
        description = "Train the image classifier that 'genlab eval' scores samples with.")
public final class ClassifierCommand implements Callable<Integer> {

    private static final TrainingConfig TRAINING = ClassifierConfig.builder().build().defaultTraining();

    @Option(names = "--dataset", description = "mnist | fashion-mnist (default ${DEFAULT-VALUE})")
    String dataset = "mnist";

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

    @Option(names = "--seed", description = "Seed of every random choice (default ${DEFAULT-VALUE}).")
    int seed = TRAINING.seed();

    @Option(names = "--limit", paramLabel = "N", description = "Train on the first N training images only.")
    Integer limit;

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    public Integer call() throws IOException {
        ClassifierConfig config = ClassifierConfig.builder().optDataset(dataset).optLimit(limit).build();
        Recipe<ClassifierConfig> recipe = new Recipe<>(config, TRAINING.toBuilder().optEpochs(epochs)
                .optBatchSize(batchSize).optLearningRate(lr).optSeed(seed).build());
        DatasetSpec spec = DatasetSpec.byId(config.dataset());
        if (folder.out == null) {
            // where 'genlab eval' looks for it
            folder.out = RunEvaluation.defaultClassifierFolder(spec.id());
        }
        folder.start(recipe, data, engine.trainingSettings());
        return 0;
    }
}
