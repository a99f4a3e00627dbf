package genlab.gan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.initializer.Initializer;
import ai.djl.training.initializer.XavierInitializer;
import genlab.data.ImageShape;
import genlab.nn.FeatureSpec;
import genlab.nn.Mlp;
import genlab.nn.Upsampling;

/**
 * Builds the generator (z -> example, images in [-1, 1] as (n, 784) from a tanh) and the
 * discriminator (example (n, D) -> one logit (n, 1)) of each {@link Architecture}.
 */
public final class GanNets {

    /** Slope of {@link #leaky} for negative inputs. */
    public static final float LEAK = 0.2f;

    private GanNets() {}

    /** Weights and biases of {@link #generator} (a double, so absurd sizes cannot overflow). */
    public static double generatorParameters(Architecture arch, int latent, int hidden, int dimension, int channels) {
        double k = channels;
        return arch == Architecture.CONV
                ? (latent + 1) * 16 * k * 49 + (16 * k * 9 + 1) * 8 * k + 8 * k * 9 + 1 + 2 * (16 * k * 49 + 8 * k)
                : Mlp.parameterCount(latent, hidden, hidden, dimension);
    }

    /** Weights and biases of the architecture's discriminator network. */
    public static double discriminatorParameters(Architecture arch, int hidden, int dimension, int channels) {
        double k = channels;
        return arch == Architecture.CONV
                ? (16 + 1) * 8 * k + (8 * k * 16 + 1) * 16 * k + 16 * k * 49 + 1
                : Mlp.parameterCount(dimension, hidden, hidden, 1);
    }

    /** Floats one example puts through both players' layers (what a batch keeps for the backward pass). */
    public static double activationsPerExample(Architecture arch, int hidden, int dimension, int channels) {
        double k = channels;
        return arch == Architecture.CONV ? 2 * (16 * k * 49 + 16 * k * 196 + 8 * k * 196 + 8 * k * 784 + 784)
                : 4.0 * hidden + 2 * dimension;
    }

    /**
     * The pair of {@code config}'s architecture (or its feature discriminator, whose random features
     * are drawn from {@code seed}), on flat rows; the discriminator scores packs of
     * {@code config.packSize()} rows.
     */
    public static GanNet of(GanConfig config, int seed) {
        return packed(config.latent(), config.dimension(), config.packSize(), generator(config),
                discriminator(config, seed));
    }

    /**
     * The small conv pair for 28 x 28 grey images: discriminator 8k-16k channels, generator
     * 16k-8k channels, on flat rows (n, 784).
     */
    public static GanNet conv(int latent, int channels) {
        return pair(latent, ImageShape.MNIST.size(), convGenerator(channels), convDiscriminator(channels));
    }

    /** A generator and discriminator on flat rows of {@code dimension} values. */
    public static GanNet pair(int latent, int dimension, Block generator, Block discriminator) {
        return packed(latent, dimension, 1, generator, discriminator);
    }

    /** A generator of rows of {@code dimension} values and a discriminator of packs of {@code pack} such rows. */
    public static GanNet packed(int latent, int dimension, int pack, Block generator, Block discriminator) {
        return GanNet.builder().setGenerator(generator).setDiscriminator(discriminator)
                .setExampleShape(new Shape((long) pack * dimension)).optPack(pack).setLatent(latent).build();
    }

    /** The generator of {@code c}'s architecture, z (n, latent) -> (n, dimension); images end in a tanh. */
    public static Block generator(GameConfig c) {
        if (c.generatorArchitecture() == Architecture.CONV) {
            return convGenerator(c.channels());
        }
        Mlp mlp = Mlp.builder().setSizes(c.latent(), c.hidden(), c.hidden(), c.dimension()).build();
        return c.images() ? new SequentialBlock().add(mlp).add(Activation::tanh) : mlp;
    }

    /**
     * The discriminator of {@code c}: logistic regression on its features (random ones drawn from
     * {@code seed}), or its architecture's network, on packs of {@code c.packSize()} rows.
     */
    public static Block discriminator(GanConfig c, int seed) {
        int scored = c.packSize() * c.dimension();
        if (c.features() != null) {
            // f(x) = w . phi(x), w starting at 0 like the Dualing GAN's linear discriminator
            Linear w = Linear.builder().setUnits(1).optBias(false).build();
            w.setInitializer(Initializer.ZEROS, p -> true);
            return new SequentialBlock().add(FeatureSpec.parse(c.features()).block(scored, seed)).add(w);
        }
        if (c.arch() == Architecture.CONV) {
            return convDiscriminator(c.channels());
        }
        Mlp.Builder mlp = Mlp.builder().setSizes(scored, c.hidden(), c.hidden(), 1);
        return (c.images() ? mlp.optHiddenActivation(GanNets::leaky) : mlp).build();
    }

    // x (n, 784) -> (n,1,28,28) -conv4 s2-> 8k x14x14 -conv4 s2-> 16k x7x7 -> 1 logit
    private static Block convDiscriminator(int k) {
        SequentialBlock d = new SequentialBlock()
                .addSingleton(x -> x.reshape(-1, 1, 28, 28))
                .add(conv(8 * k, 4, 2, 1)).addSingleton(GanNets::leaky)
                .add(conv(16 * k, 4, 2, 1)).addSingleton(GanNets::leaky)
                .add(Blocks.batchFlattenBlock())
                .add(Linear.builder().setUnits(1).build());
        return xavier(d);
    }

    // z -> 16k x7x7 -up2, conv3-> 8k x14x14 -up2, conv3-> 1x28x28 -> tanh -> (n, 784)
    // Nearest-neighbour upsampling then a 3x3 convolution instead of a stride-2 transposed
    // convolution: every output pixel sees the same kernel, so no checkerboard pattern.
    private static Block convGenerator(int k) {
        SequentialBlock g = new SequentialBlock()
                .add(Linear.builder().setUnits(16L * k * 49).build())
                .add(BatchNorm.builder().build()).addSingleton(GanNets::leaky)
                .addSingleton(x -> x.reshape(-1, 16L * k, 7, 7))
                .addSingleton(Upsampling::nearest2x).add(conv(8 * k, 3, 1, 1))
                .add(BatchNorm.builder().build()).addSingleton(GanNets::leaky)
                .addSingleton(Upsampling::nearest2x).add(conv(1, 3, 1, 1)).add(Activation::tanh)
                .addSingleton(x -> x.reshape(-1, 784));
        return xavier(g);
    }

    /**
     * LeakyReLU with slope {@link #LEAK}: the activation of both image players (a ReLU
     * discriminator passes no gradient through dead units) and of the MLP dual discriminator.
     */
    public static NDArray leaky(NDArray x) {
        return Activation.leakyRelu(x, LEAK);
    }

    private static Block conv(int filters, int kernel, int stride, int padding) {
        return Conv2d.builder().setKernelShape(new Shape(kernel, kernel)).setFilters(filters)
                .optStride(new Shape(stride, stride)).optPadding(new Shape(padding, padding)).build();
    }

    // Xavier-uniform weights, U(+-sqrt(6 / (fan_in + fan_out))), and zero biases
    private static Block xavier(SequentialBlock block) {
        block.setInitializer(new XavierInitializer(XavierInitializer.RandomType.UNIFORM,
                XavierInitializer.FactorType.AVG, 3), Parameter.Type.WEIGHT);
        block.setInitializer(Initializer.ZEROS, Parameter.Type.BIAS);
        return block;
    }
}
