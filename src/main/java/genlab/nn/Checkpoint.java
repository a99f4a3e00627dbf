package genlab.nn;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import genlab.AtomicFile;
import genlab.GenLabException;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A block's parameters on disk: the magic {@code GENLAB}, a format version byte, then DJL's own
 * parameter stream (which carries each block's version). Written atomically; an unknown magic or
 * version, or a truncated stream, is a clear {@link GenLabException}.
 */
public final class Checkpoint {

    private static final byte[] MAGIC = "GENLAB".getBytes(StandardCharsets.US_ASCII);
    private static final byte VERSION = 1;

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
                throw new GenLabException(file + ": checkpoint does not match the model in config.json (parameter "
                        + p.getKey() + " has shape " + loaded + ", the model's is " + expected.get(p.getKey()) + ")");
            }
            if (p.getValue().requiresGradient()) {
                p.getValue().getArray().setRequiresGradient(true);
            }
        }
    }

    public static void save(Block block, Path file) throws IOException {
        AtomicFile.write(file, out -> {
            DataOutputStream data = new DataOutputStream(out);
            data.write(MAGIC);
            data.writeByte(VERSION);
            block.saveParameters(data);
            data.flush();
        });
    }

    /** Loads parameters saved by {@link #save} into a block of the same architecture. */
    public static void load(Block block, NDManager manager, Path file) {
        read(file, MAGIC, VERSION, in -> {
            readParameters(block, manager, in, file);
            return null;
        });
    }

    /** The body of a GenLab file after its header, read from a stream. */
    @FunctionalInterface
    interface Body<T> {
        T read(DataInputStream in) throws IOException, MalformedModelException;
    }

    /**
     * Opens {@code file}, checks its magic and format version, and reads the rest with
     * {@code body}; every failure (wrong header, truncation, a model that does not match, an
     * unreadable file) becomes a one-line {@link GenLabException} naming the file.
     */
    static <T> T read(Path file, byte[] magic, byte version, Body<T> body) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            byte[] found = new byte[magic.length];
            in.readFully(found);
            if (!Arrays.equals(found, magic)) {
                throw new GenLabException(file + ": not a GenLab checkpoint of this kind (wrong magic, expected "
                        + new String(magic, StandardCharsets.US_ASCII) + ")");
            }
            byte foundVersion = in.readByte();
            if (foundVersion != version) {
                throw new GenLabException(file + ": checkpoint format version " + foundVersion + ", this GenLab reads "
                        + version);
            }
            return body.read(in);
        } catch (EOFException e) {
            throw new GenLabException(file + ": truncated checkpoint");
        } catch (MalformedModelException | IllegalArgumentException | IllegalStateException e) {
            throw new GenLabException(file + ": checkpoint does not match the model in config.json ("
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")");
        } catch (IOException e) {
            throw new GenLabException(file + ": cannot read checkpoint (" + GenLabException.reason(e) + ")");
        }
    }
}
