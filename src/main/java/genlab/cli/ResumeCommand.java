package genlab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import genlab.GenLabException;
import genlab.data.DatasetLocator;
import genlab.data.DatasetSpec;
import genlab.data.ImageDatasets;
import genlab.dualgan.DualGanConfig;
import genlab.eval.ClassifierConfig;
import genlab.gan.GanConfig;
import genlab.report.RunFolder;
import genlab.vae.VaeConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code genlab resume RUN}: continues a vae, gan, dualgan or classifier run from its last
 * complete checkpoint (model, optimizer state and epoch), to the epochs in its config.json or a
 * new total; with the same seed and threads it repeats what an uninterrupted run would have done.
 * A run stopped before its first checkpoint starts over from its config.
 */
@Command(name = "resume", mixinStandardHelpOptions = true,
        description = "Continue a training run from its last complete checkpoint.")
public final class ResumeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN", description = "Run folder written by 'genlab vae', 'gan' or 'dualgan'.")
    Path runDir;

    @Option(names = "--epochs", description = "New total number of epochs (default: the run's own).")
    Integer epochs;

    @Option(names = "--lr", description = "New learning rate from here on (for example after a divergence).")
    Double lr;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder with the dataset's IDX files.")
    Path data;

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    public Integer call() throws IOException {
        try (RunFolder run = RunFolder.claimExisting(runDir)) {
            run.removeTempFiles();
            return resume(run);
        }
    }

    private int resume(RunFolder run) throws IOException {
        ObjectNode config = run.readJson(RunFolder.CONFIG, ObjectNode.class);
        if (epochs != null) {
            config.put("epochs", epochs);
        }
        if (lr != null) {
            config.put("learningRate", lr);
        }
        Optional<Path> dataDir = Optional.ofNullable(data);
        String model = config.path("model").asText();
        if (VaeConfig.MODEL.equals(model)) {
            VaeConfig c = run.convertConfig(config, VaeConfig.class);
            return VaeCommand.train(c, run, ImageDatasets.load(DatasetSpec.byId(c.dataset()),
                    DatasetLocator.standard(dataDir)), engine, true);
        }
        if (GanConfig.MODEL.equals(model)) {
            GanConfig c = run.convertConfig(config, GanConfig.class);
            return GanCommand.train(c, run, GameData.load(c.dataset(), dataDir, c.limit(), c.batchSize(),
                    c.batchesPerEpoch(), c.seed()), engine, true);
        }
        if (DualGanConfig.MODEL.equals(model)) {
            DualGanConfig c = run.convertConfig(config, DualGanConfig.class);
            return DualGanCommand.train(c, run, GameData.load(c.dataset(), dataDir, c.limit(), c.batchSize(),
                    c.batchesPerEpoch(), c.seed()), engine, true);
        }
        if (ClassifierConfig.MODEL.equals(model)) {
            ClassifierConfig c = run.convertConfig(config, ClassifierConfig.class);
            return ClassifierCommand.train(c, run, ImageDatasets.load(DatasetSpec.byId(c.dataset()),
                    DatasetLocator.standard(dataDir)), engine, true);
        }
        throw new GenLabException(run.file(RunFolder.CONFIG) + ": model '" + model
                + "', expected vae, gan, dualgan or classifier");
    }
}
