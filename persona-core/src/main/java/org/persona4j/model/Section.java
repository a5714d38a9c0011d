package org.persona4j.model;

import java.util.Objects;
import org.persona4j.SourceSpan;

/**
 * One level-2 section of a persona body, kept whole: every heading is kept, known or not.
 *
 * @param kind    what the heading means
 * @param heading the heading text as written, without the {@code ##}
 * @param text    the Markdown under the heading up to the next section, trimmed of blank lines and a closing
 *                thematic break ({@code ---})
 * @param span    from the heading to the end of the section
 */
public record Section(SectionKind kind, String heading, String text, SourceSpan span) {

    public Section {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    /** The line of the heading. */
    public int line() {
        return span.startLine();
    }
}
