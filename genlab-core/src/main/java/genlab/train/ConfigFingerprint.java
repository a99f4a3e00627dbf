package genlab.train;

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
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a checkpoint must agree with: a run's config as canonical JSON (keys sorted) without the
 * values a resumed run may change ({@code epochs} and {@code learningRate}, as
 * {@code genlab resume --epochs --lr} does), and its SHA-256.
 */
public record ConfigFingerprint(String json, String sha256) {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private static final List<String> RESUMABLE = List.of("epochs", "learningRate");

    /** The fingerprint of a config record (or its config.json tree). */
    public static ConfigFingerprint of(Object config) {
        ObjectNode fields = CANONICAL.valueToTree(config);
        fields.remove(RESUMABLE);
        String json = fields.toString();
        return new ConfigFingerprint(json, sha256(json));
    }

    /** A fingerprint read back from a checkpoint: the JSON it was made of. */
    public static ConfigFingerprint read(String json) {
        return new ConfigFingerprint(json, sha256(json));
    }

    /** The first field whose value differs between this config and {@code other}, with both values. */
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
            if (!mine.path(name).equals(theirs.path(name))) {
                return Optional.of("field '" + name + "' is " + shown(mine.path(name)) + " there and "
                        + shown(theirs.path(name)) + " here");
            }
        }
        return Optional.of("the configs differ (SHA-256 " + sha256 + " and " + other.sha256 + ")");
    }

    private static String shown(JsonNode value) {
        return value.isMissingNode() ? "absent" : value.toString();
    }

    private static JsonNode tree(String json) {
        try {
            return CANONICAL.readTree(json);
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
