package genlab.train;

import genlab.data.ImageDatasets;
import genlab.data.ImageShape;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a run's images come from: given in memory, or read by the data set's name from a folder
 * or the standard places.
 *
 * @param dir the folder of the data set's files (empty: the standard places)
 * @param given the images themselves, or null to read them
 */
record DataPlace(Optional<Path> dir, ImageDatasets.Splits given) {

    /** The standard places. */
    static final DataPlace STANDARD = new DataPlace(Optional.empty(), null);

    /** The images of {@code dataset}, of {@code shape}. */
    ImageDatasets.Splits images(String dataset, ImageShape shape) {
        return given != null ? given : ImageDatasets.load(dataset, dir, shape);
    }
}
