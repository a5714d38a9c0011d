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
 * @param span     from the heading to the end of the section
 * @param textLine the file line on which {@code text} begins, so that any line of the text can be traced back
 * @param source   the label of the file the section was read from (a persona that extends another has sections
 *                 from several files)
 */
public record Section(SectionKind kind, String heading, String text, SourceSpan span, int textLine, String source) {

    public Section {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(source, "source");
        if (textLine < span.startLine()) {
            throw new IllegalArgumentException("text line " + textLine + " is before the heading " + span);
        }
    }

    /** The file line of line {@code n} (0-based) of {@link #text()}. */
    public int fileLine(int n) {
        return textLine + n;
    }

    /** The line of the heading. */
    public int line() {
        return span.startLine();
    }
}
