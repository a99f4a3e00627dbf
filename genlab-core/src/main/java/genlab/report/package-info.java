/**
 * Rendering: PNG image grids, scatter, curve and stability plots, metrics tables, and a run's
 * report.html from what its folder holds.
 *
 * <pre>{@code
 * ImageGrid.write(Path.of("samples.png"), images, ImageShape.MNIST, 8);   // an 8-column PNG grid
 * RunReport.write(RunFolder.open(Path.of("runs/vae-mnist")));              // report.html
 * }</pre>
 */
package genlab.report;
