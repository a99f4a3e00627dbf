package genlab.sweep;

import genlab.Recipe;
import genlab.RunConfig;
import genlab.TrainingConfig;
import genlab.data.GameDatasets;
import genlab.data.GaussianMixture2d;
import genlab.dualgan.DiscriminatorKind;
import genlab.dualgan.DualGanConfig;
import genlab.dualgan.DualGanRecipes;
import genlab.eval.GameRunOutcome;
import genlab.gan.Architecture;
import genlab.gan.GanConfig;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One run of a {@link StabilityStudy} as plain values, so that another process (a Spark task) can
 * train it: the study's settings and the run's place in the sweep.
 *
 * @param dataset ring8, grid25, mnist or fashion-mnist
 * @param method {@code gan} or {@code dualgan}
 * @param family the discriminator family (2-D data; images use the conv pair and the dual's MLP)
 * @param learningRate Adam's learning rate of every player
 * @param seed the run's seed
 * @param features the linear family's features
 * @param epochs epochs of the run
 * @param batchSize examples per batch
 * @param limit images: the first training images used (null on 2-D data)
 * @param samples images: samples scored
 * @param classifier images: the classifier run's folder
 * @param data the folder of the data set's files, or null for the standard places
 * @param threads intra-op threads of the run
 * @param folder the run's folder, under the study's: where it trains, and resumes after a loss
 */
public record StudyCell(String dataset, String method, DiscriminatorKind family, double learningRate, int seed,
        String features, int epochs, int batchSize, Integer limit, int samples, String classifier, String data,
        int threads, String folder) implements Serializable {

    /**
     * Trains and scores this run in this process, into its folder; continues it when the folder
     * holds a checkpoint, and only reads its outcome back when it finished before.
     */
    public GameRunOutcome run() throws IOException {
        Optional<Path> dataDir = Optional.ofNullable(data).map(Path::of);
        Optional<GaussianMixture2d> mixture = GaussianMixture2d.byId(dataset);
        try (StabilityCell.Scoring scoring = mixture.isPresent() ? StabilityCell.coverage(mixture.get())
                : StabilityCell.samples(Path.of(classifier), dataset, dataDir, samples, threads)) {
            return method.equals(GanConfig.MODEL)
                    ? StabilityCell.gan(ganRecipe(), threads, StabilityStudy.TAIL, dataDir, scoring, Path.of(folder))
                    : StabilityCell.dualGan(dualRecipe(), threads, StabilityStudy.TAIL, dataDir, scoring,
                            Path.of(folder));
        }
    }

    private boolean planar() {
        return GaussianMixture2d.byId(dataset).isPresent();
    }

    /** 2-D: the MLP generator against the family's discriminator; images: the conv pair. */
    Recipe<GanConfig> ganRecipe() {
        GanConfig.Builder b = GanConfig.builder().optDataset(dataset).optLimit(limit);
        GanConfig model = planar()
                ? b.optArch(Architecture.MLP).optFeatures(family == DiscriminatorKind.LINEAR ? features : null).build()
                : b.optArch(Architecture.CONV).build();
        return new Recipe<>(model, training(model));
    }

    /** The family's dual discriminator against the GAN's generator, its discriminator's packs fitting the batch. */
    Recipe<DualGanConfig> dualRecipe() {
        DualGanConfig model = DualGanConfig.builder().optDataset(dataset).optDiscriminator(family).optFeatures(features)
                .optGeneratorArch(planar() ? Architecture.MLP : Architecture.CONV).optLimit(limit)
                .optPack(DualGanRecipes.pack(family, GameDatasets.checkedId(dataset), batchSize)).build();
        return new Recipe<>(model, training(model));
    }

    // the model's recipe with the study's budget, batch, learning rate and seed
    private TrainingConfig training(RunConfig<?> model) {
        return model.defaultTraining().toBuilder().optEpochs(epochs).optBatchSize(batchSize).optLearningRate(learningRate)
                .optSeed(seed).build();
    }
}
