package genlab.run;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import genlab.GenLabException;
import genlab.nn.OptimizerStep;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything needed to continue a run after its last finished epoch ({@code checkpoint.bin}): the
 * magic {@code GLCKPT}, a format version, the epoch, (from version 3) the config it was trained
 * with as a {@link ConfigFingerprint}, the model's parameters (DJL's stream), each
 * optimizer's state, an end marker and the CRC32C of it all (see {@link Checkpoint}). Random streams need no state: the trainer re-seeds
 * them from (seed, epoch). Written to a temp file and renamed, so the previous checkpoint stays
 * whole until the new one is complete.
 */
public final class TrainingCheckpoint {

    /** The file name in a run folder. */
    public static final String FILE = "checkpoint.bin";

    private static final byte[] MAGIC = "GLCKPT".getBytes(StandardCharsets.US_ASCII);
    private static final int END = 0x454E4421;

    private TrainingCheckpoint() {}

    /**
     * Fails when a run without its checkpoint lists two or more finished epochs in its table
     * {@code metrics}, which starting it over would overwrite: a user's run is continued only from
     * its checkpoint. One listed epoch is what a crash between epoch 1's row and its checkpoint
     * leaves, and that run starts over. (A sweep's cell, overwritten by its sweep, always starts over.)
     */
    public static void requireForListedEpochs(RunFolder run, String metrics) {
        int listed = MetricsCsv.epochsIn(run.file(metrics));
        if (listed >= 2 && !Files.exists(run.file(FILE))) {
            throw new GenLabException(run.file(FILE) + ": missing, but " + metrics + " lists " + listed
                    + " finished epochs; starting over would overwrite them. Restore " + FILE + ", or start a new run");
        }
    }

    /** Saves the state after {@code epoch} of a run of {@code config}. */
    public static void save(Path file, int epoch, Object config, Block net, List<OptimizerStep> optimizers) {
        Checkpoint.write(file, MAGIC, data -> {
            data.writeInt(epoch);
            ConfigFingerprint fingerprint = ConfigFingerprint.of(config);
            data.writeUTF(fingerprint.sha256());
            data.writeUTF(fingerprint.json());
            net.saveParameters(data);
            data.writeInt(optimizers.size());
            for (OptimizerStep optimizer : optimizers) {
                optimizer.writeState(data);
            }
            data.writeInt(END);
        });
    }

    /** The epoch a checkpoint was saved after, 0 when there is no checkpoint; the file's checks as {@link #load}'s. */
    public static int epoch(Path file) {
        return Files.exists(file) ? Checkpoint.read(file, MAGIC, (in, version) -> in.readInt()) : 0;
    }

    /**
     * Loads a checkpoint into a model of the same architecture; returns its epoch. A checkpoint
     * written for another config (any field but {@code epochs}) is a one-line error naming the
     * field; one from before version 3 carries no config and is taken as it is.
     */
    public static int load(Path file, Object config, Block net, List<OptimizerStep> optimizers, NDManager manager) {
        return Checkpoint.read(file, MAGIC, (in, version) -> {
            int epoch = in.readInt();
            if (version >= 3) {
                String sha256 = in.readUTF();
                ConfigFingerprint saved = ConfigFingerprint.read(in.readUTF());
                if (!saved.sha256().equals(sha256)) {
                    throw new GenLabException(file + ": the config in the checkpoint does not match its hash");
                }
                saved.difference(ConfigFingerprint.of(config)).ifPresent(difference -> {
                    throw new GenLabException(file + ": written for another config: " + difference);
                });
            }
            Checkpoint.readParameters(net, manager, in, file);
            int count = in.readInt();
            if (count != optimizers.size() || epoch < 1) {
                throw new GenLabException(file + ": checkpoint of epoch " + epoch + " with " + count
                        + " optimizers, the model has " + optimizers.size());
            }
            for (OptimizerStep optimizer : optimizers) {
                optimizer.readState(in, manager);
            }
            if (in.readInt() != END) {
                throw new GenLabException(file + ": checkpoint without its end marker");
            }
            return epoch;
        });
    }
}
