package genlab.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.dataset.RandomAccessDataset;
import ai.djl.training.dataset.Record;
import genlab.ConfigException;
import genlab.GenLabException;
import java.io.IOException;
import java.util.Map;

/**
 * Reads a DJL {@link RandomAccessDataset} of images into an {@link ImageSet}, so GenLab's models
 * train on it: each record's first data array is one image of the stated shape, channel first,
 * values in [0, 1] (what DJL's {@code ToTensor} transform gives), and its first label, when there
 * is one, the class.
 *
 * <pre>{@code
 * ImageDatasets.Splits splits = DjlImages.splits("my-djl-set", train, test, ImageShape.square(3, 32));
 * }</pre>
 */
public final class DjlImages {

    private DjlImages() {}

    /** A training and a test set, recorded in the run's provenance under {@code name} (no files). */
    public static ImageDatasets.Splits splits(String name, RandomAccessDataset train, RandomAccessDataset test,
            ImageShape shape) {
        return new ImageDatasets.Splits(read(train, shape), read(test, shape), new DataSource(name, Map.of()));
    }

    /** Every record of {@code dataset} in index order. */
    public static ImageSet read(RandomAccessDataset dataset, ImageShape shape) {
        int count = Math.toIntExact(dataset.size());
        if (count == 0) {
            throw new GenLabException("DJL dataset: no records, expected images of " + shape);
        }
        float[] pixels = new float[count * shape.size()];
        int[] labels = new int[count];
        try (NDManager manager = NDManager.newBaseManager()) {
            for (int i = 0; i < count; i++) {
                try (NDManager scope = manager.newSubManager()) {
                    Record record = dataset.get(scope, i);
                    float[] image = record.getData().get(0).toType(DataType.FLOAT32, false)
                            .toFloatArray();
                    if (image.length != shape.size()) {
                        throw new ConfigException("imageSide", "is that of " + shape + " images (" + shape.size()
                                + " values), but record " + i + " of the DJL dataset holds "
                                + record.getData().get(0).getShape() + ", " + image.length + " values");
                    }
                    for (int k = 0; k < image.length; k++) {
                        if (!(image[k] >= 0 && image[k] <= 1)) {
                            throw new GenLabException("DJL dataset: record " + i + " has the value " + image[k]
                                    + ", expected values in [0, 1] (add DJL's ToTensor transform to scale pixels)");
                        }
                    }
                    System.arraycopy(image, 0, pixels, i * shape.size(), shape.size());
                    labels[i] = label(record.getLabels());
                }
            }
        } catch (IOException e) {
            throw new GenLabException("DJL dataset: cannot read a record (" + GenLabException.reason(e) + ")");
        }
        return new ImageSet(pixels, labels, shape);
    }

    private static int label(NDList labels) {
        if (labels == null || labels.isEmpty()) {
            return ImageSet.UNLABELLED;
        }
        NDArray label = labels.get(0);
        return label.size() == 1 ? (int) label.toType(DataType.FLOAT32, false).getFloat()
                : ImageSet.UNLABELLED;
    }
}
