package genlab.sweep;

import genlab.Recipe;
import genlab.RunConfig;
import genlab.TrainingConfig;
import genlab.data.GameDatasets;
import genlab.data.GaussianMixture2d;
import genlab.dualgan.DiscriminatorKind;
import genlab.dualgan.DualGanConfig;
import genlab.dualgan.DualGanRecipes;
import genlab.eval.CellScore;
import genlab.eval.GameRunOutcome;
import genlab.eval.ObjectiveTrace;
import genlab.gan.Architecture;
import genlab.gan.GanConfig;
import ai.djl.ndarray.NDManager;
import genlab.nn.GenerativeModel;
import genlab.report.RunReport;
import genlab.run.RunFolder;
import genlab.run.TrainingCheckpoint;
import genlab.train.RunDivergedException;
import genlab.train.RunResult;
import genlab.train.RunSeeds;
import genlab.train.StepLog;
import genlab.train.Trainer;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
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

    /** A finished cell's outcome in its run folder. */
    public static final String OUTCOME = "outcome.json";

    /**
     * Trains this run in this process into its folder as its command would, or continues it, then
     * scores it and writes {@link #OUTCOME}: a folder with the outcome is a finished cell (read
     * back), a folder with a checkpoint resumes after it, and a cell whose checkpoint already holds
     * every epoch is only scored. Scoring draws from the generator seeded for the epoch after the
     * last, so a resumed cell scores as an uninterrupted one. A divergence ends the cell and is
     * reported in its outcome, not thrown.
     */
    public GameRunOutcome run() throws IOException {
        Path dir = Path.of(folder);
        if (Files.exists(dir.resolve(OUTCOME))) {
            return RunFolder.open(dir).readJson(OUTCOME, GameRunOutcome.class);
        }
        Optional<GaussianMixture2d> mixture = GaussianMixture2d.byId(dataset);
        try (CellScoring scoring = mixture.isPresent() ? CellScoring.coverage(mixture.get())
                : CellScoring.samples(Path.of(classifier), dataset, Optional.ofNullable(data).map(Path::of), samples,
                        threads)) {
            return trainAndScore(scoring);
        }
    }

    private GameRunOutcome trainAndScore(CellScoring scoring) throws IOException {
        long start = System.nanoTime();
        Recipe<?> recipe = recipe();
        TrainingConfig training = recipe.training();
        SweepCell cell = new SweepCell(RunFolder.tree(recipe).toString(), folder, data, threads);
        int done = TrainingCheckpoint.epoch(Path.of(folder, TrainingCheckpoint.FILE));
        Trainer trainer = Trainer.builder(training).optThreads(threads).build();
        boolean diverged = false;
        CellScore score;
        try (NDManager manager = NDManager.newBaseManager()) {
            RunResult result = cell.run(recipe).startOrResume(trainer, manager);
            RunSeeds.of(training.seed()).enterEpoch(training.epochs() + 1);
            score = scoring.score(manager, result.model(GenerativeModel.class));
        } catch (RunDivergedException e) {
            diverged = true;
            score = scoring.unscored();
        }
        try (RunFolder run = RunFolder.claimExisting(Path.of(folder))) {
            // the objective traced: the generator's loss, or the dual the generator ascends
            String objective = method.equals(GanConfig.MODEL) ? "g_loss" : "dual";
            ObjectiveTrace trace = ObjectiveTrace.of(StepLog.column(run.file(StepLog.FILE), objective));
            GameRunOutcome outcome = new GameRunOutcome(method, familyLabel(), learningRate, seed, trace.size(),
                    score.scores(), trace.tailStd(StabilityStudy.TAIL), diverged, !diverged && score.collapsed(), done,
                    (System.nanoTime() - start) / 1e9);
            run.writeJson(OUTCOME, outcome);
            RunReport.write(run);
            return outcome;
        }
    }

    /** The run's recipe: the GAN's or the Dualing GAN's. */
    Recipe<?> recipe() {
        return method.equals(GanConfig.MODEL) ? ganRecipe() : dualRecipe();
    }

    // the discriminator family as the table names it: the GAN's on images is its conv network
    private String familyLabel() {
        if (method.equals(GanConfig.MODEL) && !planar()) {
            return Architecture.CONV.name().toLowerCase(Locale.ROOT);
        }
        return family.name().toLowerCase(Locale.ROOT);
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
