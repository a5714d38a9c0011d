package org.persona4j;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.persona4j.dialect.KeyRole;
import org.persona4j.dialect.KeySpec;

/** Builds {@link PersonaMetadata}: {@link PersonaMetadata#builder()}. Not thread-safe. */
public final class PersonaMetadataBuilder {
    private Dialect dialect = Dialect.AI_LEY;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, SourceSpan> spans = new LinkedHashMap<>();
    private final Map<String, SourceSpan> innerSpans = new LinkedHashMap<>();

    PersonaMetadataBuilder() {}

    PersonaMetadataBuilder(
            Dialect dialect,
            Map<String, Object> values,
            Map<String, SourceSpan> spans,
            Map<String, SourceSpan> innerSpans) {
        this.dialect = dialect;
        this.values.putAll(values);
        this.spans.putAll(spans);
        this.innerSpans.putAll(innerSpans);
    }

    /**
     * Sets the dialect whose table types the keys (default {@link Dialect#AI_LEY}).
     *
     * @param value the dialect
     * @return this builder
     */
    public PersonaMetadataBuilder dialect(Dialect value) {
        dialect = Objects.requireNonNull(value, "dialect");
        return this;
    }

    /**
     * Sets a key. The value is a plain value tree, as YAML reads one; lists and maps in it are copied when the
     * metadata is built, so changing them afterwards changes nothing built.
     *
     * @param key   the key, as written
     * @param value its value: {@code null} (written with no value), a string, number or boolean, or a list or map
     *              of them
     * @return this builder
     */
    public PersonaMetadataBuilder put(String key, Object value) {
        values.put(Objects.requireNonNull(key, "key"), value);
        return this;
    }

    /**
     * Sets the key that has a role in the builder's dialect.
     *
     * @param role  what the key means
     * @param value its value
     * @return this builder
     * @throws IllegalArgumentException when the dialect has no key with that role
     */
    public PersonaMetadataBuilder put(KeyRole role, Object value) {
        String key = dialect.spec()
                .keyFor(role)
                .map(KeySpec::name)
                .orElseThrow(() -> new IllegalArgumentException(
                        dialect.displayName() + "s have no key for " + role + "; use put(key, value)"));
        return put(key, value);
    }

    /**
     * Removes a key, with its position.
     *
     * @param key the key
     * @return this builder
     */
    public PersonaMetadataBuilder remove(String key) {
        values.remove(key);
        spans.remove(key);
        return this;
    }

    /**
     * Where something inside a key's value is, such as {@code variables.team}; not a key of its own.
     *
     * @param path the dotted path of the value, such as {@code variables.team}
     * @param span where it is written
     * @return this builder
     */
    public PersonaMetadataBuilder innerSpan(String path, SourceSpan span) {
        innerSpans.put(Objects.requireNonNull(path, "path"), Objects.requireNonNull(span, "span"));
        return this;
    }

    /**
     * Sets where a key is written.
     *
     * @param key  a front-matter key
     * @param span where it is written
     * @return this builder
     */
    public PersonaMetadataBuilder span(String key, SourceSpan span) {
        spans.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(span, "span"));
        return this;
    }

    /** {@return the PersonaMetadata with what was set} */
    public PersonaMetadata build() {
        return new PersonaMetadata(dialect, values, spans, innerSpans);
    }
}
