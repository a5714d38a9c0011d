package org.persona4j.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.persona4j.internal.Values;

/**
 * One front-matter key of a dialect, as the vendor documents it.
 *
 * @param name         the key as written
 * @param type         the values it takes
 * @param role         what it means across dialects
 * @param values       the values an {@link KeyType#ENUM} takes, or each item of a {@link KeyType#TEXT_OR_LIST}; for
 *                     {@link KeyType#TEXT}, the usual values, offered but not required; empty when any value of the
 *                     type will do
 * @param presence     whether files must set it
 * @param defaultValue what the vendor's tool assumes when the key is absent, in words; empty when nothing is said
 * @param status       whether it is current, deprecated or retired
 * @param replacement  what to write instead when it is deprecated or retired; empty otherwise
 * @param maxLength    the most characters its text may have, or 0 for no limit
 * @param pattern      a regular expression a text value must match whole (the same in {@code java.util.regex} and
 *                     ECMA-262, for JSON Schemas), or empty
 * @param help         a line for people and editors: what it is for
 * @param source       the documentation it comes from
 */
public record KeySpec(
        String name,
        KeyType type,
        KeyRole role,
        List<String> values,
        Presence presence,
        String defaultValue,
        Lifecycle status,
        String replacement,
        int maxLength,
        String pattern,
        String help,
        DocSource source) {

    /**
     * Checks the components and keeps an unmodifiable copy of {@code values}.
     *
     * @param name         the key as written
     * @param type         the values it takes
     * @param role         what it means across dialects
     * @param values       the values an {@link KeyType#ENUM} takes; empty when any value of the type will do
     * @param presence     whether files must set it
     * @param defaultValue what the vendor's tool assumes when the key is absent, in words; empty when nothing is said
     * @param status       whether it is current, deprecated or retired
     * @param replacement  what to write instead when it is deprecated or retired; empty otherwise
     * @param maxLength    the most characters its text may have, or 0 for no limit
     * @param pattern      a regular expression a text value must match whole, or empty
     * @param help         a line for people and editors: what it is for
     * @param source       the documentation it comes from
     */
    public KeySpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(role, "role");
        values = List.copyOf(values);
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(replacement, "replacement");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(help, "help");
        Objects.requireNonNull(source, "source");
        if (maxLength < 0) {
            throw new IllegalArgumentException("maxLength must not be negative, was " + maxLength);
        }
        if (!pattern.isEmpty()) {
            KeyPatterns.compiled(pattern); // throws PatternSyntaxException now rather than at the first match
        }
    }

    /**
     * {@return an optional, current key with no default, values or limit}
     *
     * @param name   the key as written
     * @param type   the values it takes
     * @param source the documentation it comes from
     * @param help   a line for people and editors
     */
    public static KeySpec of(String name, KeyType type, DocSource source, String help) {
        return new KeySpec(
                name, type, KeyRole.NONE, List.of(), Presence.OPTIONAL, "", Lifecycle.CURRENT, "", 0, "", help, source);
    }

    /**
     * {@return this key with a meaning shared with other dialects}
     *
     * @param meaning what it means
     */
    public KeySpec role(KeyRole meaning) {
        return new KeySpec(
                name,
                type,
                meaning,
                values,
                presence,
                defaultValue,
                status,
                replacement,
                maxLength,
                pattern,
                help,
                source);
    }

    /** {@return this key, required} */
    public KeySpec required() {
        return withPresence(Presence.REQUIRED);
    }

    /** {@return this key, recommended} */
    public KeySpec recommended() {
        return withPresence(Presence.RECOMMENDED);
    }

    /**
     * {@return this key with the values it takes}
     *
     * @param allowed the values
     */
    public KeySpec values(String... allowed) {
        return new KeySpec(
                name,
                type,
                role,
                List.of(allowed),
                presence,
                defaultValue,
                status,
                replacement,
                maxLength,
                pattern,
                help,
                source);
    }

    /**
     * {@return this key with what the tool assumes without it}
     *
     * @param value the default, in words
     */
    public KeySpec byDefault(String value) {
        return new KeySpec(
                name, type, role, values, presence, value, status, replacement, maxLength, pattern, help, source);
    }

    /**
     * {@return this key, deprecated in favour of another}
     *
     * @param instead what to write instead
     */
    public KeySpec deprecated(String instead) {
        return withStatus(Lifecycle.DEPRECATED, instead);
    }

    /**
     * {@return this key, retired in favour of another}
     *
     * @param instead what to write instead
     */
    public KeySpec retired(String instead) {
        return withStatus(Lifecycle.RETIRED, instead);
    }

    /**
     * {@return this key with a length limit}
     *
     * @param characters the most characters its text may have
     */
    public KeySpec maxLength(int characters) {
        return new KeySpec(
                name,
                type,
                role,
                values,
                presence,
                defaultValue,
                status,
                replacement,
                characters,
                pattern,
                help,
                source);
    }

    /**
     * {@return this key with a pattern its text values match whole}
     *
     * @param regex a regular expression valid in {@code java.util.regex} and ECMA-262
     * @throws java.util.regex.PatternSyntaxException if it is not a valid regular expression
     */
    public KeySpec pattern(String regex) {
        return new KeySpec(
                name, type, role, values, presence, defaultValue, status, replacement, maxLength, regex, help, source);
    }

    private KeySpec withPresence(Presence p) {
        return new KeySpec(
                name, type, role, values, p, defaultValue, status, replacement, maxLength, pattern, help, source);
    }

    private KeySpec withStatus(Lifecycle s, String instead) {
        return new KeySpec(
                name, type, role, values, presence, defaultValue, s, instead, maxLength, pattern, help, source);
    }

    /**
     * {@return whether a text value matches {@link #pattern()} (always, when it has none)}
     *
     * <p>A text the regular expression cannot decide within the matcher's stack (a pattern that repeats a group over a
     * very long value) counts as not matching, so a hostile value gets a finding rather than an error.
     *
     * @param text the value's text
     */
    public boolean matchesPattern(String text) {
        return pattern.isEmpty() || KeyPatterns.matches(pattern, text);
    }

    /**
     * {@return a value of this key as the list the vendor reads from it: a YAML list's items, or a string split the
     * way the type says ({@link KeyType#COMMA_LIST} at commas, {@link KeyType#WORD_LIST} at blanks and commas, other
     * types not at all); items stripped, blanks left out; empty for {@code null} and mappings}
     *
     * @param value a value as read: a string, number, boolean, list or map
     */
    public List<String> items(Object value) {
        if (value == null || value instanceof Map<?, ?>) {
            return List.of();
        }
        if (value instanceof List<?>) {
            return Values.list(value);
        }
        String text = String.valueOf(value);
        return switch (type) {
            case COMMA_LIST, LIST_OR_COMMAS -> Values.list(text);
            case WORD_LIST -> Values.words(text);
            default -> text.isBlank() ? List.of() : List.of(text.strip());
        };
    }

    /**
     * {@return list items in the form the vendor writes this key: one string joined by commas for
     * {@link KeyType#COMMA_LIST} (no space after them for file patterns, which Cursor reads as written), by spaces
     * for {@link KeyType#WORD_LIST}, the one item as text for {@link KeyType#TEXT_OR_LIST} with one item, a YAML list
     * otherwise}
     *
     * @param items the items, in order
     */
    public Object written(List<String> items) {
        return switch (type) {
            case COMMA_LIST -> String.join(role == KeyRole.PATTERNS ? "," : ", ", items);
            case WORD_LIST -> String.join(" ", items);
            case TEXT_OR_LIST, TEXT -> items.size() == 1 ? items.get(0) : List.copyOf(items);
            default -> List.copyOf(items);
        };
    }

    /**
     * {@return a value of this key as one text: a scalar as written; empty for {@code null}, lists and mappings}
     *
     * @param value a value as read
     */
    public static Optional<String> text(Object value) {
        return value == null || value instanceof List<?> || value instanceof Map<?, ?>
                ? Optional.empty()
                : Optional.of(String.valueOf(value));
    }

    /**
     * {@return a value read as a boolean: {@code true} or {@code false} (a YAML boolean, or that text in any case);
     * empty for anything else}
     *
     * @param value a value as read
     */
    public static Optional<Boolean> flag(Object value) {
        if (value instanceof Boolean b) {
            return Optional.of(b);
        }
        String t = value instanceof String s ? s.strip() : "";
        return t.equalsIgnoreCase("true")
                ? Optional.of(true)
                : t.equalsIgnoreCase("false") ? Optional.of(false) : Optional.empty();
    }

    /**
     * {@return whether a value has a form the vendor documents for this key: text for {@link KeyType#TEXT}, a list or
     * a delimited string for the list types, {@code true} or {@code false} for {@link KeyType#BOOLEAN}, one of
     * {@link #values()} for {@link KeyType#ENUM}, a mapping for {@link KeyType#MAP}…} {@code null} (a key written with
     * nothing after it) fits every type.
     *
     * @param value a value as read
     */
    public boolean fits(Object value) {
        if (value == null) {
            return true;
        }
        boolean scalar = !(value instanceof List<?>) && !(value instanceof Map<?, ?>);
        return switch (type) {
            case TEXT, DATE, VERSION -> scalar;
            case TEXT_OR_LIST ->
                values.isEmpty()
                        ? scalar || value instanceof List<?> l && l.stream().allMatch(KeySpec::isScalar)
                        : items(value).stream().allMatch(values::contains)
                                && (scalar
                                        || value instanceof List<?> l
                                                && l.stream().allMatch(KeySpec::isScalar));
            case LIST, COMMA_LIST, LIST_OR_COMMAS, WORD_LIST ->
                scalar || value instanceof List<?> l && l.stream().allMatch(KeySpec::isScalar);
            case BOOLEAN -> value instanceof Boolean;
            case INTEGER -> value instanceof Long || value instanceof Integer;
            case NUMBER -> value instanceof Number;
            case ENUM -> scalar && values.contains(String.valueOf(value).strip());
            case MAP -> value instanceof Map<?, ?>;
            case LIST_OF_MAPS -> value instanceof List<?> l && l.stream().allMatch(Map.class::isInstance);
            case ANY -> true;
        };
    }

    private static boolean isScalar(Object o) {
        return o == null || !(o instanceof List<?>) && !(o instanceof Map<?, ?>);
    }

    /** {@return the forms {@link #fits} accepts, in words, for messages} */
    public String form() {
        return switch (type) {
            case TEXT -> "text";
            case TEXT_OR_LIST -> "text or a list of text";
            case LIST -> "a list";
            case COMMA_LIST, LIST_OR_COMMAS -> "a list, or items separated by commas";
            case WORD_LIST -> "items separated by spaces, or a list";
            case BOOLEAN -> "true or false";
            case INTEGER -> "a whole number";
            case NUMBER -> "a number";
            case DATE -> "a date such as 2025-01-15";
            case VERSION -> "a version such as 1.2.0";
            case ENUM -> "one of " + String.join(", ", values);
            case MAP -> "a mapping of keys to values";
            case LIST_OF_MAPS -> "a list of mappings";
            case ANY -> "any value";
        };
    }

    /** {@return whether this is one of persona4j's own keys ({@code id}, {@code extends}…), not the vendor's} */
    public boolean isPersona4j() {
        return source.equals(DocSource.PERSONA4J);
    }

    /** {@return whether the key is retired or deprecated} */
    public boolean isOutdated() {
        return status != Lifecycle.CURRENT;
    }

    /** {@return the key names of a list of specs, in order} */
    static List<String> names(List<KeySpec> keys) {
        List<String> out = new ArrayList<>(keys.size());
        keys.forEach(k -> out.add(k.name()));
        return out;
    }
}
