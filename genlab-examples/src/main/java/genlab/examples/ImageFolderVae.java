package genlab.examples;

import ai.djl.ndarray.NDManager;
import genlab.Recipe;
import genlab.TrainingConfig;
import genlab.data.ImageDatasets;
import genlab.data.ImageFolder;
import genlab.data.ImageSet;
import genlab.data.ImageShape;
import genlab.report.ImageGrid;
import genlab.train.EpochResult;
import genlab.train.Run;
import genlab.train.Trainer;
import genlab.vae.VaeConfig;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;

/**
 * A model trained on a folder of images. It first writes the folder itself: 2,000
 * training and 500 test images of Fashion-MNIST as PNG files, with a labels.csv. GenLab reads the
 * folder back (the same grey levels, the same labels) and trains the reference VAE on it.
 */
public final class ImageFolderVae {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "runs/example-image-folder");
        Path images = dir.resolve("fashion-png");
        ImageDatasets.Splits fashion = ImageDatasets.load("fashion-mnist").first(2_000, 500);
        try (Writer labels = Files.newBufferedWriter(Files.createDirectories(images).resolve(ImageFolder.LABELS))) {
            writePngs(fashion.train(), images, "train", labels);
            writePngs(fashion.test(), images, "test", labels);
        }
        ImageDatasets.Splits folder = ImageFolder.load(images, ImageShape.MNIST);
        System.out.println("read back " + folder.train().count() + " + " + folder.test().count() + " images, "
                + "same pixels and labels: " + (Arrays.equals(folder.train().pixels(), fashion.train().pixels())
                && Arrays.equals(folder.test().labels(), fashion.test().labels())));
        VaeConfig config = VaeConfig.builder().optDataset(ImageFolder.name(images)).optImageShape(ImageShape.MNIST)
                .build();
        Recipe<VaeConfig> recipe = new Recipe<>(config, TrainingConfig.builder().optEpochs(2).build());
        try (NDManager manager = NDManager.newBaseManager()) {   // the folder is a data set by its name
            EpochResult last = Run.builder(recipe).optFolder(dir.resolve("run")).build()
                    .start(Trainer.builder(recipe.training()).build(), manager).last();
            System.out.printf("VAE on the folder: train %.2f, test %.2f nats per image%n", last.train().get("loss"),
                    last.test().get("loss"));
        }
    }

    // images/split/00000.png, ... and their "split/00000.png,label" lines
    private static void writePngs(ImageSet set, Path images, String split, Writer labels) throws IOException {
        Path folder = Files.createDirectories(images.resolve(split));
        for (int i = 0; i < set.count(); i++) {
            String name = String.format("%05d.png", i);
            float[] pixels = Arrays.copyOfRange(set.pixels(), i * set.dimension(), (i + 1) * set.dimension());
            ImageIO.write(ImageGrid.render(pixels, 1, set.shape(), 1), "png", folder.resolve(name).toFile());
            labels.write(split + "/" + name + "," + set.labels()[i] + "\n");
        }
    }

    private ImageFolderVae() {}
}
