package genlab.data;

/**
 * Brings a decoded image to an {@link ImageShape}: grey from colour by luma, colour from grey by
 * copying, then area averaging to the new size: each output pixel is the mean of the source area
 * it covers, source pixels weighted by the part of them inside it (exact for integer factors).
 */
final class ImageResizing {

    /** An image's values in [0, 1], band by band, row-major: (bands, height, width). */
    record Bands(float[] values, int bands, int height, int width) {}

    private ImageResizing() {}

    /** The image as {@code shape.size()} values: channel by channel, row-major. */
    static float[] resize(Bands image, ImageShape shape) {
        float[] channels = channels(image, shape.channels());
        float[] out = new float[shape.size()];
        int plane = image.height() * image.width();
        int outPlane = shape.height() * shape.width();
        for (int c = 0; c < shape.channels(); c++) {
            // rows first (height x width -> height x W'), then columns (-> H' x W')
            float[] rows = new float[image.height() * shape.width()];
            for (int y = 0; y < image.height(); y++) {
                average(channels, c * plane + y * image.width(), 1, image.width(), rows, y * shape.width(), 1,
                        shape.width());
            }
            for (int x = 0; x < shape.width(); x++) {
                average(rows, x, shape.width(), image.height(), out, c * outPlane + x, shape.width(), shape.height());
            }
        }
        return out;
    }

    // grey = 0.299 R + 0.587 G + 0.114 B; colour from grey repeats the grey plane
    private static float[] channels(Bands image, int channels) {
        int plane = image.height() * image.width();
        if (image.bands() == channels) {
            return image.values();
        }
        float[] out = new float[channels * plane];
        float[] v = image.values();
        for (int i = 0; i < plane; i++) {
            if (channels == 1) {
                out[i] = 0.299f * v[i] + 0.587f * v[plane + i] + 0.114f * v[2 * plane + i];
            } else {
                out[i] = v[i];
                out[plane + i] = v[i];
                out[2 * plane + i] = v[i];
            }
        }
        return out;
    }

    // one line of n source values (from, step) to m output values (to, outStep): output i covers
    // the source interval [i n / m, (i + 1) n / m), each source value weighted by its overlap
    private static void average(float[] src, int from, int step, int n, float[] dst, int to, int outStep, int m) {
        double scale = (double) n / m;
        for (int i = 0; i < m; i++) {
            double lo = i * scale;
            double hi = (i + 1) * scale;
            double sum = 0;
            for (int j = (int) lo; j < Math.min(n, (int) Math.ceil(hi)); j++) {
                sum += src[from + j * step] * (Math.min(hi, j + 1) - Math.max(lo, j));
            }
            dst[to + i * outStep] = (float) (sum / scale);
        }
    }
}
