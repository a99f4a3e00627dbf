package genlab.examples;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import genlab.TrainingConfig;
import genlab.data.ImageDatasets;
import genlab.nn.Upsampling;
import genlab.train.Trained;
import genlab.train.Trainer;
import genlab.train.TrainingData;
import genlab.vae.Vae;
import genlab.vae.VaeConfig;
import genlab.vae.VaeNet;

/**
 * Example (e): a VAE whose encoder and decoder are your own convolutional networks, plain DJL
 * blocks: 28x28 to 14x14 to 7x7 and back by nearest-neighbour upsampling (DJL's PyTorch engine has
 * no transposed convolution; building the VAE says so when a decoder holds one).
 */
public final class ConvVae {

    public static void main(String[] args) {
        VaeNet players = VaeNet.builder().setExampleShape(new Shape(1, 28, 28)).setLatent(16)
                .setEncoder(new SequentialBlock().add(conv(16, 4, 2)).add(Activation::relu).add(conv(32, 4, 2))
                        .add(Activation::relu).add(Blocks.batchFlattenBlock()).add(Linear.builder().setUnits(32).build()))
                .setDecoder(new SequentialBlock().add(Linear.builder().setUnits(32 * 7 * 7).build()).add(Activation::relu)
                        .addSingleton(z -> Upsampling.nearest2x(z.reshape(-1, 32, 7, 7))).add(conv(16, 3, 1))
                        .add(Activation::relu).addSingleton(Upsampling::nearest2x).add(conv(1, 3, 1))).build();
        Trainer trainer = Trainer.builder(TrainingConfig.builder().optEpochs(2).optBatchSize(64).build()).build();
        try (NDManager manager = NDManager.newBaseManager()) {   // the trainer is built, and seeds, before the model
            Trained<Vae> trained = trainer.fit(new Vae(manager, VaeConfig.builder().optLatent(16).build(), players),
                    TrainingData.images(ImageDatasets.load("mnist").first(6_000, 1_000), trainer.training()));
            System.out.printf("conv VAE: test %.2f nats per image%n", trained.last().test().get("loss"));
        }
    }

    // a square convolution that divides the side by its stride
    private static Block conv(int filters, int kernel, int stride) {
        return Conv2d.builder().setKernelShape(new Shape(kernel, kernel)).optStride(new Shape(stride, stride))
                .optPadding(new Shape((kernel - stride) / 2, (kernel - stride) / 2)).setFilters(filters).build();
    }

    private ConvVae() {}
}
