package genlab.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import genlab.data.GaussianMixture2d;
import genlab.data.ImageShape;
import genlab.eval.ModeCoverage;
import genlab.gan.GameConfig;
import genlab.nn.EngineArrays;
import genlab.nn.LatentGenerator;
import genlab.report.ScatterPlot;
import genlab.run.RunFolder;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a game's generator leaves in the run folder, always from one fixed batch of z so the files
 * show progress: per epoch {@code epochs/samples-epochNNN.png} (images) or {@code epochs/scatter-epochNNN.png}
 * with the mode-coverage metrics (2-D), and at the end {@code samples.png} or {@code scatter.png}.
 */
final class GameOutputs implements RunOutputs {

    private final NDManager manager;
    private final LatentGenerator generator;
    private final Optional<GaussianMixture2d> mixture;
    private final Optional<ImageShape> image;
    private final RunFolder run;
    private final GameKind<?> kind;
    private final NDArray fixedZ;

    /** Draws the fixed z from the engine's generator, after the model's initialization and before training. */
    GameOutputs(NDManager manager, LatentGenerator generator, GameConfig config, GameKind<?> kind, RunFolder run) {
        this.manager = manager;
        this.generator = generator;
        this.mixture = GaussianMixture2d.byId(config.dataset());
        this.image = config.imageShape();
        this.run = run;
        this.kind = kind;
        this.fixedZ = generator.prior(manager, mixture.isPresent() ? ModeCoverage.POINTS : SampleGrids.GRID);
    }

    @Override
    public EpochSummary afterEpoch(EpochResult result) throws IOException {
        if (mixture.isPresent()) {
            return coverage(result.epoch());
        }
        SampleGrids.write(generated(), image, run.epochImage("samples", result.epoch()));
        return EpochSummary.NONE;
    }

    /** Writes the final files; returns the game's final line, and the modes covered on 2-D data. */
    @Override
    public String finish(EpochResult last) throws IOException {
        String line = kind.finalLine(last.train());
        if (mixture.isPresent()) {
            return line + " · " + coverage(0).line();
        }
        SampleGrids.write(generated(), image, run.file("samples.png"));
        return line;
    }

    private float[] generated() {
        try (NDManager scope = manager.newSubManager()) {
            // a copy in the scope: the generator's activations go where its input lives
            return generator.generateData(EngineArrays.in(scope, fixedZ.duplicate())).toFloatArray();
        }
    }

    // coverage of G(fixed z) and its scatter plot: per epoch (epoch > 0) and final (0)
    private EpochSummary coverage(int epoch) throws IOException {
        float[] points = generated();
        ModeCoverage c = ModeCoverage.of(points, ModeCoverage.POINTS, mixture.get());
        ScatterPlot.write(epoch > 0 ? run.epochImage("scatter", epoch) : run.file("scatter.png"), kind.title() + " on " + mixture.get().id() + (epoch > 0 ? ", epoch " + epoch : "")
                + ": " + c.summary(), points, ModeCoverage.POINTS, mixture.get());
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("modes_covered", (double) c.covered());
        metrics.put("high_quality_pct", c.highQualityPercent());
        metrics.put("kl_modes_uniform", c.klToUniform());
        return new EpochSummary(metrics, Map.of("modes_covered", "modes", "high_quality_pct", "percent",
                "kl_modes_uniform", "nats"), c.summary());
    }
}
