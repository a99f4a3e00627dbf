/**
 * Shared network parts: the MLP builder, fixed feature maps (random Fourier features),
 * nearest-neighbour upsampling, Adam with its state in the open, and the interfaces a model
 * implements ({@link genlab.nn.Trainable}, {@link genlab.nn.GenerativeModel},
 * {@link genlab.nn.LatentGenerator}).
 *
 * <pre>{@code
 * Mlp mlp = Mlp.builder().setSizes(784, 400, 20).build();
 * OptimizerStep adam = OptimizerStep.adam(mlp, 0.9f);   // beta1 0.9
 * adam.setLearningRate(1e-3);
 * }</pre>
 */
package genlab.nn;
