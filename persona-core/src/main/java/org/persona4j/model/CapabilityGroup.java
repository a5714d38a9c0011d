package org.persona4j.model;

import java.util.List;
import java.util.Objects;
import org.persona4j.SourceSpan;

/**
 * A category of capabilities, from {@code - **Languages**: Python 3.12+, Node.js 20+} (split at commas outside
 * parentheses) or from a sub-heading with a list under it.
 *
 * @param category the category name
 * @param items    the capabilities, in file order
 * @param span     where it is
 */
public record CapabilityGroup(String category, List<String> items, SourceSpan span) {

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param category the category name
     * @param items    the capabilities, in file order
     * @param span     where it is
     */
    public CapabilityGroup {
        Objects.requireNonNull(category, "category");
        items = List.copyOf(items);
        Objects.requireNonNull(span, "span");
    }
}
