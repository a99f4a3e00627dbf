package genlab.train;

import genlab.ConfigException;
import genlab.TrainingConfig;
import genlab.data.BatchSource;
import genlab.data.Batches;
import genlab.data.Binarization;
import genlab.data.DataSource;
import genlab.data.GaussianMixture2d;
import genlab.data.ImageDatasets;
import genlab.data.ImageSet;
import genlab.data.ImageShape;
import genlab.data.MixtureStream;
import genlab.gan.GameConfig;
import genlab.internal.RunSeeds;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;

/**
 * The data of a generator-versus-discriminator game ({@code gan}, {@code dualgan}): an image set
 * (one pass per epoch) or a 2-D mixture stream ({@code batchesPerEpoch} fresh batches per epoch).
 *
 * @param mixture the 2-D mixture, empty for images
 * @param id the dataset's id
 * @param dimension values per example (784 or 2)
 * @param seeds the run's random streams, which the batch sources draw from
 * @param source the data set's name and the MD5 of each file read, for the run's provenance
 */
public record GameData(Optional<GaussianMixture2d> mixture, String id, int dimension, BatchSource train, BatchSource test,
        RunSeeds seeds, DataSource source) {

    private static final int EVALUATION_BATCHES = 10;

    /** The batches and streams the trainer takes. */
    public TrainingData trainingData() {
        return new TrainingData(train, test, seeds, source);
    }

    /** True for points in the plane. */
    public boolean planar() {
        return mixture.isPresent();
    }

    /**
     * The data of {@code config} in batches as {@code training} says, images read from
     * {@code dataDir} or the standard places.
     */
    public static GameData load(GameConfig config, TrainingConfig training, Optional<Path> dataDir) {
        return load(config, training, new DataPlace(dataDir, null));
    }

    /** The data of {@code config} in batches as {@code training} says, images from {@code place}. */
    static GameData load(GameConfig config, TrainingConfig training, DataPlace place) {
        if (config.limit() != null && config.limit() <= 0) {
            throw new ConfigException("limit", "must be a positive integer, got " + config.limit());
        }
        int seed = training.seed();
        RunSeeds seeds = RunSeeds.of(seed);
        Random rng = seeds.random();
        Optional<GaussianMixture2d> mixture = GaussianMixture2d.byId(config.dataset());
        if (mixture.isPresent()) {
            return new GameData(mixture, mixture.get().id(), 2,
                    new MixtureStream(mixture.get(), training.batchSize(), batchesPerEpoch(training), rng, seed + 1L),
                    new MixtureStream(mixture.get(), training.batchSize(), EVALUATION_BATCHES, rng, seed + 1L), seeds,
                    DataSource.generated(mixture.get().id()));
        }
        ImageShape shape = config.imageShape().orElseThrow(() -> new ConfigException("image",
                "is not set, but dataset " + config.dataset() + " holds images"));
        ImageDatasets.Splits splits = place.images(config.dataset(), shape);
        ImageSet train = config.limit() == null ? splits.train() : splits.train().first(config.limit());
        return new GameData(mixture, config.dataset(), splits.train().dimension(),
                new Batches(train, training.batchSize(), Binarization.NONE, rng),
                new Batches(splits.test(), training.batchSize(), Binarization.NONE, rng), seeds, splits.source());
    }

    private static int batchesPerEpoch(TrainingConfig training) {
        if (training.batchesPerEpoch() == null) {
            throw new ConfigException("batchesPerEpoch", "is not set, but a 2-D stream has no passes: say how many "
                    + "batches make an epoch");
        }
        return training.batchesPerEpoch();
    }
}
