package genlab.train;

import genlab.ConfigException;
import genlab.GenLabException;
import genlab.data.BatchSource;
import genlab.data.Batches;
import genlab.data.Binarization;
import genlab.data.DataSource;
import genlab.data.DatasetLocator;
import genlab.data.DatasetSpec;
import genlab.data.GaussianMixture2d;
import genlab.data.ImageDatasets;
import genlab.data.MixtureStream;
import genlab.train.RunSeeds;
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

    /** True for points in the plane. */
    public boolean planar() {
        return mixture.isPresent();
    }

    /** Checks the dataset name (before any work), without loading anything. */
    public static String checkedId(String dataset) {
        Optional<GaussianMixture2d> mixture = GaussianMixture2d.byId(dataset);
        return mixture.isPresent() ? mixture.get().id() : imageSpec(dataset).id();
    }

    /** Values per example of a checked dataset. */
    public static int dimensionOf(String dataset) {
        return GaussianMixture2d.byId(dataset).isPresent() ? 2 : ImageDatasets.SIDE * ImageDatasets.SIDE;
    }

    public static GameData load(String dataset, Optional<Path> data, Integer limit, int batchSize, int batchesPerEpoch,
            int seed) {
        if (limit != null && limit <= 0) {
            throw new ConfigException("limit", "must be a positive integer, got " + limit);
        }
        RunSeeds seeds = RunSeeds.of(seed);
        Random rng = seeds.random();
        Optional<GaussianMixture2d> mixture = GaussianMixture2d.byId(dataset);
        if (mixture.isPresent()) {
            return new GameData(mixture, mixture.get().id(), 2,
                    new MixtureStream(mixture.get(), batchSize, batchesPerEpoch, rng, seed + 1L),
                    new MixtureStream(mixture.get(), batchSize, EVALUATION_BATCHES, rng, seed + 1L), seeds,
                    DataSource.generated(mixture.get().id()));
        }
        DatasetSpec spec = imageSpec(dataset);
        ImageDatasets.Splits splits = ImageDatasets.load(spec, DatasetLocator.standard(data));
        return new GameData(mixture, spec.id(), splits.train().dimension(),
                new Batches(limit == null ? splits.train() : splits.train().first(limit), batchSize, Binarization.NONE, rng),
                new Batches(splits.test(), batchSize, Binarization.NONE, rng), seeds, splits.source());
    }

    private static DatasetSpec imageSpec(String dataset) {
        try {
            return DatasetSpec.byId(dataset);
        } catch (GenLabException e) {
            throw new GenLabException("unknown dataset '" + dataset + "', expected one of "
                    + "[mnist, fashion-mnist, ring8, grid25]");
        }
    }
}
