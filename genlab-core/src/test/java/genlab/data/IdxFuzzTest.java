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
            byte[] mutant = mutate(seeds[i % seeds.length], rng);
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

    private static byte[] mutate(byte[] seed, Random rng) {
        byte[] b = seed.clone();
        int edits = 1 + rng.nextInt(4);
        for (int e = 0; e < edits; e++) {
            switch (rng.nextInt(6)) {
                case 0 -> b[rng.nextInt(b.length)] ^= (byte) (1 << rng.nextInt(8));
                case 1 -> b[rng.nextInt(b.length)] = (byte) rng.nextInt(256);
                case 2 -> {
                    if (b.length < 4) {
                        continue;
                    }
                    // a header word (magic or a dimension) set to an extreme value
                    int at = 4 * rng.nextInt(Math.max(1, Math.min(5, b.length / 4)));
                    int[] extremes = {0, -1, 1, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x00000803, 60000};
                    ByteBuffer.wrap(b, at, 4).putInt(extremes[rng.nextInt(extremes.length)]);
                }
                case 3 -> b = Arrays.copyOf(b, rng.nextInt(b.length + 1));
                case 4 -> b = Arrays.copyOf(b, b.length + 1 + rng.nextInt(16));
                default -> {
                    int from = rng.nextInt(b.length);
                    int to = rng.nextInt(b.length);
                    System.arraycopy(b.clone(), from, b, to, Math.min(b.length - from, b.length - to) / 2);
                }
            }
            if (b.length == 0) {
                break;
            }
        }
        return b;
    }
}
