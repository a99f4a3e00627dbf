package genlab.data;

import static org.assertj.core.api.Assertions.assertThat;

import genlab.GenLabException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Seeded random mutants ({@link Mutants}) of the files an image folder holds: PNGs (grey, RGB,
 * palette), JPEGs (grey, colour) and labels.csv. Each must read correctly (values in [0, 1], the
 * header's size) or fail with one line naming the file; anything else (another exception, an
 * error, a hang) fails the test.
 */
class ImageFuzzTest {

    static final int CASES = 100_000;
    private static final Path NAME = Path.of("fuzz.img");

    private static byte[] encoded(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static BufferedImage noise(int type, Random rng) {
        BufferedImage image = new BufferedImage(12, 9, type);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, 0xff000000 | rng.nextInt(1 << 24));
            }
        }
        return image;
    }

    @Test
    void mutatedPngsAndJpegsReadOrFailWithOneLineNamingTheFile() throws IOException {
        Random rng = new Random(20261207);
        byte[][] seeds = {
            encoded(noise(BufferedImage.TYPE_BYTE_GRAY, rng), "png"),
            encoded(noise(BufferedImage.TYPE_INT_RGB, rng), "png"),
            encoded(noise(BufferedImage.TYPE_BYTE_INDEXED, rng), "png"),
            encoded(noise(BufferedImage.TYPE_INT_ARGB, rng), "png"),
            encoded(noise(BufferedImage.TYPE_BYTE_GRAY, rng), "jpg"),
            encoded(noise(BufferedImage.TYPE_INT_RGB, rng), "jpg"),
        };
        int read = 0;
        int refused = 0;
        long start = System.nanoTime();
        for (int i = 0; i < CASES; i++) {
            byte[] mutant = Mutants.of(seeds[i % seeds.length], rng);
            try {
                ImageResizing.Bands image = ImageFolder.decode(NAME, mutant);
                assertThat((long) image.bands() * image.height() * image.width()).isEqualTo(image.values().length);
                for (float v : image.values()) {
                    assertThat(v).isBetween(0f, 1f);
                }
                read++;
            } catch (GenLabException e) {
                assertThat(e.getMessage()).startsWith(NAME + ": ").doesNotContain("\n");
                refused++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("image fuzz: %d cases, %d read, %d refused, %.1f s%n", CASES, read, refused, seconds);
        assertThat(read).isPositive();
        assertThat(refused).isPositive();
        assertThat(seconds).isLessThan(300);
    }

    @Test
    void mutatedLabelsReadOrFailWithOneLineNamingTheFile() {
        Random rng = new Random(20261208);
        byte[] seed = ("file,label\ntrain/0001.png,3\ntrain/0002.png,0\ntest/a b.jpg,12\n\u00e9t\u00e9.png,1\n")
                .getBytes(StandardCharsets.UTF_8);
        int read = 0;
        int refused = 0;
        for (int i = 0; i < CASES; i++) {
            try {
                Map<String, Integer> labels = ImageFolder.labels(NAME, Mutants.of(seed, rng));
                assertThat(labels.values()).allMatch(label -> label >= 0);
                read++;
            } catch (GenLabException e) {
                assertThat(e.getMessage()).startsWith(NAME + ": ").doesNotContain("\n").doesNotContain("\r");
                refused++;
            }
        }
        System.out.printf("labels.csv fuzz: %d cases, %d read, %d refused%n", CASES, read, refused);
        assertThat(read).isPositive();
        assertThat(refused).isPositive();
    }
}
