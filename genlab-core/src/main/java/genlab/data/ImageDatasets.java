package genlab.data;

import genlab.ConfigException;
import genlab.GenLabException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Loads an image data set's training and test splits: a registered 28x28 set from the files a
 * {@link DatasetLocator} finds, or a folder of images ({@link ImageFolder}).
 */
public final class ImageDatasets {

    /** Image side in pixels for every registered dataset. */
    public static final int SIDE = 28;

    private ImageDatasets() {}

    /** The training and test splits of one dataset. */
    public record Splits(ImageSet train, ImageSet test, DataSource source) {

        /**
         * Rows of D values of your own as a data set named {@code name}: the first rows train, the
         * last {@code testCount} are the test set. Each row is one example, of shape 1 x 1 x D.
         */
        public static Splits ofRows(String name, float[][] rows, int testCount) {
            if (rows.length == 0 || rows[0].length == 0) {
                throw new ConfigException("rows", "must hold at least one row of at least one value");
            }
            if (testCount <= 0 || testCount >= rows.length) {
                throw new ConfigException("testCount", "must be between 1 and " + (rows.length - 1) + " (the rows less "
                        + "one to train on), got " + testCount);
            }
            int d = rows[0].length;
            float[] values = new float[rows.length * d];
            for (int i = 0; i < rows.length; i++) {
                if (rows[i].length != d) {
                    throw new ConfigException("rows", "row " + i + " has " + rows[i].length + " values, row 0 has " + d);
                }
                System.arraycopy(rows[i], 0, values, i * d, d);
            }
            ImageShape shape = new ImageShape(1, 1, d);
            int trainCount = rows.length - testCount;
            return new Splits(unlabelled(Arrays.copyOf(values, trainCount * d), trainCount, shape),
                    unlabelled(Arrays.copyOfRange(values, trainCount * d, values.length), testCount, shape),
                    DataSource.generated(name));
        }

        private static ImageSet unlabelled(float[] values, int count, ImageShape shape) {
            int[] labels = new int[count];
            Arrays.fill(labels, ImageSet.UNLABELLED);
            return new ImageSet(values, labels, shape);
        }


        /** The first {@code trainCount} training images and the first {@code testCount} test images. */
        public Splits first(int trainCount, int testCount) {
            return new Splits(train.first(trainCount), test.first(testCount), source);
        }
    }

    /**
     * The registered dataset {@code id} ({@code mnist}, {@code fashion-mnist}) from the standard
     * places: {@code $GENLAB_DATA}, {@code ~/.genlab/data}, then the public mirrors.
     */
    public static Splits load(String id) {
        return load(DatasetSpec.byId(id), DatasetLocator.standard(Optional.empty()));
    }

    /**
     * The data set {@code dataset}: a registered one ({@code mnist}, {@code fashion-mnist}, whose
     * images are 1x28x28, from {@code dataDir} or the standard places) or a folder of images
     * ({@code images:DIR}) resized to {@code shape}.
     */
    public static Splits load(String dataset, Optional<Path> dataDir, ImageShape shape) {
        if (ImageFolder.names(dataset)) {
            return ImageFolder.load(ImageFolder.folder(dataset), shape);
        }
        DatasetSpec spec = DatasetSpec.byId(dataset);
        if (shape.channels() != ImageShape.MNIST.channels()) {
            throw new ConfigException("imageChannels", "is " + shape.channels() + " but " + spec.id()
                    + " has grey images (1 channel)");
        }
        if (!shape.equals(ImageShape.MNIST)) {
            throw new ConfigException("imageSide", "is " + shape.height() + " but " + spec.id() + " has 28x28 images");
        }
        return load(spec, DatasetLocator.standard(dataDir));
    }

    /**
     * The canonical name of an image data set, checked without reading it: a registered name, or
     * {@code images:} and the folder's absolute path.
     */
    public static String checkedId(String dataset) {
        if (!ImageFolder.names(dataset)) {
            try {
                return DatasetSpec.byId(dataset).id();
            } catch (GenLabException e) {
                throw new GenLabException("unknown dataset '" + dataset + "', expected one of [mnist, fashion-mnist, "
                        + ImageFolder.PREFIX + "DIR]");
            }
        }
        Path folder = ImageFolder.folder(dataset);
        if (!Files.isDirectory(folder)) {
            throw new ConfigException("dataset", dataset + ": " + folder + " is not a folder of images");
        }
        return ImageFolder.name(folder);
    }

    public static Splits load(DatasetSpec spec, DatasetLocator locator) {
        Map<DatasetSpec.IdxFileSpec, Path> files = locator.locate(spec);
        Map<String, String> md5 = new LinkedHashMap<>();
        return new Splits(
                images(files, spec.trainImages(), spec.trainLabels(), md5),
                images(files, spec.testImages(), spec.testLabels(), md5), new DataSource(spec.id(), md5));
    }

    /** Reads and checks one split's images and labels, adding each file's MD5 to {@code md5}. */
    private static ImageSet images(Map<DatasetSpec.IdxFileSpec, Path> files,
            DatasetSpec.IdxFileSpec imageSpec, DatasetSpec.IdxFileSpec labelSpec, Map<String, String> md5) {
        Path imageFile = files.get(imageSpec);
        Path labelFile = files.get(labelSpec);
        return imageSet(imageFile, verifiedIdx(imageFile, imageSpec, md5), labelFile,
                verifiedIdx(labelFile, labelSpec, md5));
    }

    /** Checks that images are [n, 28, 28] and labels [n], then scales pixels to [0, 1]. */
    static ImageSet imageSet(Path imageFile, IdxFile images, Path labelFile, IdxFile labels) {
        if (images.dims().length != 3 || images.dims()[1] != SIDE || images.dims()[2] != SIDE) {
            throw new GenLabException(imageFile + ": wrong image size " + Arrays.toString(images.dims())
                    + ", expected [n, 28, 28]");
        }
        if (labels.dims().length != 1 || labels.count() != images.count()) {
            throw new GenLabException(labelFile + ": " + Arrays.toString(labels.dims())
                    + " labels, expected [" + images.count() + "] to match " + imageFile);
        }
        return ImageSet.ofLevels(images.data(), unsigned(labels.data()), ImageShape.MNIST);
    }

    private static IdxFile verifiedIdx(Path file, DatasetSpec.IdxFileSpec spec, Map<String, String> md5) {
        byte[] stored = IdxFile.readBytes(file);
        byte[] content = IdxFile.content(file, stored);
        md5.put(file.getFileName().toString(), Checksums.verify(file, spec, stored, content));
        return IdxFile.parse(file, content);
    }

    private static int[] unsigned(byte[] bytes) {
        int[] out = new int[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = bytes[i] & 0xff;
        }
        return out;
    }
}
