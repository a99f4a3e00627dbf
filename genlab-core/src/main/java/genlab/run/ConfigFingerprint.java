package genlab.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a checkpoint must agree with: a run's config as canonical JSON (keys sorted) without the
 * values a resumed run may change ({@code epochs} and {@code learningRate}, as
 * {@code genlab resume --epochs --lr} does), and its SHA-256.
 */
record ConfigFingerprint(String json, String sha256) {

    // a null field is left out: a field added later (null in older config.json) matches its absence
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .serializationInclusion(JsonInclude.Include.NON_NULL).build();

    private static final List<String> RESUMABLE = List.of("epochs", "learningRate");

    // fields renamed since older checkpoints were written: the old name compares as the new one
    private static final Map<String, String> RENAMED = Map.of("zDim", "latent");

    /** The fingerprint of a config (a recipe, a record, or a config.json tree). */
    public static ConfigFingerprint of(Object config) {
        ObjectNode fields = canonical(CANONICAL.valueToTree(config));
        fields.remove(RESUMABLE);
        String json = fields.toString();
        return new ConfigFingerprint(json, sha256(json));
    }

    // the object's fields sorted by name at every level, null ones left out
    private static ObjectNode canonical(JsonNode object) {
        ObjectNode sorted = CANONICAL.createObjectNode();
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode value = object.get(name);
            if (!value.isNull()) {
                sorted.set(name, value.isObject() ? canonical(value) : value);
            }
        }
        return sorted;
    }

    /** A fingerprint read back from a checkpoint: the JSON it was made of. */
    public static ConfigFingerprint read(String json) {
        return new ConfigFingerprint(json, sha256(json));
    }

    /**
     * The first field whose value differs between this config and {@code other}, with both values;
     * a null field and an absent one are the same (fingerprints written before nulls were left out).
     */
    public Optional<String> difference(ConfigFingerprint other) {
        if (sha256.equals(other.sha256)) {
            return Optional.empty();
        }
        JsonNode mine = tree(json);
        JsonNode theirs = tree(other.json);
        Set<String> names = new TreeSet<>();
        mine.fieldNames().forEachRemaining(names::add);
        theirs.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode there = mine.path(name);
            JsonNode here = theirs.path(name);
            if (!there.equals(here) && !(absent(there) && absent(here))) {
                return Optional.of("field '" + name + "' is " + shown(there) + " there and " + shown(here) + " here");
            }
        }
        return Optional.empty();
    }

    private static boolean absent(JsonNode value) {
        return value.isMissingNode() || value.isNull();
    }

    private static String shown(JsonNode value) {
        return value.isMissingNode() ? "absent" : value.toString();
    }

    private static JsonNode tree(String json) {
        try {
            ObjectNode fields = (ObjectNode) CANONICAL.readTree(json);
            RENAMED.forEach((old, now) -> {
                if (fields.has(old)) {
                    fields.set(now, fields.remove(old));
                }
            });
            return fields;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a fingerprint holds JSON it wrote itself", e);
        }
    }

    private static String sha256(String json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
