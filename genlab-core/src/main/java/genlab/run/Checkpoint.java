package genlab.run;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import genlab.AtomicFile;
import genlab.GenLabException;
import genlab.nn.EngineArrays;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * A block's parameters on disk: the magic {@code GENLAB}, a format version byte, then DJL's own
 * parameter stream (which carries each block's version), then (from version 2) the CRC32C of
 * everything before it. Written atomically; an unknown magic or version, a truncated stream or a
 * checksum that does not match (a file changed after it was written) is a clear
 * {@link GenLabException}. Version 1 files, written before the checksum, still load.
 */
public final class Checkpoint {

    private static final byte[] MAGIC = "GENLAB".getBytes(StandardCharsets.US_ASCII);
    /**
     * The format version GenLab writes: 2 adds the CRC32C trailer, 3 the config fingerprint in
     * checkpoint.bin (model.params is the same in 2 and 3).
     */
    static final byte VERSION = 3;
    /** The first version with the CRC32C trailer. */
    private static final byte CHECKED_VERSION = 2;
    private static final byte UNCHECKED_VERSION = 1;
    private static final int CRC_BYTES = 4;

    private Checkpoint() {}

    /**
     * Reads DJL's parameter stream into {@code block}, then checks that every parameter kept its
     * shape (DJL replaces the arrays without comparing) and re-attaches the gradients of the
     * trainable ones, so training can go on.
     */
    static void readParameters(Block block, NDManager manager, DataInputStream in, Path file)
            throws IOException, MalformedModelException {
        Map<String, Shape> expected = new LinkedHashMap<>();
        block.getParameters().forEach(p -> expected.put(p.getKey(), p.getValue().getArray().getShape()));
        block.loadParameters(manager, in);
        for (var p : block.getParameters()) {
            Shape loaded = p.getValue().getArray().getShape();
            if (!loaded.equals(expected.get(p.getKey()))) {
                throw new CheckpointMismatchException(file + ": checkpoint does not match the model in config.json (parameter "
                        + p.getKey() + " has shape " + loaded + ", the model's is " + expected.get(p.getKey()) + ")");
            }
            // also attaches the gradient again when the parameter takes one
            EngineArrays.own(p.getValue(), manager);
        }
    }

    public static void save(Block block, Path file) {
        write(file, MAGIC, out -> block.saveParameters(out));
    }

    /** Loads parameters saved by {@link #save} into a block of the same architecture. */
    public static void load(Block block, NDManager manager, Path file) {
        read(file, MAGIC, (in, version) -> {
            readParameters(block, manager, in, file);
            return null;
        });
    }

    /** The body of a GenLab file after its header, written to a stream. */
    @FunctionalInterface
    interface BodyWriter {
        void write(DataOutputStream out) throws IOException;
    }

    /** Writes {@code file} atomically: magic, {@link #VERSION}, the body, and the CRC32C of all of it. */
    static void write(Path file, byte[] magic, BodyWriter body) {
        AtomicFile.write(file, out -> {
            CheckedOutputStream checked = new CheckedOutputStream(out, new CRC32C());
            DataOutputStream data = new DataOutputStream(checked);
            data.write(magic);
            data.writeByte(VERSION);
            body.write(data);
            data.flush();
            DataOutputStream trailer = new DataOutputStream(out);
            trailer.writeInt((int) checked.getChecksum().getValue());
            trailer.flush();
        });
    }

    /** The body of a GenLab file after its header, read from a stream. */
    @FunctionalInterface
    interface Body<T> {
        /** Reads the body of a file of format {@code version}. */
        T read(DataInputStream in, byte version) throws IOException, MalformedModelException;
    }

    /**
     * Opens {@code file}, checks its magic and format version, and reads the rest with
     * {@code body}; every failure (wrong header, truncation, a model that does not match, an
     * unreadable file) becomes a one-line {@link GenLabException} naming the file.
     */
    static <T> T read(Path file, byte[] magic, Body<T> body) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            byte[] found = new byte[magic.length];
            in.readFully(found);
            if (!Arrays.equals(found, magic)) {
                throw new GenLabException(file + ": not a GenLab checkpoint of this kind (wrong magic, expected "
                        + new String(magic, StandardCharsets.US_ASCII) + ")");
            }
            byte version = in.readByte();
            if (version >= CHECKED_VERSION && version <= VERSION) {
                requireChecksum(file, bytes);
                in = new DataInputStream(new ByteArrayInputStream(bytes, magic.length + 1,
                        bytes.length - magic.length - 1 - CRC_BYTES));
            } else if (version != UNCHECKED_VERSION) {
                throw new GenLabException(file + ": checkpoint format version " + version + ", this GenLab reads "
                        + UNCHECKED_VERSION + " to " + VERSION);
            }
            return body.read(in, version);
        } catch (EOFException e) {
            throw new GenLabException(file + ": truncated checkpoint");
        } catch (MalformedModelException | IllegalArgumentException | IllegalStateException e) {
            throw new CheckpointMismatchException(file + ": checkpoint does not match the model in config.json ("
                    + GenLabException.firstLine(e) + ")");
        } catch (IOException e) {
            throw new GenLabException(file + ": cannot read checkpoint (" + GenLabException.reason(e) + ")");
        }
    }

    // the CRC32C of all but the last 4 bytes must equal the last 4
    private static void requireChecksum(Path file, byte[] bytes) {
        if (bytes.length < CRC_BYTES + 1) {
            throw new GenLabException(file + ": truncated checkpoint");
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - CRC_BYTES);
        int stored = ByteBuffer.wrap(bytes, bytes.length - CRC_BYTES, CRC_BYTES).getInt();
        if ((int) crc.getValue() != stored) {
            throw new GenLabException(file + ": checksum mismatch, the file was changed or damaged after it was "
                    + "written (restore it from a copy, or train again)");
        }
    }
}
