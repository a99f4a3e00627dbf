package genlab.data;

import genlab.GenLabException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** MD5 verification of dataset files against the published sums. */
final class Checksums {

    private Checksums() {}

    /** Lower-case hex MD5 of the bytes. */
    public static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no MD5", e);
        }
    }

    /**
     * Accepts a file when the MD5 of its stored bytes or of its uncompressed content matches the
     * spec (a re-compressed .gz differs in its own MD5 but not in its content's). Returns the
     * MD5 of the stored bytes, for the run's provenance.
     */
    public static String verify(Path file, DatasetSpec.IdxFileSpec spec, byte[] stored, byte[] content) {
        String storedMd5 = md5(stored);
        if (spec.accepts(storedMd5) || (content != stored && spec.accepts(md5(content)))) {
            return storedMd5;
        }
        throw new GenLabException(String.format(
                "%s: checksum mismatch, MD5 %s; expected %s (gzipped) or %s (uncompressed) for %s",
                file, storedMd5, spec.gzMd5(), spec.rawMd5(), spec.name()));
    }
}
