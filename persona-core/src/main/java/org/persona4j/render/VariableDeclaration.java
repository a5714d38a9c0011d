package org.persona4j.render;

import java.util.Objects;
import java.util.Optional;
import org.persona4j.SourceSpan;

/**
 * A variable a persona declares under {@code variables:} in its front matter, either by its type alone
 * ({@code team: string}) or with details ({@code budget: {type: number, default: 100, required: true,
 * description: …}}).
 *
 * @param name         the placeholder's name
 * @param type         what a value must be
 * @param defaultValue the value when none is given, as text; {@code null} for none
 * @param required     whether a render without a value (and without a default) fails
 * @param description  what the value is for; empty when not given
 * @param span         where the declaration is in the file
 */
public record VariableDeclaration(
        String name, Type type, String defaultValue, boolean required, String description, SourceSpan span) {

    /** The types a variable may have. */
    public enum Type {
        /** Any text. */
        STRING,
        /** A decimal number such as {@code 42} or {@code -1.5}. */
        NUMBER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** Items separated by commas. */
        LIST;

        /**
         * {@return whether a value is of this type}
         *
         * @param value a value, as text
         */
        public boolean accepts(String value) {
            String v = value.strip();
            return switch (this) {
                case STRING, LIST -> true;
                case NUMBER -> v.matches("[+-]?([0-9]{1,300}(\\.[0-9]{0,300})?|\\.[0-9]{1,300})([eE][+-]?[0-9]{1,4})?");
                case BOOLEAN -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false");
            };
        }

        /**
         * {@return the type for a word of a declaration ({@code string}, {@code number}, …), ignoring case}
         *
         * @param word the word, such as {@code number}
         */
        public static Optional<Type> named(String word) {
            for (Type t : values()) {
                if (t.name().equalsIgnoreCase(word == null ? "" : word.strip())) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param name         the placeholder's name
     * @param type         what a value must be
     * @param defaultValue the value when none is given, as text; {@code null} for none
     * @param required     whether a render without a value (and without a default) fails
     * @param description  what the value is for; empty when not given
     * @param span         where the declaration is in the file
     */
    public VariableDeclaration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(span, "span");
    }

    /** {@return the default, when the declaration gives one} */
    public Optional<String> defaultText() {
        return Optional.ofNullable(defaultValue);
    }
}
