package genlab;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.stream.Collectors;

/**
 * The one JSON mapper for the files GenLab reads and writes (config.json, provenance.json), strict
 * in what it reads: no number truncated to an integer, no text read as a number, no null for a
 * number, no unknown field, and every problem said in words that name the field.
 */
public final class JsonProblems {

    /** Writes indented JSON; reads strictly. */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private JsonProblems() {}

    /**
     * {@code "field 'hidden': expected an integer, found 16.7"}, {@code "field 'seed': expected a
     * number, found the text \"1e3\""}, {@code "field 'foo': unknown (expected one of ...)"}, or the
     * parser's first line for text that is not JSON: for the end of a one-line error.
     */
    public static String describe(JsonProcessingException e) {
        if (e.getCause() instanceof ConfigException refused) {
            return refused.renamed("field '" + refused.field() + "'");
        }
        if (e.getCause() instanceof GenLabException refused) {
            return refused.getMessage();
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return "field '" + printable(u.getPropertyName()) + "': unknown" + (u.getKnownPropertyIds() == null ? ""
                    : " (expected one of " + u.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                            .collect(Collectors.joining(", ")) + ")");
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? printable(r.getFieldName()) : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String expected = m instanceof MismatchedInputException mi && mi.getTargetType() != null
                    ? expected(mi.getTargetType()) : null;
            String found = found(m);
            if (expected != null) {
                return "field '" + field + "': expected " + expected + (found != null ? ", found " + found : "");
            }
            return "field '" + field + "': " + firstLine(e);
        }
        // a number too large for its field is the parser's: it still knows the field's name
        String name = e.getProcessor() instanceof JsonParser parser ? currentName(parser) : null;
        return name != null ? "field '" + name + "': " + firstLine(e) : firstLine(e);
    }

    private static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "an integer";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        return "a " + type.getSimpleName();
    }

    // what stood in the file: the parser's current token
    private static String found(JsonMappingException m) {
        if (m instanceof InvalidFormatException f && f.getValue() != null) {
            return f.getValue() instanceof String s ? "the text \"" + printable(s) + "\"" : String.valueOf(f.getValue());
        }
        if (!(m.getProcessor() instanceof JsonParser parser) || parser.currentToken() == null) {
            return null;
        }
        JsonToken token = parser.currentToken();
        try {
            return switch (token) {
                case VALUE_NULL -> "null";
                case VALUE_STRING -> "the text \"" + printable(parser.getText()) + "\"";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> parser.getText();
                case START_OBJECT -> "an object";
                case START_ARRAY -> "a list";
                default -> null;
            };
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static String currentName(JsonParser parser) {
        try {
            return parser.currentName() == null ? null : printable(parser.currentName());
        } catch (java.io.IOException e) {
            return null;
        }
    }

    // a name or a text from the file with its control characters escaped, so that a message stays one line
    private static String printable(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    private static String firstLine(Exception e) {
        String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }
}
