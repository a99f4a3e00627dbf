package genlab.examples;

import ai.djl.ndarray.NDManager;
import genlab.Recipe;
import genlab.TrainingConfig;
import genlab.data.ImageDatasets;
import genlab.nn.GenerativeModel;
import genlab.report.ImageGrid;
import genlab.run.RunFolder;
import genlab.train.EpochResult;
import genlab.train.RunSettings;
import genlab.train.SavedModel;
import genlab.train.VaeTraining;
import genlab.vae.VaeConfig;
import java.nio.file.Path;
import java.util.Arrays;

/** Example (a): train the reference VAE on MNIST, save it, load it back and sample it twice. */
public final class VaeWorkflow {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "runs/example-vae");
        ImageDatasets.Splits mnist = ImageDatasets.load("mnist").first(6_000, 1_000);
        Recipe<VaeConfig> recipe = new Recipe<>(VaeConfig.reference(), TrainingConfig.builder().optEpochs(2).build());
        try (RunFolder run = RunFolder.claimNew(dir, VaeConfig.MODEL, "mnist", false)) {   // saves each epoch
            EpochResult last = VaeTraining.train(recipe, run, mnist, RunSettings.defaults());
            System.out.printf("train %.2f, test %.2f nats per image%n", last.train().get("loss"), last.test().get("loss"));
        }
        try (NDManager manager = NDManager.newBaseManager()) {
            GenerativeModel vae = SavedModel.load(dir, manager).model();   // load back
            float[] first = vae.sample(manager, 64, 7).toFloatArray();
            ImageGrid.write(dir.resolve("example-samples.png"), first, 64, 28, 28);
            float[] again = SavedModel.load(dir, manager).model().sample(manager, 64, 7).toFloatArray();
            System.out.println("same samples for seed 7: " + Arrays.equals(first, again));
        }
    }

    private VaeWorkflow() {}
}
