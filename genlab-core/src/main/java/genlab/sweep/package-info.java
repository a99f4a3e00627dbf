/**
 * Grids of runs: a sweep over any config fields, the stability study that trains GAN families over
 * seeds and scores them, their folders, and the cells a local or Spark runner trains.
 *
 * <pre>{@code
 * Sweep sweep = Sweep.of(Path.of("config.json"), Map.of("seed", seeds), Optional.empty(), OptionalInt.empty());
 * try (RunFolder out = sweep.claim(Path.of("runs/sweep"), false)) {
 *     String table = sweep.run(out, runner, row -> {});   // runner: genlab-spark's SparkRunner; markdown, a row per cell
 * }
 * }</pre>
 */
package genlab.sweep;
