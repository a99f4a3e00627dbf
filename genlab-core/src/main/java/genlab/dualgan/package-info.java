/**
 * The Dualing GAN (Li, Schwing, Wang, Zemel 2017): the discriminator's regularized logistic loss is
 * replaced by its Lagrange dual, so both players ascend one objective. The linear discriminator on
 * fixed features is solved exactly; the MLP one is linearized at each step through its per-example
 * gradient Gram matrix, in closed form; any other block through one backward pass per example.
 *
 * <pre>{@code
 * try (NDManager manager = NDManager.newBaseManager()) {
 *     DualGan game = new DualGan(manager, DualGanRecipes.ring8().model(), 2);   // ring8, the linearized MLP dual
 *     Map<String, Double> terms = game.trainStep(batch);   // dual, primal, gap, d_real, d_fake
 * }
 * }</pre>
 */
package genlab.dualgan;
