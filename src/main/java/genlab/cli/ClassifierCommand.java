package genlab.cli;

import ai.djl.ndarray.NDManager;
import genlab.data.Batches;
import genlab.data.Binarization;
import genlab.data.DatasetLocator;
import genlab.data.DatasetSpec;
import genlab.data.ImageDatasets;
import genlab.data.ImageSet;
import genlab.eval.Classifier;
import genlab.eval.ClassifierConfig;
import genlab.eval.LabelledRows;
import genlab.nn.EpochResult;
import genlab.nn.RunSeeds;
import genlab.report.RunFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
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

    @Option(names = "--dataset", description = "mnist | fashion-mnist (default ${DEFAULT-VALUE})")
    String dataset = "mnist";

    @Option(names = "--data", paramLabel = "DIR", description = "Folder with the dataset's IDX files.")
    Path data;

    @Mixin
    RunFolderOptions folder = new RunFolderOptions();

    @Option(names = "--epochs", description = "Passes over the training set (default ${DEFAULT-VALUE}).")
    int epochs = ClassifierConfig.reference("mnist").epochs();

    @Option(names = "--batch-size", description = "Images per batch (default ${DEFAULT-VALUE}).")
    int batchSize = ClassifierConfig.reference("mnist").batchSize();

    @Option(names = "--lr", description = "Adam learning rate (default ${DEFAULT-VALUE}).")
    double lr = ClassifierConfig.reference("mnist").learningRate();

    @Option(names = "--seed", description = "Seed of every random choice (default ${DEFAULT-VALUE}).")
    int seed = ClassifierConfig.reference("mnist").seed();

    @Option(names = "--limit", paramLabel = "N", description = "Train on the first N training images only.")
    Integer limit;

    @Mixin
    EngineOptions engine = new EngineOptions();

    /** Where a data set's classifier run lives unless told otherwise. */
    static Path defaultFolder(String dataset) {
        return Path.of("runs", "classifier-" + dataset);
    }

    @Override
    public Integer call() throws IOException {
        DatasetSpec spec = DatasetSpec.byId(dataset);
        ClassifierConfig config = new ClassifierConfig(ClassifierConfig.MODEL, spec.id(), epochs, batchSize, lr, seed, limit)
                .validated();
        if (folder.out == null) {
            // where 'genlab eval' looks for it
            folder.out = defaultFolder(spec.id());
        }
        folder.check();
        ImageDatasets.Splits splits = ImageDatasets.load(spec, DatasetLocator.standard(Optional.ofNullable(data)));
        try (RunFolder run = folder.claim(ClassifierConfig.MODEL, spec.id())) {
            return train(config, run, splits, engine, false);
        }
    }

    /** Trains (or, with {@code resume}, continues after the run's checkpoint) and writes the run folder. */
    static int train(ClassifierConfig config, RunFolder run, ImageDatasets.Splits splits, EngineOptions engine,
            boolean resume) throws IOException {
        engine.start(config.seed());
        System.out.println("run folder: " + run.dir());
        RunSeeds seeds = RunSeeds.of(config.seed());
        try (NDManager manager = NDManager.newBaseManager()) {
            Classifier classifier = new Classifier(manager, config.learningRate());
            ImageSet train = config.limit() == null ? splits.train() : splits.train().first(config.limit());
            EpochResult last = TrainingRun.train(run, manager, config, classifier,
                    new Batches(LabelledRows.of(train), config.batchSize(), Binarization.NONE, seeds.random()),
                    new Batches(LabelledRows.of(splits.test()), config.batchSize(), Binarization.NONE, seeds.random()),
                    seeds, config.epochs(), resume, result -> TrainingRun.EpochSummary.NONE);
            System.out.println(finalLine(last));
        }
        return 0;
    }

    static String finalLine(EpochResult r) {
        return String.format(Locale.ROOT, "final test accuracy: %.2f%% (cross-entropy %.4f nats/image; train %.2f%%)",
                100 * (1 - r.test().get("error")), r.test().get("loss"), 100 * (1 - r.train().get("error")));
    }
}
