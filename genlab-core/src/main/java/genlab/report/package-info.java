/**
 * What a run leaves on disk: the run folder (claimed under a lock, never overwritten unasked),
 * metrics.csv, PNG image grids, scatter and curve plots, and report.html.
 *
 * <pre>{@code
 * try (RunFolder run = RunFolder.open(Path.of("runs/vae-mnist"))) {
 *     RunReport.write(run);   // report.html from metrics.csv and the images
 * }
 * }</pre>
 */
package genlab.report;
