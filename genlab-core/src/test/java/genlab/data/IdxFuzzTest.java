package genlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import genlab.GenLabException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A seeded random-mutation fuzzer for the IDX reader: 100,000 mutants of valid raw and gzipped
 * files (byte flips, overwritten header words, truncation, extension, splices); each must parse
 * or fail with the documented {@link GenLabException}, nothing else, and within the time bound.
 */
class IdxFuzzTest {

    static final int CASES = 100_000;
    private static final Path NAME = Path.of("fuzz.idx");

    @Test
    void mutatedFilesParseOrFailWithTheDocumentedError() throws IOException {
        Random rng = new Random(20261125);
        byte[] pixels = new byte[3 * 4 * 5];
        rng.nextBytes(pixels);
        byte[][] seeds = {
            IdxTestFiles.idx(new int[] {3, 4, 5}, pixels),
            IdxTestFiles.idx(new int[] {7}, Arrays.copyOf(pixels, 7)),
            IdxTestFiles.gzip(IdxTestFiles.idx(new int[] {3, 4, 5}, pixels)),
        };
        int parsed = 0;
        int refused = 0;
        long start = System.nanoTime();
        for (int i = 0; i < CASES; i++) {
            byte[] mutant = Mutants.of(seeds[i % seeds.length], rng);
            try {
                IdxFile f = IdxFile.parse(NAME, IdxFile.content(NAME, mutant));
                // what parses is self-consistent
                assertThat((long) f.count() * f.itemSize()).isEqualTo(f.data().length);
                parsed++;
            } catch (GenLabException e) {
                assertThat(e.getMessage()).startsWith(NAME.toString()).doesNotContain("\n");
                refused++;
            }
        }
        System.out.printf("IDX fuzz: %d cases, %d parsed, %d refused, %.1f s%n", CASES, parsed, refused,
                (System.nanoTime() - start) / 1e9);
        assertThat(parsed + refused).isEqualTo(CASES);
        assertThat(parsed).isPositive();
        assertThat(refused).isPositive();
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(60);
    }

    @Test
    void aHeaderClaimingTwoToThe31ImagesIsRefusedBeforeAnyAllocation() {
        byte[] header = ByteBuffer.allocate(16).put(new byte[] {0, 0, 8, 3}).putInt(Integer.MAX_VALUE).putInt(28)
                .putInt(28).array();
        assertThatThrownBy(() -> IdxFile.parse(NAME, header)).isInstanceOf(GenLabException.class)
                .hasMessageContaining("truncated");
        byte[] fourHuge = ByteBuffer.allocate(20).put(new byte[] {0, 0, 8, 4}).putInt(Integer.MAX_VALUE)
                .putInt(Integer.MAX_VALUE).putInt(Integer.MAX_VALUE).putInt(Integer.MAX_VALUE).array();
        assertThatThrownBy(() -> IdxFile.parse(NAME, fourHuge)).isInstanceOf(GenLabException.class)
                .hasMessageContaining("truncated");
    }
}
