package genlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import genlab.GenLabException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of PNG and JPEG files read as a data set: values, resizing, colour, splits, labels and bad files. */
class ImageFolderTest {

    @TempDir
    Path dir;

    // a grey image whose pixel (x, y) is (x + 4 y) * 16
    private static BufferedImage ramp(int side) {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.getRaster().setSample(x, y, 0, (x + side * y) * 16 % 256);
            }
        }
        return image;
    }

    private Path write(String name, BufferedImage image, String format) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        ImageIO.write(image, format, file.toFile());
        return file;
    }

    @Test
    void greyPngsReadBackExactlyAndEveryTenthIsATestImage() throws IOException {
        for (int i = 0; i < 20; i++) {
            write(String.format("%02d.png", i), ramp(4), "png");
        }
        Files.writeString(dir.resolve("notes.txt"), "skipped");
        ImageDatasets.Splits splits = ImageFolder.load(dir, ImageShape.square(1, 4));
        assertThat(splits.train().count()).isEqualTo(18);
        assertThat(splits.test().count()).isEqualTo(2);
        assertThat(splits.train().labels()).containsOnly(ImageSet.UNLABELLED);
        for (int v = 0; v < 16; v++) {
            assertThat(splits.test().pixels()[v]).isEqualTo(v * 16 / 255f);
        }
        assertThat(splits.source().fileMd5()).hasSize(20).containsKey("09.png");
        assertThat(splits.source().name()).isEqualTo(ImageFolder.name(dir));
    }

    @Test
    void halvingTheSideAveragesEachTwoByTwoBlock() throws IOException {
        write("train/a.png", ramp(4), "png");
        write("test/a.png", ramp(4), "png");
        float[] half = ImageFolder.load(dir, ImageShape.square(1, 2)).train().pixels();
        // top-left block: values 0, 1, 4, 5 times 16
        assertThat(half[0]).isCloseTo((0 + 16 + 64 + 80) / 4f / 255f, within(1e-6f));
        assertThat(half[3]).isCloseTo((160 + 176 + 224 + 240) / 4f / 255f, within(1e-6f));
    }

    @Test
    void colourBecomesLumaOrStaysRgbAndJpegReads() throws IOException {
        BufferedImage orange = new BufferedImage(3, 3, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 3; x++) {
                orange.setRGB(x, y, 0xff8000);
            }
        }
        write("train/orange.png", orange, "png");
        write("test/orange.jpg", orange, "jpg");
        ImageDatasets.Splits grey = ImageFolder.load(dir, ImageShape.square(1, 3));
        assertThat(grey.train().pixels()[4]).isCloseTo(0.299f + 0.587f * 128 / 255f, within(1e-5f));
        ImageDatasets.Splits rgb = ImageFolder.load(dir, ImageShape.square(3, 3));
        assertThat(rgb.train().pixels()).hasSize(27);
        assertThat(rgb.train().pixels()[0]).isEqualTo(1f);
        assertThat(rgb.train().pixels()[9]).isEqualTo(128 / 255f);
        assertThat(rgb.train().pixels()[18]).isEqualTo(0f);
        // JPEG is lossy: within a few grey levels
        assertThat(rgb.test().pixels()[0]).isCloseTo(1f, within(0.05f));
    }

    @Test
    void labelsCsvGivesEachImageItsClass() throws IOException {
        write("train/a.png", ramp(4), "png");
        write("train/b.png", ramp(4), "png");
        write("test/c.png", ramp(4), "png");
        Files.writeString(dir.resolve(ImageFolder.LABELS), "file,label\ntrain/a.png,3\ntrain/b.png,7\ntest/c.png,0\n");
        ImageDatasets.Splits splits = ImageFolder.load(dir, ImageShape.square(1, 4));
        assertThat(splits.train().labels()).containsExactly(3, 7);
        assertThat(splits.test().labels()).containsExactly(0);
        Files.writeString(dir.resolve(ImageFolder.LABELS), "train/a.png,3\ntest/c.png,0\n");
        assertThatThrownBy(() -> ImageFolder.load(dir, ImageShape.square(1, 4))).isInstanceOf(GenLabException.class)
                .hasMessage(dir.resolve(ImageFolder.LABELS) + ": no label for train/b.png");
        Files.writeString(dir.resolve(ImageFolder.LABELS), "train/a.png,three\n");
        assertThatThrownBy(() -> ImageFolder.load(dir, ImageShape.square(1, 4)))
                .hasMessage(dir.resolve(ImageFolder.LABELS) + ": line 1 is 'train/a.png,three', expected file,label "
                        + "with a label of 0 or more");
    }

    @Test
    void aBadFileOrAnEmptyFolderIsAnErrorNamingIt() throws IOException {
        assertThatThrownBy(() -> ImageFolder.load(dir, ImageShape.MNIST)).hasMessage(dir + ": no PNG or JPEG images");
        for (int i = 0; i < 12; i++) {
            write(i + ".png", ramp(4), "png");
        }
        Path broken = dir.resolve("5.png");
        Files.writeString(broken, "not an image");
        assertThatThrownBy(() -> ImageFolder.load(dir, ImageShape.MNIST)).isInstanceOf(GenLabException.class)
                .hasMessage(broken + ": not a PNG or JPEG image");
    }

    // ten copies of one image, so the folder has a test split
    private void tenOf(byte[] bytes, String extension) throws IOException {
        for (int i = 0; i < 10; i++) {
            Files.write(dir.resolve(i + "." + extension), bytes);
        }
    }

    private static byte[] encoded(BufferedImage image, String format) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    @Test
    void aTruncatedJpegIsRefusedNotFilledWithGrey() throws IOException {
        // noise, so that the scan data is most of the file and the cut falls inside it
        BufferedImage rgb = new BufferedImage(128, 128, BufferedImage.TYPE_INT_RGB);
        java.util.Random rng = new java.util.Random(3);
        for (int y = 0; y < 128; y++) {
            for (int x = 0; x < 128; x++) {
                rgb.setRGB(x, y, rng.nextInt(1 << 24));
            }
        }
        byte[] whole = encoded(rgb, "jpg");
        tenOf(java.util.Arrays.copyOf(whole, whole.length * 3 / 4), "jpg");
        assertThatThrownBy(() -> ImageFolder.load(dir, ImageShape.square(3, 8)))
                .hasMessageStartingWith(dir.resolve("0.jpg") + ": damaged image (");
    }

    @Test
    void aCmykJpegIsRefusedByItsColourSpace() throws IOException {
        // an Adobe JPEG of four channels, as the JDK's writer makes one from a four-band raster
        java.awt.image.WritableRaster cmyk = java.awt.image.Raster.createInterleavedRaster(
                java.awt.image.DataBuffer.TYPE_BYTE, 16, 16, 4, null);
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (javax.imageio.stream.ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(new javax.imageio.IIOImage(cmyk, null, null));
        }
        tenOf(bytes.toByteArray(), "jpg");
        assertThatThrownBy(() -> ImageFolder.load(dir, ImageShape.square(3, 8)))
                .hasMessageStartingWith(dir.resolve("0.jpg") + ": colour space ")
                .hasMessageContaining("is not read (expected grey or RGB)");
    }

    @Test
    void transparentPixelsAreRefusedAndAnOpaqueAlphaChannelIsRead() throws IOException {
        BufferedImage argb = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                argb.setRGB(x, y, 0xff000000 | (x * 60) << 16);
            }
        }
        tenOf(encoded(argb, "png"), "png");
        assertThat(ImageFolder.load(dir, ImageShape.square(3, 4)).test().pixels()[1]).isEqualTo(60 / 255f);
        argb.setRGB(2, 2, 0x00ffffff);
        Files.write(dir.resolve("5.png"), encoded(argb, "png"));
        assertThatThrownBy(() -> ImageFolder.load(dir, ImageShape.square(3, 4)))
                .hasMessage(dir.resolve("5.png") + ": has transparent pixels, expected an opaque image (no colour under "
                        + "them to read)");
    }

    @Test
    void anImageTooLargeIsRefusedFromItsHeaderBeforeDecoding() throws IOException {
        // a PNG whose header says 20000 x 20000 RGB: decoded, 1.6 GB
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(17).put("IHDR".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .putInt(20_000).putInt(20_000).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(ihdr.array());
        png.write(java.nio.ByteBuffer.allocate(4).putInt(13).array());
        png.write(ihdr.array());
        png.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        tenOf(png.toByteArray(), "png");
        assertThatThrownBy(() -> ImageFolder.load(dir, ImageShape.MNIST))
                .hasMessage(dir.resolve("0.png") + ": 20000 x 20000 pixels, expected at most " + ImageFolder.MAX_PIXELS
                        + " (resize it first; it is read only to be made smaller)");
    }

    @Test
    void aTrainFolderWithoutATestFolderIsSaidSo() throws IOException {
        write("train/a.png", ramp(4), "png");
        assertThatThrownBy(() -> ImageFolder.load(dir, ImageShape.square(1, 4)))
                .hasMessage(dir + ": has train/ but no test/ folder; expected both, or the images themselves in " + dir);
    }

    @Test
    void aByteOrderMarkBeforeTheLabelsIsNotPartOfTheFirstLine() throws IOException {
        write("train/a.png", ramp(4), "png");
        write("test/b.png", ramp(4), "png");
        Files.writeString(dir.resolve("labels.csv"), "\uFEFFtrain/a.png,3\ntest/b.png,4\n");
        ImageDatasets.Splits splits = ImageFolder.load(dir, ImageShape.square(1, 4));
        assertThat(splits.train().labels()).containsExactly(3);
        assertThat(splits.test().labels()).containsExactly(4);
    }
}
