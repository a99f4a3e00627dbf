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
import ai.djl.nn.pooling.Pool;
import ai.djl.training.initializer.Initializer;
import ai.djl.training.initializer.XavierInitializer;
import genlab.nn.Mlp;

/**
 * Builds the generator (z -> example, images in [-1, 1] as (n, 784) from a tanh) and the
 * discriminator (example (n, D) -> one logit (n, 1)) of each {@link Architecture}.
 */
public final class GanNets {

    /** Slope of {@link #leaky} for negative inputs. */
    public static final float LEAK = 0.2f;
    private static final int IMAGE_VALUES = 784;

    private GanNets() {}

    /** The generator z (n, zDim) -> (n, dimension); 784 values are images, ending in a tanh. */
    public static Block generator(Architecture arch, int zDim, int hidden, int dimension, int channels) {
        if (arch == Architecture.CONV) {
            return convGenerator(channels);
        }
        Mlp mlp = Mlp.builder().setSizes(zDim, hidden, hidden, dimension).build();
        return dimension == IMAGE_VALUES ? new SequentialBlock().add(mlp).add(Activation::tanh) : mlp;
    }

    static Block discriminator(GanConfig c) {
        if (c.arch() == Architecture.CONV) {
            return convDiscriminator(c.channels());
        }
        Mlp.Builder mlp = Mlp.builder().setSizes(c.dimension(), c.hidden(), c.hidden(), 1);
        return (c.images() ? mlp.optHiddenActivation(GanNets::leaky) : mlp).build();
    }

    // x (n, 784) -> (n,1,28,28) -conv3-> 2x26x26 -pool-> 13 -conv3-> 4x11x11 -pool-> 5 -conv3 pad1-> 8x5x5 = 200 -> 16 -> 1
    private static Block convDiscriminator(int k) {
        SequentialBlock d = new SequentialBlock()
                .addSingleton(x -> x.reshape(-1, 1, 28, 28))
                .add(conv(2 * k, 3, 0)).addSingleton(GanNets::leaky).add(Pool.maxPool2dBlock(new Shape(2, 2)))
                .add(conv(4 * k, 3, 0)).addSingleton(GanNets::leaky).add(Pool.maxPool2dBlock(new Shape(2, 2)))
                .add(conv(8 * k, 3, 1)).addSingleton(GanNets::leaky)
                .add(Blocks.batchFlattenBlock())
                .add(Linear.builder().setUnits(16L * k).build()).addSingleton(GanNets::leaky)
                .add(Linear.builder().setUnits(1).build());
        return xavier(d);
    }

    // z -> 16x4x4 -(transposed 4x4, s1)-> 8x7x7 -(transposed 2x2, s2)-> 4x14x14 -(same)-> 2x28x28
    //   -conv3 pad1-> 1x28x28 -> tanh -> (n, 784)
    // DJL's PyTorch engine has no transposed convolution, so each is written with plain convolutions:
    // a stride-1 transposed k x k convolution is a k x k convolution with padding k-1, and a 2x2
    // stride-2 one is a 1x1 convolution to 4 f channels rearranged into 2x2 pixel blocks
    private static Block convGenerator(int k) {
        SequentialBlock g = new SequentialBlock()
                .add(Linear.builder().setUnits(16L * k * 16).build())
                .addSingleton(x -> x.reshape(-1, 16L * k, 4, 4))
                .add(BatchNorm.builder().build()).addSingleton(GanNets::leaky)
                .add(conv(8 * k, 4, 3)).add(BatchNorm.builder().build()).addSingleton(GanNets::leaky)
                .add(upsample2x(4 * k)).add(BatchNorm.builder().build()).addSingleton(GanNets::leaky)
                .add(upsample2x(2 * k)).add(BatchNorm.builder().build()).addSingleton(GanNets::leaky)
                .add(conv(1, 3, 1)).add(Activation::tanh)
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

    private static Block conv(int filters, int kernel, int padding) {
        return Conv2d.builder().setKernelShape(new Shape(kernel, kernel)).setFilters(filters)
                .optPadding(new Shape(padding, padding)).build();
    }

    // (n, c, H, W) -> (n, f, 2H, 2W): out[o, 2i+a, 2j+b] = sum_c W[(o,a,b), c] x[c, i, j] + bias[(o,a,b)]
    private static Block upsample2x(int filters) {
        return new SequentialBlock()
                .add(conv(4 * filters, 1, 0))
                .addSingleton(x -> {
                    long n = x.getShape().get(0);
                    long h = x.getShape().get(2);
                    long w = x.getShape().get(3);
                    return x.reshape(n, filters, 2, 2, h, w).transpose(0, 1, 4, 2, 5, 3).reshape(n, filters, 2 * h, 2 * w);
                });
    }

    // Xavier-uniform weights, U(+-sqrt(6 / (fan_in + fan_out))), and zero biases
    private static Block xavier(SequentialBlock block) {
        block.setInitializer(new XavierInitializer(XavierInitializer.RandomType.UNIFORM,
                XavierInitializer.FactorType.AVG, 3), Parameter.Type.WEIGHT);
        block.setInitializer(Initializer.ZEROS, Parameter.Type.BIAS);
        return block;
    }
}
