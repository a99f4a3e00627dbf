package genlab.train;

import ai.djl.ndarray.NDManager;
import genlab.RunConfig;
import genlab.data.DatasetLocator;
import genlab.data.DatasetSpec;
import genlab.data.ImageDatasets;
import genlab.dualgan.DualGan;
import genlab.dualgan.DualGanConfig;
import genlab.eval.ClassifierConfig;
import genlab.gan.Gan;
import genlab.gan.GanConfig;
import genlab.nn.GenerativeModel;
import genlab.report.RunFolder;
import genlab.vae.Vae;
import genlab.vae.VaeConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One kind of model GenLab trains, by the name its config.json gives: the config type, how to
 * train it (or continue it) into a run folder, and for generative kinds how to build it again
 * to load its parameters. {@link #ALL} is the registry, the one place that knows every kind.
 *
 * @param <C> the kind's configuration
 */
public final class ModelKind<C extends RunConfig<C>> {

    /** Trains a configuration into a run folder, reading its data from {@code dataDir} or the standard places. */
    @FunctionalInterface
    public interface Trainer<C> {
        EpochResult train(C config, RunFolder run, Optional<Path> dataDir, RunSettings settings, boolean resume)
                throws IOException;
    }

    /** Builds a configuration's model, untrained, in {@code manager}. */
    @FunctionalInterface
    public interface Builder<C> {
        GenerativeModel build(NDManager manager, C config);
    }

    public static final ModelKind<VaeConfig> VAE = new ModelKind<>(VaeConfig.MODEL, VaeConfig.class, VaeConfig::dataset,
            (c, run, dir, settings, resume) -> VaeTraining.train(c, run, images(c.dataset(), dir), settings, resume),
            Vae::new);
    public static final ModelKind<GanConfig> GAN = new ModelKind<>(GanConfig.MODEL, GanConfig.class, GanConfig::dataset,
            (c, run, dir, settings, resume) -> GameTraining.gan(c, run, GameData.load(c.dataset(), dir, c.limit(),
                    c.batchSize(), c.batchesPerEpoch(), c.seed()), settings, resume),
            Gan::new);
    public static final ModelKind<DualGanConfig> DUAL_GAN = new ModelKind<>(DualGanConfig.MODEL, DualGanConfig.class,
            DualGanConfig::dataset,
            (c, run, dir, settings, resume) -> GameTraining.dualGan(c, run, GameData.load(c.dataset(), dir, c.limit(),
                    c.batchSize(), c.batchesPerEpoch(), c.seed()), settings, resume),
            DualGan::new);
    public static final ModelKind<ClassifierConfig> CLASSIFIER = new ModelKind<>(ClassifierConfig.MODEL,
            ClassifierConfig.class, ClassifierConfig::dataset,
            (c, run, dir, settings, resume) -> ClassifierTraining.train(c, run, images(c.dataset(), dir), settings,
                    resume),
            null);

    /** Every kind, in the order messages list them. */
    public static final List<ModelKind<?>> ALL = List.of(VAE, GAN, DUAL_GAN, CLASSIFIER);

    private final String name;
    private final Class<C> configType;
    private final Function<C, String> dataset;
    private final Trainer<C> trainer;
    private final Builder<C> builder;

    private ModelKind(String name, Class<C> configType, Function<C, String> dataset, Trainer<C> trainer,
            Builder<C> builder) {
        this.name = name;
        this.configType = configType;
        this.dataset = dataset;
        this.trainer = trainer;
        this.builder = builder;
    }

    /** The name in config.json's {@code model} field. */
    public String name() {
        return name;
    }

    public Class<C> configType() {
        return configType;
    }

    /** True when the kind draws new examples (everything but the classifier). */
    public boolean generative() {
        return builder != null;
    }

    /** The kind named {@code name}, or empty. */
    public static Optional<ModelKind<?>> byName(String name) {
        return ALL.stream().filter(k -> k.name.equals(name)).findFirst();
    }

    /** Trains {@code config} into {@code run} (or continues after its checkpoint with {@code resume}). */
    public EpochResult train(C config, RunFolder run, Optional<Path> dataDir, RunSettings settings, boolean resume)
            throws IOException {
        return trainer.train(config, run, dataDir, settings, resume);
    }

    /** Continues the run from its config.json tree (perhaps changed by the caller) after its checkpoint. */
    public EpochResult resume(RunFolder run, com.fasterxml.jackson.databind.JsonNode config, Optional<Path> dataDir,
            RunSettings settings) throws IOException {
        return train(run.convertConfig(config, configType), run, dataDir, settings, true);
    }

    /** Builds the run's model in {@code manager} and loads model.params into it. */
    SavedModel load(RunFolder run, NDManager manager) {
        C config = run.readConfig(configType);
        GenerativeModel model = builder.build(manager, config);
        Checkpoint.load(model.net(), manager, run.file(RunFolder.MODEL));
        return new SavedModel(name, dataset.apply(config), model);
    }

    private static ImageDatasets.Splits images(String dataset, Optional<Path> dir) {
        return ImageDatasets.load(DatasetSpec.byId(dataset), DatasetLocator.standard(dir));
    }
}
