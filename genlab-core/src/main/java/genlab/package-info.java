/**
 * GenLab: variational auto-encoders, GANs and Dualing GANs on DJL's PyTorch engine, with every
 * formula of the theory as tested code. This package holds what every part shares: the
 * {@link genlab.GenLabException} a user can act on, {@link genlab.ConfigException} naming the
 * field at fault, the {@link genlab.RunConfig} contract of every model's configuration, the
 * {@link genlab.TrainingConfig} every model trains by, the {@link genlab.Recipe} that pairs them
 * (a run's config.json), and atomic file writes.
 *
 * <pre>{@code
 * try {
 *     Recipe<VaeConfig> recipe = new Recipe<>(model, TrainingConfig.builder().optEpochs(epochs).build());
 *     Run.builder(recipe).optFolder(dir).build().start(Trainer.builder(recipe.training()).build(), manager);
 * } catch (ConfigException e) {
 *     System.err.println("bad field " + e.field() + ": " + e.getMessage());
 * }
 * }</pre>
 */
package genlab;
