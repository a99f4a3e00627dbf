/**
 * The one training harness every model and command uses: the epoch loop with a native-memory
 * scope per batch, the random streams that make a resumed run repeat an uninterrupted one, the
 * divergence stop, engine start with seeding and threads, evaluation of a saved run, and a {@link genlab.train.TrainingListener} for
 * progress (silent by default; the command line draws a bar).
 *
 * <pre>{@code
 * try (RunFolder run = RunFolder.claimNew(Path.of("runs/my-vae"), VaeConfig.MODEL, "mnist", false)) {
 *     EpochResult last = VaeTraining.train(Recipe.of(VaeConfig.reference()), run, mnist,
 *             new RunSettings(2, new LoggingListener()));
 *     System.out.println(last.test().get("loss") + " nats per image");
 * }
 * }</pre>
 */
package genlab.train;
