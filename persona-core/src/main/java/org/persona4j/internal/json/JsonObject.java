package org.persona4j.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON object built in order and written by jackson-core's streaming generator, so that core builds its JSON (render
 * forms, request bodies, skill tool answers) as a tree, never by joining strings, without jackson-databind. Setting a
 * name again replaces its value in place, as Jackson's {@code ObjectNode} does. Not thread-safe.
 */
public final class JsonObject {

    static final JsonFactory FACTORY = new JsonFactory();

    private final Map<String, Object> fields = new LinkedHashMap<>();

    /** An empty object. */
    public JsonObject() {}

    /**
     * {@return this object, with {@code name} set to a string, or to {@code null} when {@code value} is}
     *
     * @param name  the field's name
     * @param value its value
     */
    public JsonObject put(String name, String value) {
        fields.put(name, value);
        return this;
    }

    /**
     * {@return this object, with {@code name} set to a number}
     *
     * @param name  the field's name
     * @param value its value
     */
    public JsonObject put(String name, long value) {
        fields.put(name, value);
        return this;
    }

    /**
     * {@return this object, with {@code name} set to a number, or to {@code null} when {@code value} is}
     *
     * @param name  the field's name
     * @param value its value
     */
    public JsonObject put(String name, Double value) {
        fields.put(name, value);
        return this;
    }

    /**
     * {@return this object, with {@code name} set to {@code true} or {@code false}}
     *
     * @param name  the field's name
     * @param value its value
     */
    public JsonObject put(String name, boolean value) {
        fields.put(name, value);
        return this;
    }

    /**
     * {@return a new array, set as {@code name}}
     *
     * @param name the field's name
     */
    public JsonArray putArray(String name) {
        JsonArray a = new JsonArray();
        fields.put(name, a);
        return a;
    }

    /**
     * {@return a new object, set as {@code name}}
     *
     * @param name the field's name
     */
    public JsonObject putObject(String name) {
        JsonObject o = new JsonObject();
        fields.put(name, o);
        return o;
    }

    /**
     * {@return this object, with {@code name} set to a value as YAML or Java gives it} Maps and lists become objects
     * and arrays, strings, numbers, booleans and {@code null} stay what they are, a date becomes its epoch
     * milliseconds and a byte array its Base64 text, as Jackson's data binding writes them; anything else is its
     * {@code toString()}.
     *
     * @param name  the field's name
     * @param value the value
     */
    public JsonObject putValue(String name, Object value) {
        fields.put(name, JsonArray.converted(value));
        return this;
    }

    /**
     * {@return whether the object has the field}
     *
     * @param name the field's name
     */
    public boolean has(String name) {
        return fields.containsKey(name);
    }

    /**
     * {@return a field's value as text: a string as it is, another scalar in JSON's words, {@code ""} when missing}
     *
     * @param name the field's name
     */
    public String text(String name) {
        Object v = fields.get(name);
        return v == null || v instanceof JsonObject || v instanceof JsonArray ? "" : String.valueOf(v);
    }

    /**
     * {@return the array set as {@code name}, set now when there is none}
     *
     * @param name the field's name
     */
    public JsonArray array(String name) {
        return fields.get(name) instanceof JsonArray a ? a : putArray(name);
    }

    /** {@return the object as plain Java values: ordered maps, lists, strings, numbers, booleans and nulls} */
    public Map<String, Object> toPlain() {
        Map<String, Object> out = new LinkedHashMap<>();
        fields.forEach((k, v) -> out.put(k, JsonArray.plain(v)));
        return out;
    }

    /** {@return the object as compact JSON text} */
    public String write() {
        return write(false);
    }

    /**
     * {@return the object as JSON text}
     *
     * @param indent whether to indent it as Jackson's default pretty printer does
     */
    public String write(boolean indent) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (indent) {
                g.useDefaultPrettyPrinter();
            }
            write(g);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string cannot fail", e);
        }
        return out.toString();
    }

    void write(JsonGenerator g) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, Object> f : fields.entrySet()) {
            g.writeFieldName(f.getKey());
            JsonArray.value(g, f.getValue());
        }
        g.writeEndObject();
    }

    @Override
    public String toString() {
        return write();
    }
}
