package genlab.report;

import genlab.AtomicFile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * A grid of grey-level images as a PNG: n images of h x w pixels (values in [0, 1], row-major)
 * tiled left to right, top to bottom, {@code columns} per row, with no padding.
 */
public final class ImageGrid {

    private ImageGrid() {}

    /** Renders the first n images of {@code pixels} (n * h * w values). */
    public static BufferedImage render(float[] pixels, int n, int height, int width, int columns) {
        if (n <= 0 || columns <= 0 || pixels.length < (long) n * height * width) {
            throw new IllegalArgumentException("ImageGrid: " + n + " images of " + height + "x" + width
                    + " need " + (long) n * height * width + " values, got " + pixels.length);
        }
        int rows = (n + columns - 1) / columns;
        BufferedImage image = new BufferedImage(columns * width, rows * height, BufferedImage.TYPE_BYTE_GRAY);
        for (int i = 0; i < n; i++) {
            int left = (i % columns) * width;
            int top = (i / columns) * height;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    float v = pixels[(i * height + y) * width + x];
                    int grey = Math.round(255 * Math.max(0f, Math.min(1f, v)));
                    image.getRaster().setSample(left + x, top + y, 0, grey);
                }
            }
        }
        return image;
    }

    /** Writes a near-square grid (ceil(sqrt(n)) columns) of n images to {@code file} atomically. */
    public static void write(Path file, float[] pixels, int n, int height, int width) throws IOException {
        write(file, render(pixels, n, height, width, (int) Math.ceil(Math.sqrt(n))));
    }

    public static void write(Path file, BufferedImage image) throws IOException {
        AtomicFile.write(file, out -> ImageIO.write(image, "png", out));
    }
}
