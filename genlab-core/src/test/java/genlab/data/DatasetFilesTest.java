package genlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import genlab.GenLabException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lookup, checksum and shape errors of the dataset layer, on synthetic files. */
class DatasetFilesTest {

    @TempDir
    Path dir;

    /** A downloader that must not be reached. */
    private static final Downloader OFFLINE = new Downloader() {
        @Override
        public void download(DatasetSpec spec, Path target) {
            throw new GenLabException("offline: " + spec.id());
        }
    };

    @Test
    void unknownDatasetListsTheKnownOnes() {
        assertThatThrownBy(() -> DatasetSpec.byId("cifar"))
                .isInstanceOf(GenLabException.class)
                .hasMessage("unknown dataset 'cifar', expected one of [mnist, fashion-mnist]");
        assertThat(DatasetSpec.byId("Fashion-MNIST")).isEqualTo(DatasetSpec.FASHION_MNIST);
    }

    @Test
    void checksumMismatchNamesTheFile() throws IOException {
        byte[] bytes = IdxTestFiles.idx(new int[] {1}, new byte[] {3});
        Path p = Files.write(dir.resolve("train-labels-idx1-ubyte"), bytes);
        assertThatThrownBy(() -> Checksums.verify(p, DatasetSpec.MNIST.trainLabels(), bytes, bytes))
                .isInstanceOf(GenLabException.class)
                .hasMessageStartingWith(p + ": checksum mismatch, MD5 ")
                .hasMessageContaining("d53e105ee54ea40749a09fcbcd1e9432");
    }

    @Test
    void md5MatchesAKnownValue() {
        assertThat(Checksums.md5("abc".getBytes())).isEqualTo("900150983cd24fb0d6963f7d28e17f72");
    }

    @Test
    void explicitFolderMustHoldAllFiles() throws IOException {
        Files.write(dir.resolve("train-images-idx3-ubyte.gz"), new byte[] {1});
        DatasetLocator locator = new DatasetLocator(Optional.of(dir), Optional.empty(), dir.resolve("home"), OFFLINE);
        assertThatThrownBy(() -> locator.locate(DatasetSpec.MNIST))
                .hasMessage("data folder " + dir + ": missing train-labels-idx1-ubyte[.gz], expected the four mnist IDX files");
        Path notADir = dir.resolve("train-images-idx3-ubyte.gz");
        DatasetLocator bad = new DatasetLocator(Optional.of(notADir), Optional.empty(), dir, OFFLINE);
        assertThatThrownBy(() -> bad.locate(DatasetSpec.MNIST)).hasMessageContaining("not a directory");
    }

    @Test
    void lookupPrefersEnvironmentThenHomeThenDownloads() throws IOException {
        Path env = dir.resolve("env");
        Path home = dir.resolve("home");
        for (DatasetSpec.IdxFileSpec f : DatasetSpec.MNIST.files()) {
            Files.createDirectories(home.resolve("mnist"));
            Files.write(home.resolve("mnist").resolve(f.name()), new byte[] {1});
        }
        DatasetLocator locator = new DatasetLocator(Optional.empty(), Optional.of(env), home, OFFLINE);
        assertThat(locator.locate(DatasetSpec.MNIST).get(DatasetSpec.MNIST.testImages()))
                .isEqualTo(home.resolve("mnist").resolve("t10k-images-idx3-ubyte"));
        assertThatThrownBy(() -> locator.locate(DatasetSpec.FASHION_MNIST))
                .satisfiesAnyOf(
                        e -> assertThat(e).hasMessage("offline: fashion-mnist"),
                        e -> assertThat(Path.of("/usr/share/datasets/fashion-mnist")).exists());
    }

    @Test
    void wrongImageSizeAndLabelCountAreNamed() {
        Path images = Path.of("imgs");
        Path labels = Path.of("lbls");
        IdxFile small = new IdxFile(new int[] {2, 14, 14}, new byte[2 * 14 * 14]);
        IdxFile twoLabels = new IdxFile(new int[] {2}, new byte[2]);
        assertThatThrownBy(() -> ImageDatasets.imageSet(images, small, labels, twoLabels))
                .hasMessage("imgs: wrong image size [2, 14, 14], expected [n, 28, 28]");
        IdxFile good = new IdxFile(new int[] {2, 28, 28}, new byte[2 * 784]);
        IdxFile threeLabels = new IdxFile(new int[] {3}, new byte[3]);
        assertThatThrownBy(() -> ImageDatasets.imageSet(images, good, labels, threeLabels))
                .hasMessage("lbls: [3] labels, expected [2] to match imgs");
    }

    @Test
    void greyLevelsAreScaledToUnitIntervalAndReadTheSameWhicheverWay() {
        ImageSet set = ImageSet.ofLevels(new byte[] {0, (byte) 255, (byte) 51, 7, (byte) 128, 1},
                new int[] {4, 2}, new ImageShape(1, 1, 3));
        assertThat(set.pixels()).containsExactly(0f, 1f, 0.2f, 7 / 255f, 128 / 255f, 1 / 255f);
        float[] second = new float[4];
        set.copyImage(1, second, 1);
        assertThat(second).containsExactly(0f, 7 / 255f, 128 / 255f, 1 / 255f);
        assertThat(set.values(1, 1)).containsExactly(7 / 255f, 128 / 255f, 1 / 255f);
        assertThat(set.first(1).pixels()).containsExactly(0f, 1f, 0.2f);
        assertThat(set.first(1).labels()).containsExactly(4);
    }
}
