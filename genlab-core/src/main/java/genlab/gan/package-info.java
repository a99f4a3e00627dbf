/**
 * The classical GAN (Goodfellow et al. 2014): minimax or non-saturating generator loss, conv or MLP
 * players, and the losses as formulas in nats.
 *
 * <pre>{@code
 * GanConfig config = ...;   // the gan command's defaults, or your own values
 * try (NDManager manager = NDManager.newBaseManager()) {
 *     Gan gan = new Gan(manager, config);
 *     Map<String, Double> terms = gan.trainStep(batch);   // d_loss, g_loss, d_real, d_fake
 * }
 * }</pre>
 */
package genlab.gan;
