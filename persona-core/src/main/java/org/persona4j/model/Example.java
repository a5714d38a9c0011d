package org.persona4j.model;

import java.util.List;
import java.util.Objects;
import org.persona4j.SourceSpan;

/**
 * A worked example: a title (without an {@code Example 1:} prefix) and the exchanges found under it.
 *
 * @param title     the example's title; empty when it has none
 * @param exchanges the turns, in order; empty when the example is prose
 * @param span      where it is
 */
public record Example(String title, List<Exchange> exchanges, SourceSpan span) {

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param title     the example's title; empty when it has none
     * @param exchanges the turns, in order; empty when the example is prose
     * @param span      where it is
     */
    public Example {
        Objects.requireNonNull(title, "title");
        exchanges = List.copyOf(exchanges);
        Objects.requireNonNull(span, "span");
    }
}
