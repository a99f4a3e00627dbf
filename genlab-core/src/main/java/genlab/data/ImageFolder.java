package genlab.data;

import genlab.GenLabException;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * A data set read from a folder of PNG or JPEG images, grey or colour, each resized to one stated
 * {@link ImageShape} by area averaging (the box filter; the aspect ratio is not kept) and scaled
 * to [0, 1]. Grey from colour is the luma 0.299 R + 0.587 G + 0.114 B. Grey, RGB and palette
 * images are read exactly, with an alpha channel only when every pixel is opaque; other colour
 * spaces (CMYK), transparent pixels, images over {@link #MAX_PIXELS} and damaged files (a truncated
 * JPEG) are refused with a line naming the file.
 *
 * <p>The folder holds either {@code train/} and {@code test/} folders of images, or the images
 * themselves, of which every 10th in name order is the test split. An optional
 * {@code labels.csv} in the folder gives each image's class, one {@code file,label} line per image
 * with the file's path relative to the folder ({@code train/0001.png,3}); without it every label
 * is {@link ImageSet#UNLABELLED}. Files of other types are skipped.
 *
 * <pre>{@code
 * ImageDatasets.Splits splits = ImageFolder.load(Path.of("my-images"), ImageShape.square(1, 28));
 * }</pre>
 */
public final class ImageFolder {

    /** The command-line and config.json name of a folder data set: {@code images:DIR}. */
    public static final String PREFIX = "images:";
    /** The optional labels file in the folder. */
    public static final String LABELS = "labels.csv";
    /** Without train/ and test/ folders, every {@value}th image in name order is a test image. */
    public static final int TEST_EVERY = 10;
    /** The most pixels an image may have: decoded, each takes up to 16 bytes before it is resized. */
    public static final long MAX_PIXELS = 50_000_000;

    static {
        // no cache files in the system's temp folder, and no thread that closes them at exit
        ImageIO.setUseCache(false);
    }

    private ImageFolder() {}

    /** True when {@code dataset} names a folder of images, {@code images:DIR}. */
    public static boolean names(String dataset) {
        return dataset.startsWith(PREFIX);
    }

    /** The folder of the data set name {@code images:DIR}. */
    public static Path folder(String dataset) {
        String dir = dataset.substring(PREFIX.length());
        if (dir.isEmpty()) {
            throw new GenLabException("dataset '" + dataset + "': expected images:DIR, a folder of PNG or JPEG images");
        }
        return Path.of(dir);
    }

    /** The name a run records for {@code dir}: {@code images:} and its absolute path. */
    public static String name(Path dir) {
        return PREFIX + dir.toAbsolutePath().normalize();
    }

    /** Reads the folder's training and test images, resized to {@code shape}. */
    public static ImageDatasets.Splits load(Path dir, ImageShape shape) {
        if (!Files.isDirectory(dir)) {
            throw new GenLabException(dir + ": not a folder of images");
        }
        boolean hasTrain = Files.isDirectory(dir.resolve("train"));
        boolean hasTest = Files.isDirectory(dir.resolve("test"));
        if (hasTrain != hasTest) {
            throw new GenLabException(dir + ": has " + (hasTrain ? "train/ but no test/" : "test/ but no train/")
                    + " folder; expected both, or the images themselves in " + dir);
        }
        boolean split = hasTrain;
        List<Path> train = split ? images(dir.resolve("train")) : new ArrayList<>();
        List<Path> test = split ? images(dir.resolve("test")) : new ArrayList<>();
        if (!split) {
            List<Path> all = images(dir);
            for (int i = 0; i < all.size(); i++) {
                (i % TEST_EVERY == TEST_EVERY - 1 ? test : train).add(all.get(i));
            }
        }
        if (train.isEmpty() || test.isEmpty()) {
            throw new GenLabException(dir + ": no PNG or JPEG images" + (split
                    ? " in " + (train.isEmpty() ? "train/" : "test/")
                    : train.isEmpty() ? "" : " for a test split (fewer than " + TEST_EVERY + "; or add train/ and test/)"));
        }
        Map<String, Integer> labels = labels(dir);
        Map<String, String> md5 = new LinkedHashMap<>();
        return new ImageDatasets.Splits(read(dir, train, shape, labels, md5), read(dir, test, shape, labels, md5),
                new DataSource(name(dir), md5));
    }

    // the image files of a folder (not its sub-folders), in name order
    private static List<Path> images(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> Files.isRegularFile(f) && isImage(f)).sorted().toList();
        } catch (IOException e) {
            throw new GenLabException(folder + ": cannot list the folder (" + e.getMessage() + ")");
        }
    }

    private static boolean isImage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg");
    }

    private static ImageSet read(Path dir, List<Path> files, ImageShape shape, Map<String, Integer> labels,
            Map<String, String> md5) {
        float[] pixels = new float[files.size() * shape.size()];
        int[] classes = new int[files.size()];
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String key = relative(dir, file);
            byte[] bytes = bytes(file);
            md5.put(key, Checksums.md5(bytes));
            float[] image = ImageResizing.resize(decode(file, bytes), shape);
            System.arraycopy(image, 0, pixels, i * shape.size(), shape.size());
            Integer label = labels == null ? Integer.valueOf(ImageSet.UNLABELLED) : labels.get(key);
            if (label == null) {
                throw new GenLabException(dir.resolve(LABELS) + ": no label for " + key);
            }
            classes[i] = label;
        }
        return new ImageSet(pixels, classes, shape);
    }

    private static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new GenLabException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    // the image's values per band in [0, 1], (bands, height, width): grey, or R, G, B
    static ImageResizing.Bands decode(Path file, byte[] bytes) {
        BufferedImage image = readImage(file, bytes);
        int w = image.getWidth();
        int h = image.getHeight();
        Raster raster = image.getRaster();
        ColorModel model = image.getColorModel();
        boolean palette = model instanceof IndexColorModel;
        int space = model.getColorSpace().getType();
        if (!palette && space != ColorSpace.TYPE_GRAY && space != ColorSpace.TYPE_RGB) {
            throw new GenLabException(file + ": colour space " + colourSpaceName(space) + " is not read (expected "
                    + "grey or RGB); convert the image to RGB or grey");
        }
        if (model.hasAlpha() && !opaque(image)) {
            throw new GenLabException(file + ": has transparent pixels, expected an opaque image (no colour "
                    + "under them to read)");
        }
        int colourBands = palette || space == ColorSpace.TYPE_RGB ? 3 : 1;
        float[] values = new float[colourBands * h * w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int b = 0; b < colourBands; b++) {
                    // palette entries through their sRGB colour; other rasters' samples as stored
                    values[(b * h + y) * w + x] = palette ? ((image.getRGB(x, y) >> (16 - 8 * b)) & 0xff) / 255f
                            : raster.getSample(x, y, b) / (float) ((1 << model.getComponentSize(b)) - 1);
                }
            }
        }
        return new ImageResizing.Bands(values, colourBands, h, w);
    }

    /**
     * The decoded image, after its header's size was checked against {@link #MAX_PIXELS}; a file the
     * decoder warns about (a truncated JPEG, whose missing rows it would fill with grey) is refused.
     */
    private static BufferedImage readImage(Path file, byte[] bytes) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new GenLabException(file + ": not a PNG or JPEG image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new GenLabException(file + ": " + reader.getWidth(0) + " x " + reader.getHeight(0) + " pixels, "
                            + "expected at most " + MAX_PIXELS + " (resize it first; it is read only to be made "
                            + "smaller)");
                }
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                BufferedImage image = reader.read(0);
                if (!warnings.isEmpty()) {
                    throw new GenLabException(file + ": damaged image (" + warnings.get(0) + ")");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof GenLabException g) {
                throw g;
            }
            throw new GenLabException(file + ": not a readable PNG or JPEG image (" + GenLabException.firstLine(e) + ")");
        }
    }

    private static boolean opaque(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) >>> 24) != 0xff) {
                    return false;
                }
            }
        }
        return true;
    }

    // control and invisible characters as \\uXXXX, so that a message shows what the line holds
    private static String visible(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || c == 0xFFFD) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static String colourSpaceName(int type) {
        return switch (type) {
            case ColorSpace.TYPE_CMYK -> "CMYK";
            case ColorSpace.TYPE_CMY -> "CMY";
            case ColorSpace.TYPE_YCbCr -> "YCbCr";
            case ColorSpace.TYPE_4CLR -> "4-colour (YCCK)";
            default -> "of type " + type;
        };
    }

    // labels.csv: relative path -> class; null when the folder has none
    private static Map<String, Integer> labels(Path dir) {
        Path file = dir.resolve(LABELS);
        if (!Files.exists(file)) {
            return null;
        }
        return labels(file, bytes(file));
    }

    // labels.csv {@code file}'s content, UTF-8 text: relative path -> class
    static Map<String, Integer> labels(Path file, byte[] bytes) {
        List<String> lines;
        try {
            lines = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString()
                    .lines().toList();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new GenLabException(file + ": not UTF-8 text, expected file,label lines");
        }
        Map<String, Integer> labels = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            // a byte-order mark that an editor put before the first line is not part of it
            String line = (i == 0 ? lines.get(i).replaceFirst("^\uFEFF", "") : lines.get(i)).strip();
            if (line.isEmpty() || (i == 0 && line.equalsIgnoreCase("file,label"))) {
                continue;
            }
            int comma = line.lastIndexOf(',');
            try {
                int label = Integer.parseInt(line.substring(comma + 1).strip());
                if (comma <= 0 || label < 0) {
                    throw new NumberFormatException();
                }
                labels.put(line.substring(0, comma).strip(), label);
            } catch (NumberFormatException e) {
                throw new GenLabException(file + ": line " + (i + 1) + " is '" + visible(line)
                        + "', expected file,label with a label of 0 or more");
            }
        }
        return labels;
    }
}
