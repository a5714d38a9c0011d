package org.persona4j.model;

import java.util.Objects;
import org.persona4j.SourceSpan;

/**
 * One entry of a list view such as goals, constraints or directives.
 *
 * @param text the item's Markdown, without the list marker
 * @param span where it is
 */
public record Item(String text, SourceSpan span) {

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param text the item's Markdown, without the list marker
     * @param span where it is
     */
    public Item {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
