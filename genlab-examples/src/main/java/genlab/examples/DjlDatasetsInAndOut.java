package genlab.examples;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.dataset.ArrayDataset;
import ai.djl.training.dataset.RandomAccessDataset;
import genlab.TrainingConfig;
import genlab.data.DjlImages;
import genlab.data.ImageDatasets;
import genlab.data.ImageSet;
import genlab.data.ImageSetDataset;
import genlab.data.ImageShape;
import genlab.train.Trained;
import genlab.train.Trainer;
import genlab.train.TrainingData;
import genlab.vae.Vae;
import genlab.vae.VaeConfig;

/** Example (i): a DJL dataset in (an ArrayDataset of 1x28x28 images), GenLab's samples out as a DJL dataset. */
public final class DjlDatasetsInAndOut {

    public static void main(String[] args) throws Exception {
        ImageDatasets.Splits mnist = ImageDatasets.load("mnist").first(6_000, 1_000);
        TrainingConfig training = TrainingConfig.builder().optEpochs(1).build();
        try (NDManager manager = NDManager.newBaseManager()) {   // DJL in
            ImageDatasets.Splits splits = DjlImages.splits("djl-mnist", images(manager, mnist.train()),
                    images(manager, mnist.test()), ImageShape.MNIST);
            Trained<Vae> trained = Trainer.builder(training).build().fit(new Vae(manager, VaeConfig.reference()),
                    TrainingData.images(splits, training));
            RandomAccessDataset out = ImageSetDataset.builder().setImages(new ImageSet(trained.model().sample(manager, 100)
                    .toFloatArray(), new int[100], ImageShape.MNIST)).setSampling(10, false).build();   // GenLab out
            System.out.printf("test loss %.2f nats per image; %d samples out, the first of shape %s%n",
                    trained.last().test().get("loss"), out.size(), out.get(manager, 0).getData().head().getShape());
        }
    }

    // a DJL ArrayDataset of images, channel first, values in [0, 1]
    private static RandomAccessDataset images(NDManager manager, ImageSet set) {
        return new ArrayDataset.Builder().setData(manager.create(set.pixels(), new Shape(set.count(), 1, 28, 28)))
                .setSampling(100, false).build();
    }

    private DjlDatasetsInAndOut() {}
}
