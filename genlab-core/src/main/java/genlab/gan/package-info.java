/**
 * The classical GAN (Goodfellow et al. 2014): minimax or non-saturating generator loss, the
 * built-in conv or MLP players or the user's own blocks, and the losses as formulas in nats.
 *
 * <pre>{@code
 * GanConfig config = GanConfig.builder().optDataset("ring8").build();
 * GanNet players = GanNet.builder().setGenerator(myGenerator).setDiscriminator(GanNets.discriminator(config, 2))
 *         .setExampleShape(new Shape(2)).setLatent(config.latent()).build();
 * try (NDManager manager = NDManager.newBaseManager()) {
 *     Gan gan = new Gan(manager, config, players);
 *     Map<String, Double> terms = gan.trainStep(batch);   // d_loss, g_loss, d_real, d_fake
 * }
 * }</pre>
 */
package genlab.gan;
