package genlab.vae;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2dTranspose;
import ai.djl.nn.core.Linear;
import genlab.ConfigException;
import genlab.nn.Mlp;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A VAE takes the user's networks; shapes that do not fit are errors naming the network. */
class VaeNetTest {

    private static final VaeConfig CONFIG = VaeConfig.builder().optDimension(6).optHidden(5).optLatent(2).build();

    private static VaeNet.Builder net() {
        return VaeNet.builder().setEncoder(Mlp.builder().setSizes(6, 5, 4).build())
                .setDecoder(Mlp.builder().setSizes(2, 5, 6).build()).setExampleShape(new Shape(6)).setLatent(2);
    }

    @Test
    void usersNetworksTrainAndSample() {
        try (NDManager manager = NDManager.newBaseManager()) {
            // the encoder sees each input as a 2 x 3 image and flattens it itself
            Vae vae = new Vae(manager, CONFIG, net().setExampleShape(new Shape(2, 3)).setEncoder(new SequentialBlock()
                    .add(Blocks.batchFlattenBlock()).add(Mlp.builder().setSizes(6, 5, 4).build())).build());
            double loss = vae.trainStep(manager.randomUniform(0, 1, new Shape(8, 6))).get("loss");
            assertThat(loss).isFinite().isPositive();
            assertThat(vae.sample(manager, 3).getShape()).isEqualTo(new Shape(3, 6));
        }
    }

    @Test
    void aTransposedConvolutionFailsAtBuildNamingTheDecoderAndItsAlternative() {
        try (NDManager manager = NDManager.newBaseManager()) {
            // (n, 2) to (n, 1, 2, 3) by a 1x1 transposed convolution of a (n, 2, 1, 1) reshape, then widened to 6
            SequentialBlock decoder = new SequentialBlock().addSingleton(z -> z.reshape(-1, 2, 1, 1))
                    .add(Conv2dTranspose.builder().setKernelShape(new Shape(2, 3)).setFilters(1).build())
                    .add(Blocks.batchFlattenBlock());
            VaeNet net = net().setDecoder(decoder).build();
            assertThatThrownBy(() -> new Vae(manager, CONFIG, net)).isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith("decoder holds a transposed convolution, which DJL's PyTorch engine cannot "
                            + "run")
                    .hasMessageEndingWith("upsample with Upsampling.nearest2x, then a Conv2d");
        }
    }

    @Test
    void anEncoderOfTheWrongWidthIsNamed() {
        try (NDManager manager = NDManager.newBaseManager()) {
            VaeNet wrong = net().setEncoder(Linear.builder().setUnits(3).build()).build();
            assertThatThrownBy(() -> new Vae(manager, CONFIG, wrong)).isInstanceOf(ConfigException.class)
                    .hasMessage("encoder returns [(1, 3)] for an input of shape (1, 6), expected (1, 4) or two (1, 2) "
                            + "for latent 2");
        }
    }

    @Test
    void aDecoderOfTheWrongSizeIsNamed() {
        try (NDManager manager = NDManager.newBaseManager()) {
            VaeNet wrong = net().setDecoder(Mlp.builder().setSizes(2, 5, 7).build()).build();
            assertThatThrownBy(() -> new Vae(manager, CONFIG, wrong)).isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith("decoder returns [(1, 7)] for z of shape (1, 2), expected one output of 6");
        }
    }

    @Test
    void aConfigThatDisagreesWithTheNetworksIsNamed() {
        try (NDManager manager = NDManager.newBaseManager()) {
            assertThatThrownBy(() -> new Vae(manager, CONFIG.toBuilder().optLatent(3).build(), net().build()))
                    .hasMessage("latent is 3 but the networks' latent is 2");
            assertThatThrownBy(() -> net().setEncoder(null).build()).hasMessage("encoder is required");
        }
    }
}
