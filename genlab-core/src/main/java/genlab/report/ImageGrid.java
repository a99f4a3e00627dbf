package genlab.report;

import genlab.AtomicFile;
import genlab.data.ImageShape;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * A grid of images as a PNG: n images of one {@link ImageShape} (values in [0, 1], channel by
 * channel, row-major) tiled left to right, top to bottom, {@code columns} per row, with no padding.
 */
public final class ImageGrid {

    static {
        // PNGs are encoded in memory: no cache files in the system's temp folder, and no ImageIO
        // thread that closes them at exit (and prints a stack trace when a signal cuts a write short)
        ImageIO.setUseCache(false);
    }

    private ImageGrid() {}

    /** Renders the first n grey images of h x w pixels of {@code pixels} (n * h * w values). */
    public static BufferedImage render(float[] pixels, int n, int height, int width, int columns) {
        return render(pixels, n, new ImageShape(1, height, width), columns);
    }

    /** Renders the first n images of {@code pixels} (n * shape.size() values), grey or RGB. */
    public static BufferedImage render(float[] pixels, int n, ImageShape shape, int columns) {
        if (n <= 0 || columns <= 0 || pixels.length < (long) n * shape.size()) {
            throw new IllegalArgumentException("ImageGrid: " + n + " images of " + shape + " need "
                    + (long) n * shape.size() + " values, got " + pixels.length);
        }
        int h = shape.height();
        int w = shape.width();
        int rows = (n + columns - 1) / columns;
        BufferedImage image = new BufferedImage(columns * w, rows * h,
                shape.channels() == 1 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR);
        for (int i = 0; i < n; i++) {
            int left = (i % columns) * w;
            int top = (i / columns) * h;
            for (int c = 0; c < shape.channels(); c++) {
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        float v = pixels[i * shape.size() + (c * h + y) * w + x];
                        image.getRaster().setSample(left + x, top + y, c, Math.round(255 * Math.max(0f, Math.min(1f, v))));
                    }
                }
            }
        }
        return image;
    }

    /** Writes a near-square grid (ceil(sqrt(n)) columns) of n grey images of h x w to {@code file} atomically. */
    public static void write(Path file, float[] pixels, int n, int height, int width) throws IOException {
        write(file, pixels, n, new ImageShape(1, height, width));
    }

    /** Writes a near-square grid (ceil(sqrt(n)) columns) of n images to {@code file} atomically. */
    public static void write(Path file, float[] pixels, int n, ImageShape shape) throws IOException {
        write(file, render(pixels, n, shape, (int) Math.ceil(Math.sqrt(n))));
    }

    public static void write(Path file, BufferedImage image) throws IOException {
        AtomicFile.write(file, out -> ImageIO.write(image, "png", out));
    }
}
