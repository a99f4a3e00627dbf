/**
 * The one training harness every model and command uses: the {@link genlab.train.Trainer} (in
 * memory) with the epoch loop, a native-memory scope per batch, the random streams that make a
 * resumed run repeat an uninterrupted one, the divergence stop and typed events for its
 * listeners; a {@link genlab.train.Run} in a folder, of any kind in the {@link genlab.train.ModelKind}
 * registry; evaluation of a saved run.
 *
 * <pre>{@code
 * Recipe<VaeConfig> recipe = Recipe.of(VaeConfig.reference());
 * Trainer trainer = Trainer.builder(recipe.training()).addListener(new LoggingListener()).build();
 * try (NDManager manager = NDManager.newBaseManager()) {
 *     RunResult result = Run.builder(recipe).optFolder(Path.of("runs/my-vae")).build().startOrResume(trainer, manager);
 *     System.out.println(result.last().test().get("loss") + " nats per image");
 * }
 * }</pre>
 */
package genlab.train;
