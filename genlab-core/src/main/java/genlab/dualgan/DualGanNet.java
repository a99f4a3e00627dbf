package genlab.dualgan;

import ai.djl.nn.Block;
import genlab.nn.Players;

/**
 * A Dualing GAN's players: the generator, z (n, latent) to n x D values (images in [-1, 1]), and the
 * dual discriminator (for example a {@link BlockDualDiscriminator} around a block of your own),
 * neither initialized yet.
 */
public record DualGanNet(Block generator, DualDiscriminator discriminator) implements Players {

    /** The players of {@code config}: the generator of its architecture, the discriminator of its family (random features from {@code seed}). */
    public static DualGanNet of(DualGanConfig config, int seed) {
        return new DualGanNet(genlab.gan.GanNets.generator(config), DualGan.discriminatorOf(config, seed));
    }
}
