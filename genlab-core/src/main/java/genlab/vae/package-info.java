/**
 * The variational auto-encoder (Kingma and Welling 2014): a Gaussian encoder q(z|x), a Bernoulli or
 * Gaussian decoder p(x|z), the negative ELBO in nats per sample, and the importance-weighted bound
 * (IWAE) that evaluates log p(x).
 *
 * <pre>{@code
 * try (NDManager manager = NDManager.newBaseManager()) {
 *     Vae vae = new Vae(manager, VaeConfig.reference());
 *     NDArray images = vae.sample(manager, 64);   // (64, 784) in [0, 1]
 * }
 * }</pre>
 */
package genlab.vae;
