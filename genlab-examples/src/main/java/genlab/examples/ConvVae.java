package genlab.examples;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import genlab.Recipe;
import genlab.TrainingConfig;
import genlab.data.ImageDatasets;
import genlab.nn.GenerativeModel;
import genlab.nn.Upsampling;
import genlab.train.EpochResult;
import genlab.train.Run;
import genlab.train.SavedModel;
import genlab.train.Trainer;
import genlab.vae.VaeConfig;
import genlab.vae.VaeNet;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Example (b): a VAE whose encoder and decoder are the user's own convolutional networks, written
 * as plain DJL blocks: 28x28 to 14x14 to 7x7 and back. GenLab trains them with its harness, saves
 * them, and loads them back into a second copy of the same blocks.
 */
public final class ConvVae {

    private static final int LATENT = 16;

    /** Conv 4x4 stride 2 (ReLU) twice, then a linear layer to the mean and log-variance of q(z|x). */
    static SequentialBlock encoder() {
        return new SequentialBlock()
                .add(Conv2d.builder().setKernelShape(new Shape(4, 4)).optStride(new Shape(2, 2))
                        .optPadding(new Shape(1, 1)).setFilters(16).build())
                .add(Activation::relu)
                .add(Conv2d.builder().setKernelShape(new Shape(4, 4)).optStride(new Shape(2, 2))
                        .optPadding(new Shape(1, 1)).setFilters(32).build())
                .add(Activation::relu)
                .add(Blocks.batchFlattenBlock())
                .add(Linear.builder().setUnits(2 * LATENT).build());
    }

    /**
     * The mirror image: a linear layer to 32x7x7, then twice a 2x nearest-neighbour upsampling and
     * a 3x3 convolution, to 28x28 logits (DJL's PyTorch engine has no transposed convolution).
     */
    static SequentialBlock decoder() {
        return new SequentialBlock()
                .add(Linear.builder().setUnits(32 * 7 * 7).build())
                .add(Activation::relu)
                .addSingleton(x -> Upsampling.nearest2x(x.reshape(-1, 32, 7, 7)))
                .add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).setFilters(16).build())
                .add(Activation::relu)
                .addSingleton(Upsampling::nearest2x)
                .add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).setFilters(1).build());
    }

    static VaeNet net() {
        return VaeNet.builder().setEncoder(encoder()).setDecoder(decoder()).setExampleShape(new Shape(1, 28, 28))
                .setLatent(LATENT).build();
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "runs/example-conv-vae");
        ImageDatasets.Splits mnist = ImageDatasets.load("mnist").first(6_000, 1_000);
        Recipe<VaeConfig> recipe = new Recipe<>(VaeConfig.builder().optLatent(LATENT).build(),
                TrainingConfig.builder().optEpochs(2).optBatchSize(64).build());
        try (NDManager manager = NDManager.newBaseManager()) {
            EpochResult last = Run.builder(recipe).optFolder(dir).optPlayers(net()).optImages(mnist).build()
                    .start(Trainer.builder(recipe.training()).build(), manager).last();
            System.out.printf("conv VAE: train %.2f, test %.2f nats per image%n", last.train().get("loss"),
                    last.test().get("loss"));
            GenerativeModel first = SavedModel.load(dir, manager, net()).model();
            GenerativeModel second = SavedModel.load(dir, manager, net()).model();
            boolean same = Arrays.equals(first.sample(manager, 16, 5).toFloatArray(),
                    second.sample(manager, 16, 5).toFloatArray());
            System.out.println("conv VAE loaded twice, same samples for seed 5: " + same);
        }
    }

    private ConvVae() {}
}
