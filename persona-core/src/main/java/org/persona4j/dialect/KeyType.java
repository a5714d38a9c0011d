package org.persona4j.dialect;

/**
 * The values a front-matter key takes, as its vendor's tool reads them. Each type says how a value becomes a list
 * ({@link KeySpec#items}) and which forms the vendor documents ({@link KeySpec#fits}).
 */
public enum KeyType {
    /** One scalar, read as text (a number or a boolean is its text as written). */
    TEXT,
    /** One scalar, or a YAML list of scalars (Copilot's {@code model}: one name or several in order of priority). */
    TEXT_OR_LIST,
    /** A YAML list of scalars; one scalar is read as a list of one. */
    LIST,
    /**
     * A string of items separated by commas, or a YAML list of them ({@code tools: Read, Grep} or
     * {@code applyTo: "**}{@code /*.ts,**}{@code /*.tsx"}); written as one string. Commas inside braces or parentheses
     * do not split.
     */
    COMMA_LIST,
    /**
     * A YAML list, or a string of items separated by commas as {@link #COMMA_LIST} reads it; written as a YAML list
     * (Claude's {@code paths}, Copilot agents' {@code tools}).
     */
    LIST_OR_COMMAS,
    /**
     * A string of items separated by blanks (or commas), or a YAML list of them: an Agent Skill's
     * {@code allowed-tools: Bash(git:*) Read}. Blanks inside parentheses do not split.
     */
    WORD_LIST,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A whole number. */
    INTEGER,
    /** A number, such as a score. */
    NUMBER,
    /** A date or a date-time ({@code 2025-01-15}, {@code 2025-01-15T10:00:00Z}). */
    DATE,
    /** A version such as {@code 1.2.0}, kept as written. */
    VERSION,
    /** One of the key's {@link KeySpec#values()}. */
    ENUM,
    /** A mapping of keys to values. */
    MAP,
    /** A YAML list of mappings (Copilot's {@code handoffs}). */
    LIST_OF_MAPS,
    /** Anything the vendor's tool accepts; not checked beyond being YAML. */
    ANY;

    /** {@return whether values of this type are lists (of scalars)} */
    public boolean isList() {
        return this == LIST
                || this == COMMA_LIST
                || this == LIST_OR_COMMAS
                || this == WORD_LIST
                || this == TEXT_OR_LIST;
    }
}
