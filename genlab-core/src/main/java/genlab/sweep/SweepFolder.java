package genlab.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import genlab.ConfigException;
import genlab.Hint;
import genlab.run.RunFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * The folder of a sweep (a stability study, a grid sweep): config.json holds the sweep's settings
 * and {@code cells/} one run folder per cell. Claimed again with the same settings it is resumed
 * (finished cells are kept, the others continue from their checkpoints); other settings are a
 * one-line error naming the first field that differs.
 */
final class SweepFolder {

    /** The folder of the cells' run folders. */
    static final String CELLS = "cells";

    private SweepFolder() {}

    /** Fails, changing nothing, unless {@link #claim} can take {@code out}. */
    static void check(Path out, boolean force, Map<String, Object> settings) {
        if (out != null && Files.exists(out.resolve(RunFolder.CONFIG))) {
            requireSameSettings(out, RunFolder.readTree(out.resolve(RunFolder.CONFIG)), RunFolder.tree(settings));
        } else if (out != null) {
            RunFolder.requireNew(out, force);
        }
    }

    /**
     * {@code out}, locked, when it holds this sweep already; else a new run folder there, or a
     * default one for {@code model} on {@code dataset} when {@code out} is null.
     */
    static RunFolder claim(Path out, boolean force, Map<String, Object> settings, String model, String dataset) {
        check(out, force, settings);
        return out != null && Files.exists(out.resolve(RunFolder.CONFIG)) ? RunFolder.claimExisting(out)
                : RunFolder.claimNew(out, model, dataset, force);
    }

    private static void requireSameSettings(Path out, JsonNode saved, JsonNode wanted) {
        Iterator<String> fields = wanted.fieldNames();
        while (fields.hasNext()) {
            String field = fields.next();
            if (!wanted.get(field).equals(saved.get(field))) {
                throw new ConfigException("out", out + ": holds a " + saved.path("model").asText("run") + " with "
                        + field + " " + saved.get(field) + ", this one has " + wanted.get(field)
                        + "; rerun it with its own settings", new Hint("out", "or choose another {}"));
            }
        }
    }
}
