package org.persona4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.persona4j.dialect.DocSource;
import org.persona4j.dialect.KeyRole;
import org.persona4j.dialect.KeySpec;
import org.persona4j.dialect.KeyType;
import org.persona4j.internal.MetadataValues;
import org.persona4j.internal.Values;
import org.persona4j.internal.dialect.KeyIndex;
import org.persona4j.model.Handoff;
import org.persona4j.render.VariableDeclaration;

/**
 * The front matter of a persona: every key in file order with its value as read ({@code String}, {@code Long},
 * {@code Double}, {@code Boolean}, {@code null}, {@code List}, {@code Map}), typed by its dialect's table
 * ({@link Dialect#spec()}): a text key keeps its source text ({@code version: 1.0} is {@code "1.0"}), and the typed
 * accessors find their key by its {@link KeyRole}, so {@link #filePatterns()} is {@code applyTo}, {@code globs} or
 * {@code paths}. Immutable.
 */
public final class PersonaMetadata {

    /** AI-LEY's own keys, in the order a writer emits them: the typed part of the JSON form. */
    public static final List<String> KNOWN_KEYS = Dialect.AI_LEY.spec().keys().stream()
            .filter(k -> !k.isPersona4j())
            .map(KeySpec::name)
            .toList();

    private static final PersonaMetadata EMPTY = builder().build();

    private final Dialect dialect;
    private final Map<String, Object> values;
    private final Map<String, SourceSpan> spans;
    /** Positions inside a key's value ({@code variables.team}), which are not keys of their own. */
    private final Map<String, SourceSpan> innerSpans;

    PersonaMetadata(
            Dialect dialect,
            Map<String, Object> values,
            Map<String, SourceSpan> spans,
            Map<String, SourceSpan> innerSpans) {
        this.dialect = dialect;
        this.values = Values.frozen(values);
        this.spans = Collections.unmodifiableMap(new LinkedHashMap<>(spans));
        this.innerSpans = Collections.unmodifiableMap(new LinkedHashMap<>(innerSpans));
    }

    /** {@return metadata with no keys at all, as for a file without front matter} */
    public static PersonaMetadata empty() {
        return EMPTY;
    }

    /** {@return a builder for AI-LEY front matter with no keys} */
    public static PersonaMetadataBuilder builder() {
        return new PersonaMetadataBuilder();
    }

    /** {@return a builder holding a copy of these values} */
    public PersonaMetadataBuilder toBuilder() {
        return new PersonaMetadataBuilder(dialect, values, spans, innerSpans);
    }

    /**
     * {@return the same keys and values typed by another dialect's table}
     *
     * @param other the dialect whose table types the keys
     */
    public PersonaMetadata withDialect(Dialect other) {
        return other == dialect ? this : toBuilder().dialect(other).build();
    }

    /** {@return the dialect whose table types these keys} */
    public Dialect dialect() {
        return dialect;
    }

    /**
     * {@return the value of a key as read, typed or not; empty when absent or written with no value}
     *
     * @param key a front-matter key
     */
    public Optional<Object> value(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** {@return every key and its value as read, in file order} */
    public Map<String, Object> values() {
        return values;
    }

    /**
     * {@return a key's value as text when it is one scalar}
     *
     * @param key a front-matter key
     */
    public Optional<String> text(String key) {
        return KeySpec.text(values.get(key));
    }

    /**
     * {@return a key's value as the list its dialect reads: a YAML list, or a string split as the table says}
     *
     * @param key a front-matter key
     */
    public List<String> list(String key) {
        Object v = values.get(key);
        return v == null ? List.of() : spec(key).items(v);
    }

    private Optional<String> keyOf(KeyRole role) {
        return Optional.ofNullable(KeyIndex.nameFor(dialect, role));
    }

    /**
     * {@return the text of the key with this role in the dialect}
     *
     * @param role what the key means
     */
    public Optional<String> text(KeyRole role) {
        String key = KeyIndex.nameFor(dialect, role);
        return key == null ? Optional.empty() : KeySpec.text(values.get(key));
    }

    /**
     * {@return the list of the key with this role in the dialect; empty when it has none}
     *
     * @param role what the key means
     */
    public List<String> list(KeyRole role) {
        String key = KeyIndex.nameFor(dialect, role);
        return key == null ? List.of() : list(key);
    }

    /** {@return the title ({@link KeyRole#TITLE}: AI-LEY's {@code title}, a CrewAI agent's {@code role})} */
    public Optional<String> title() {
        return text(KeyRole.TITLE);
    }

    /** {@return the version ({@link KeyRole#VERSION})} */
    public Optional<String> version() {
        return text(KeyRole.VERSION);
    }

    /** {@return who wrote it ({@link KeyRole#AUTHOR})} */
    public Optional<String> author() {
        return text(KeyRole.AUTHOR);
    }

    /** {@return the description ({@link KeyRole#DESCRIPTION})} */
    public Optional<String> description() {
        return text(KeyRole.DESCRIPTION);
    }

    /** {@return keywords in file order; empty when absent or written as {@code []}} */
    public List<String> keywords() {
        return list(KeyRole.KEYWORDS);
    }

    /** {@return the last-updated value as written (a date or a date-time in one of several shapes)} */
    public Optional<String> lastUpdated() {
        return text(KeyRole.UPDATED);
    }

    /** {@return the score ({@link KeyRole#SCORE}), when it is a number or a decimal written as text} */
    public Optional<Double> summaryScore() {
        return keyOf(KeyRole.SCORE).flatMap(k -> MetadataValues.number(values.get(k)));
    }

    /**
     * {@return AI-LEY's {@code applyTo}: one element per YAML list entry or comma-separated glob, or a word such as
     * {@code general} as written} Other dialects' patterns are in {@link #filePatterns()}.
     */
    public List<String> applyTo() {
        return dialect == Dialect.AI_LEY ? list(KeyRole.PATTERNS) : List.of();
    }

    /**
     * {@return every key that is not one of {@link #KNOWN_KEYS}, and known keys whose value does not fit their type,
     * in file order}
     */
    public Map<String, Object> extra() {
        return MetadataValues.extra(values, KNOWN_KEYS);
    }

    /** {@return the name tools call it by ({@link KeyRole#NAME}), stripped; empty when absent or blank} */
    public Optional<String> name() {
        return text(KeyRole.NAME).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** {@return the model ({@link KeyRole#MODEL}); the first of a Copilot agent's list in order of preference} */
    public Optional<String> model() {
        return list(KeyRole.MODEL).stream().findFirst();
    }

    /** {@return the tools it may use ({@link KeyRole#TOOLS}), read as its dialect reads them; empty when absent} */
    public List<String> tools() {
        return list(KeyRole.TOOLS);
    }

    /** {@return whether it applies to every file ({@link KeyRole#ALWAYS}), when {@code true} or {@code false}} */
    public Optional<Boolean> alwaysApply() {
        return keyOf(KeyRole.ALWAYS).flatMap(k -> KeySpec.flag(values.get(k)));
    }

    /** {@return the file patterns it applies to ({@link KeyRole#PATTERNS}), whatever its dialect calls them} */
    public List<String> filePatterns() {
        return list(KeyRole.PATTERNS);
    }

    /**
     * {@return a Copilot custom agent's {@code handoffs} ({@link KeyRole#HANDOFFS}), in order: each with a label and
     * an agent; items without both are left out}
     */
    public List<Handoff> handoffs() {
        return keyOf(KeyRole.HANDOFFS)
                .map(k -> MetadataValues.handoffs(values.get(k)))
                .orElse(List.of());
    }

    /**
     * {@return the variables declared under {@link KeyRole#VARIABLES} ({@code variables:}), in file order: each name
     * with a type word ({@code string}, {@code number}, {@code boolean}, {@code list}) or a mapping of {@code type},
     * {@code default}, {@code required} and {@code description}} Entries of another type are left out (the linter
     * reports them).
     */
    public List<VariableDeclaration> variables() {
        return keyOf(KeyRole.VARIABLES)
                .map(k -> MetadataValues.variables(
                        values.get(k), name -> span(k + "." + name).or(() -> span(k))))
                .orElse(List.of());
    }

    /**
     * {@return where a key, or a value inside one ({@code variables.team}), is in the front matter}
     *
     * @param key a front-matter key, or a dotted path into its value
     */
    public Optional<SourceSpan> span(String key) {
        SourceSpan s = spans.get(key);
        return Optional.ofNullable(s != null ? s : innerSpans.get(key));
    }

    /**
     * {@return where the key with this role is in the front matter}
     *
     * @param role what the key means
     */
    public Optional<SourceSpan> span(KeyRole role) {
        return keyOf(role).flatMap(this::span);
    }

    /** {@return every key present, in file order} */
    public List<String> keys() {
        List<String> keys = new ArrayList<>(spans.keySet());
        values.keySet().stream().filter(k -> !spans.containsKey(k)).forEach(keys::add);
        return List.copyOf(keys);
    }

    /** {@return {@code true} when no key is set} */
    public boolean isEmpty() {
        return values.isEmpty() && spans.isEmpty();
    }

    /** The table's entry for a key; a key the dialect does not define is read as a list of comma-separated items. */
    private KeySpec spec(String key) {
        return KeyIndex.key(dialect, key).orElse(UNKNOWN);
    }

    private static final KeySpec UNKNOWN = KeySpec.of("", KeyType.COMMA_LIST, DocSource.PERSONA4J, "");

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonaMetadata m
                && dialect == m.dialect
                && values.equals(m.values)
                && spans.equals(m.spans);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dialect, values, spans);
    }

    @Override
    public String toString() {
        return "PersonaMetadata[" + dialect + ", keys=" + keys() + "]";
    }
}
