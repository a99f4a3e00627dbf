/**
 * A run on disk: the run folder (claimed under a lock, never overwritten unasked), metrics.csv,
 * atomic per-epoch checkpoints checked by CRC and config fingerprint, and provenance.json.
 *
 * <pre>{@code
 * try (RunFolder run = RunFolder.open(Path.of("runs/vae-mnist"))) {
 *     int epoch = TrainingCheckpoint.epoch(run.file(TrainingCheckpoint.FILE));   // the last finished epoch
 * }
 * }</pre>
 */
package genlab.run;
