package genlab.examples;

import ai.djl.ndarray.NDManager;
import genlab.Recipe;
import genlab.TrainingConfig;
import genlab.data.ImageDatasets;
import genlab.data.ImageShape;
import genlab.report.ImageGrid;
import genlab.train.SavedModel;
import genlab.train.Trainer;
import genlab.train.TrainingData;
import genlab.vae.Vae;
import genlab.vae.VaeConfig;
import java.nio.file.Path;
import java.util.Arrays;

/** Examples (c) and (d): 16 samples of a VAE trained in memory as a PNG grid; saved, loaded back, the same samples. */
public final class SamplesSavedAndLoaded {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "runs/example-saved-vae");
        Recipe<VaeConfig> recipe = new Recipe<>(VaeConfig.reference(), TrainingConfig.builder().optEpochs(1).build());
        Trainer trainer = Trainer.builder(recipe.training()).build();
        try (NDManager manager = NDManager.newBaseManager()) {
            Vae vae = trainer.fit(new Vae(manager, recipe.model()), TrainingData.images(ImageDatasets.load("mnist")
                    .first(6_000, 1_000), recipe.training())).model();
            float[] samples = vae.sample(manager, 16, 7).toFloatArray();
            SavedModel.save(dir, recipe, vae);   // config.json and model.params
            ImageGrid.write(dir.resolve("samples.png"), samples, 16, ImageShape.MNIST);
            float[] again = SavedModel.load(dir, manager).model().sample(manager, 16, 7).toFloatArray();
            System.out.println("same 16 samples after loading back: " + Arrays.equals(samples, again));
        }
    }

    private SamplesSavedAndLoaded() {}
}
