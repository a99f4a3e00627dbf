package genlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import genlab.GenLabException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxFileTest {

    @TempDir
    Path dir;

    private final int[] dims = {5, 3, 4};
    private final byte[] data = randomBytes(5 * 3 * 4);

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new Random(1).nextBytes(b);
        return b;
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    @Test
    void roundTripsRawAndGzipped() throws IOException {
        byte[] raw = IdxTestFiles.idx(dims, data);
        for (Path p : new Path[] {file("raw-idx3-ubyte", raw), file("z-idx3-ubyte.gz", IdxTestFiles.gzip(raw))}) {
            IdxFile idx = IdxFile.read(p);
            assertArrayEquals(dims, idx.dims());
            assertArrayEquals(data, idx.data());
            assertEquals(5, idx.count());
            assertEquals(12, idx.itemSize());
        }
    }

    private String errorOf(byte[] content) throws IOException {
        Path p = file("bad", content);
        GenLabException e = assertThrows(GenLabException.class, () -> IdxFile.read(p));
        assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
        return e.getMessage();
    }

    @Test
    void wrongMagicIsNamed() throws IOException {
        byte[] raw = IdxTestFiles.idx(dims, data);
        raw[2] = 0x0D; // float type
        assertThat(errorOf(raw)).contains("wrong IDX magic 00 00 0d 03");
    }

    @Test
    void truncatedDataIsNamed() throws IOException {
        byte[] raw = IdxTestFiles.idx(dims, data);
        assertThat(errorOf(Arrays.copyOf(raw, raw.length - 7))).contains("need 60 data bytes, file has 53 (truncated)");
    }

    @Test
    void trailingBytesAreAnError() throws IOException {
        byte[] raw = IdxTestFiles.idx(dims, data);
        assertThat(errorOf(Arrays.copyOf(raw, raw.length + 1))).contains("(trailing bytes)");
    }

    @Test
    void truncatedHeaderAndEmptyFile() throws IOException {
        byte[] raw = IdxTestFiles.idx(dims, data);
        assertThat(errorOf(Arrays.copyOf(raw, 9))).contains("truncated IDX header, expected 3 dimensions");
        assertThat(errorOf(new byte[0])).contains("too short for an IDX header");
    }

    @Test
    void zeroDimensionIsRejected() throws IOException {
        assertThat(errorOf(IdxTestFiles.idx(new int[] {0, 28}, new byte[0]))).contains("dimension 0 is 0");
    }

    @Test
    void truncatedGzipIsNamed() throws IOException {
        byte[] gz = IdxTestFiles.gzip(IdxTestFiles.idx(dims, data));
        assertThat(errorOf(Arrays.copyOf(gz, gz.length / 2))).contains("corrupt or truncated gzip data");
    }
}
