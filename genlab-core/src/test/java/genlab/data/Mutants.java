package genlab.data;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;

/**
 * Seeded random mutants of a valid file, for the fuzzers: 1 to 4 edits of bit flips, overwritten
 * bytes, a header word (any of the first six big-endian ints: an IDX magic or dimension, a PNG's
 * width and height) set to an extreme value, truncation, extension, and a copied-over range.
 */
final class Mutants {

    private static final int[] EXTREMES = {0, -1, 1, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x00000803, 60000};

    private Mutants() {}

    static byte[] of(byte[] seed, Random rng) {
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
                    int at = 4 * rng.nextInt(Math.max(1, Math.min(6, b.length / 4)));
                    ByteBuffer.wrap(b, at, 4).putInt(EXTREMES[rng.nextInt(EXTREMES.length)]);
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
