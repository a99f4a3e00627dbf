package genlab.data;

import genlab.GenLabException;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * An IDX file of unsigned bytes (the MNIST format): a 4-byte magic {@code 00 00 08 n}, n big-endian
 * int dimensions, then exactly prod(dims) bytes. Read from a raw or a gzipped file (detected by
 * the gzip magic, not the name).
 */
public record IdxFile(int[] dims, byte[] data) {

    private static final int UNSIGNED_BYTE = 0x08;
    private static final int MAX_DIMS = 4;
    // 512 MiB: ten times the largest supported file (60,000 images of 28 x 28 are 47 MB)
    private static final int MAX_CONTENT_BYTES = 512 << 20;

    /** Number of items along the first dimension (images or labels). */
    public int count() {
        return dims[0];
    }

    /** Bytes per item: the product of all dimensions but the first. */
    public int itemSize() {
        int size = 1;
        for (int i = 1; i < dims.length; i++) {
            size *= dims[i];
        }
        return size;
    }

    /** Reads and validates an IDX file; any defect is a {@link GenLabException} naming the file. */
    public static IdxFile read(Path file) {
        return parse(file, content(file, readBytes(file)));
    }

    /** The bytes of a file as stored on disk; an unreadable file is a {@link GenLabException}. */
    public static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new GenLabException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** The IDX bytes of a stored file: gunzipped when they start with the gzip magic 1f 8b. */
    public static byte[] content(Path file, byte[] stored) {
        if (stored.length < 2 || (stored[0] & 0xff) != 0x1f || (stored[1] & 0xff) != 0x8b) {
            return stored;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(stored), 1 << 16)) {
            // readNBytes stops one byte past the limit: a gzip bomb is refused, not buffered
            byte[] content = in.readNBytes(MAX_CONTENT_BYTES + 1);
            if (content.length > MAX_CONTENT_BYTES) {
                throw new GenLabException(file + ": decompresses to more than " + MAX_CONTENT_BYTES
                        + " bytes, larger than any IDX file GenLab reads");
            }
            return content;
        } catch (EOFException e) {
            throw new GenLabException(file + ": corrupt or truncated gzip data (unexpected end of stream)");
        } catch (ZipException e) {
            throw new GenLabException(file + ": corrupt or truncated gzip data (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new GenLabException(file + ": cannot decompress (" + e.getMessage() + ")");
        }
    }

    /** Parses IDX bytes (already gunzipped); {@code file} only names the source in errors. */
    public static IdxFile parse(Path file, byte[] bytes) {
        if (bytes.length < 4) {
            throw new GenLabException(file + ": too short for an IDX header (" + bytes.length + " bytes)");
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        int zero = buf.getShort() & 0xffff;
        int type = buf.get() & 0xff;
        int ndims = buf.get() & 0xff;
        if (zero != 0 || type != UNSIGNED_BYTE || ndims < 1 || ndims > MAX_DIMS) {
            throw new GenLabException(String.format(
                    "%s: wrong IDX magic %02x %02x %02x %02x, expected 00 00 08 0n (unsigned bytes, 1..%d dimensions)",
                    file, bytes[0], bytes[1], bytes[2], bytes[3], MAX_DIMS));
        }
        if (bytes.length < 4 + 4 * ndims) {
            throw new GenLabException(file + ": truncated IDX header, expected " + ndims + " dimensions");
        }
        int[] dims = new int[ndims];
        long expected = 1;
        for (int i = 0; i < ndims; i++) {
            dims[i] = buf.getInt();
            if (dims[i] <= 0) {
                throw new GenLabException(file + ": IDX dimension " + i + " is " + dims[i] + ", expected > 0");
            }
            // stop before the product can overflow: it may never exceed the bytes actually present
            expected = Math.min(expected * dims[i], Integer.MAX_VALUE + 1L);
        }
        long actual = buf.remaining();
        if (actual != expected) {
            throw new GenLabException(String.format("%s: IDX dimensions %s need %d data bytes, file has %d (%s)",
                    file, Arrays.toString(dims), expected, actual, actual < expected ? "truncated" : "trailing bytes"));
        }
        byte[] data = Arrays.copyOfRange(bytes, buf.position(), bytes.length);
        return new IdxFile(dims, data);
    }
}
