package org.persona4j.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A JSON array built in order; see {@link JsonObject}. Not thread-safe. */
public final class JsonArray {

    private final List<Object> items = new ArrayList<>();

    JsonArray() {}

    /** {@return a new object, added at the end} */
    public JsonObject addObject() {
        JsonObject o = new JsonObject();
        items.add(o);
        return o;
    }

    /**
     * {@return this array, with a string added at the end}
     *
     * @param value the string
     */
    public JsonArray add(String value) {
        items.add(value);
        return this;
    }

    /**
     * {@return this array, with a value added as {@link JsonObject#putValue} converts it}
     *
     * @param value the value
     */
    public JsonArray addValue(Object value) {
        items.add(converted(value));
        return this;
    }

    /** {@return the array as plain Java values} */
    public List<Object> toPlain() {
        List<Object> out = new ArrayList<>(items.size());
        items.forEach(v -> out.add(plain(v)));
        return out;
    }

    static Object plain(Object v) {
        if (v instanceof JsonObject o) {
            return o.toPlain();
        }
        if (v instanceof JsonArray a) {
            return a.toPlain();
        }
        return v;
    }

    /** A value as YAML or Java gives it, as a value of this tree. */
    static Object converted(Object v) {
        if (v == null || v instanceof String || v instanceof Boolean) {
            return v;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Double || v instanceof Float) {
            return ((Number) v).doubleValue();
        }
        if (v instanceof java.math.BigInteger || v instanceof java.math.BigDecimal) {
            return v;
        }
        if (v instanceof Number n) { // AtomicLong and the like: the number its text is, else that text
            try {
                return new java.math.BigDecimal(n.toString());
            } catch (NumberFormatException e) {
                return n.toString();
            }
        }
        if (v instanceof java.util.Date d) {
            return d.getTime();
        }
        if (v instanceof byte[] b) {
            return java.util.Base64.getEncoder().encodeToString(b);
        }
        if (v instanceof java.util.Map<?, ?> m) {
            JsonObject o = new JsonObject();
            m.forEach((k, x) -> o.putValue(String.valueOf(k), x));
            return o;
        }
        if (v instanceof Iterable<?> list) {
            JsonArray a = new JsonArray();
            list.forEach(a::addValue);
            return a;
        }
        if (v.getClass().isArray()) { // an array of objects or of primitives, as a JSON array
            JsonArray a = new JsonArray();
            for (int i = 0; i < java.lang.reflect.Array.getLength(v); i++) {
                a.addValue(java.lang.reflect.Array.get(v, i));
            }
            return a;
        }
        return v.toString();
    }

    void write(JsonGenerator g) throws IOException {
        g.writeStartArray();
        for (Object item : items) {
            value(g, item);
        }
        g.writeEndArray();
    }

    static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Long n) {
            g.writeNumber(n);
        } else if (v instanceof Double d) {
            g.writeNumber(d);
        } else if (v instanceof java.math.BigInteger n) {
            g.writeNumber(n);
        } else if (v instanceof java.math.BigDecimal n) {
            g.writeNumber(n);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof JsonObject o) {
            o.write(g);
        } else if (v instanceof JsonArray a) {
            a.write(g);
        } else {
            throw new IllegalStateException("not a JSON value: " + v.getClass());
        }
    }
}
