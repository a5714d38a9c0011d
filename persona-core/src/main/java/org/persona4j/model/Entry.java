package org.persona4j.model;

import java.util.Objects;
import org.persona4j.SourceSpan;

/**
 * A named piece of text, written in a persona as {@code - **Key**: value} or as a sub-heading with text under it.
 *
 * @param key   the name, without emphasis markers or the colon
 * @param value the text, as Markdown
 * @param span  where it is
 */
public record Entry(String key, String value, SourceSpan span) {

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param key   the name, without emphasis markers or the colon
     * @param value the text, as Markdown
     * @param span  where it is
     */
    public Entry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
    }
}
