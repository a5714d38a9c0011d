package org.persona4j.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A tool call's arguments: the string fields of a JSON object, read with jackson-core's streaming parser (nested
 * values are skipped, within the parser's limits on depth and length; a name given twice keeps its last value).
 */
public final class JsonArguments {

    /** What is wrong with arguments that cannot be read. */
    public enum Problem {
        /** The text is not JSON (or is past the parser's limits). */
        NOT_JSON,
        /** The text is JSON, but not an object. */
        NOT_AN_OBJECT
    }

    private final Map<String, String> strings;
    private final Problem problem;

    private JsonArguments(Map<String, String> strings, Problem problem) {
        this.strings = strings;
        this.problem = problem;
    }

    /**
     * {@return the arguments; blank text is an empty object} Text that is not a JSON object gives arguments with a
     * {@link #problem()}; what follows the object is not read.
     *
     * @param text the arguments as JSON text, or {@code null}
     */
    public static JsonArguments parse(String text) {
        if (text == null || text.isBlank()) {
            return new JsonArguments(Map.of(), null);
        }
        Map<String, String> strings = new HashMap<>();
        try (JsonParser p = JsonObject.FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                if (first != null && !first.isStructStart()) {
                    p.nextToken(); // a scalar is JSON only if nothing malformed follows it at once
                } else if (first != null) {
                    p.skipChildren(); // an array must be well-formed JSON to be "not an object"
                }
                return new JsonArguments(Map.of(), first == null ? Problem.NOT_JSON : Problem.NOT_AN_OBJECT);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.VALUE_STRING) {
                    strings.put(name, p.getText());
                } else {
                    strings.remove(name);
                    p.skipChildren();
                }
            }
        } catch (IOException e) { // malformed JSON, or past the parser's limits
            return new JsonArguments(Map.of(), Problem.NOT_JSON);
        }
        return new JsonArguments(strings, null);
    }

    /** {@return why the arguments could not be read, or {@code null} when they could} */
    public Problem problem() {
        return problem;
    }

    /**
     * {@return a string field's value, or {@code null} when it is missing or not a string}
     *
     * @param name the field's name
     */
    public String text(String name) {
        return strings.get(name);
    }
}
