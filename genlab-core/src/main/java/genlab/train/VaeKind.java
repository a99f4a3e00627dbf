package genlab.train;

import ai.djl.ndarray.NDManager;
import genlab.ConfigException;
import genlab.Recipe;
import genlab.data.ImageDatasets;
import genlab.data.ImageShape;
import genlab.nn.Players;
import genlab.nn.Trainable;
import genlab.vae.Vae;
import genlab.vae.VaeConfig;
import genlab.vae.VaeNet;
import java.util.List;
import java.util.Optional;

/** The VAE: its MLP networks or a {@link VaeNet} of your own, on images, with sample grids and reconstructions. */
final class VaeKind extends ModelKind<VaeConfig> {

    VaeKind() {
        super(VaeConfig.MODEL, VaeConfig.class, VaeNet.class);
    }

    @Override
    String dataset(VaeConfig config) {
        return config.dataset();
    }

    @Override
    Optional<ImageShape> image(VaeConfig config) {
        return config.imageShape();
    }

    @Override
    List<String> networkFields() {
        return List.of("hidden");
    }

    @Override
    VaeConfig defaults(String dataset, ImageShape image) {
        return VaeConfig.reference();
    }

    @Override
    Trainable model(NDManager manager, Recipe<VaeConfig> recipe, Players players) {
        return players == null ? new Vae(manager, recipe.model()) : new Vae(manager, recipe.model(), (VaeNet) players);
    }

    @Override
    Prepared prepare(Recipe<VaeConfig> recipe, DataPlace place) {
        VaeConfig config = recipe.model();
        ImageShape shape = config.imageShape().orElseThrow(() -> new ConfigException("image", "is not set, but a run "
                + "folder's VAE trains on images (train rows of your own in memory with Trainer.fit)"));
        ImageDatasets.Splits splits = place.images(config.dataset(), shape);
        if (splits.train().dimension() != config.dimension()) {
            throw new ConfigException("dimension", "is " + config.dimension() + " but " + splits.source().name()
                    + " has images of " + splits.train().shape() + ", " + splits.train().dimension() + " values");
        }
        TrainingData data = TrainingData.images(splits, recipe.training(), config.binarize());
        // a static binarization draws image after image: the first images' are the whole test set's first
        return new Prepared(data, (manager, model, run) -> new VaeOutputs(manager, (Vae) model,
                TrainingData.testSet(splits.test().first(VaeOutputs.RECONSTRUCTED), config.binarize(),
                        recipe.training().seed()), run, recipe.training().seed()));
    }
}
