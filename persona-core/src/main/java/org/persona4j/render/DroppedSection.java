package org.persona4j.render;

import java.util.Objects;
import org.persona4j.model.SectionKind;

/**
 * A section left out of a render to meet its token budget.
 *
 * @param kind    what the section is
 * @param heading its heading as written
 * @param tokens  the tokens leaving it out saved
 */
public record DroppedSection(SectionKind kind, String heading, int tokens) {

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param kind    what the section is
     * @param heading its heading as written
     * @param tokens  the tokens leaving it out saved
     */
    public DroppedSection {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(heading, "heading");
    }

    /** {@code KIND: heading (N tokens)}. */
    @Override
    public String toString() {
        return kind + ": " + heading + " (" + tokens + " tokens)";
    }
}
