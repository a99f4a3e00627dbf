package genlab.examples;

import ai.djl.ndarray.NDManager;
import genlab.Recipe;
import genlab.TrainingConfig;
import genlab.data.ImageDatasets;
import genlab.nn.GenerativeModel;
import genlab.report.ImageGrid;
import genlab.train.EpochResult;
import genlab.train.Run;
import genlab.train.SavedModel;
import genlab.train.Trainer;
import genlab.vae.VaeConfig;
import java.nio.file.Path;
import java.util.Arrays;

/** The README's workflow: train the reference VAE on an MNIST subset into a run folder, load it back, sample it twice. */
public final class VaeWorkflow {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "runs/example-vae");
        Recipe<VaeConfig> recipe = new Recipe<>(VaeConfig.reference(), TrainingConfig.builder().optEpochs(2).build());
        Run run = Run.builder(recipe).optFolder(dir).optImages(ImageDatasets.load("mnist").first(6_000, 1_000)).build();
        try (NDManager manager = NDManager.newBaseManager()) {
            EpochResult last = run.start(Trainer.builder(recipe.training()).build(), manager).last();   // saves each epoch
            System.out.printf("train %.2f, test %.2f nats per image%n", last.train().get("loss"), last.test().get("loss"));
            GenerativeModel vae = SavedModel.load(dir, manager).model();   // load back
            float[] first = vae.sample(manager, 64, 7).toFloatArray();
            ImageGrid.write(dir.resolve("example-samples.png"), first, 64, 28, 28);
            float[] again = SavedModel.load(dir, manager).model().sample(manager, 64, 7).toFloatArray();
            System.out.println("same samples for seed 7: " + Arrays.equals(first, again));
        }
    }

    private VaeWorkflow() {}
}
