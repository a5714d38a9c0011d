package org.persona4j.model;

import java.util.List;
import java.util.Objects;
import org.persona4j.SourceSpan;

/**
 * One level-2 section of a persona body, kept whole: every heading is kept, known or not.
 *
 * @param kind     what the heading means
 * @param heading  the heading text as written, without the {@code ##}
 * @param text     the Markdown under the heading up to the next section, trimmed of blank lines and a closing thematic
 *                 break ({@code ---})
 * @param span     from the heading to the end of the section
 * @param textLine the file line on which {@code text} begins, so that any line of the text can be traced back
 * @param source   the label of the file the section was read from (a persona that extends another has sections from
 *                 several files)
 * @param code     where {@code text} holds code (fenced or indented blocks, inline code spans), in order; a render
 *                 leaves placeholders there as they are unless the persona declares them
 */
public record Section(
        SectionKind kind,
        String heading,
        String text,
        SourceSpan span,
        int textLine,
        String source,
        List<TextRange> code) {

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param kind     what the heading means
     * @param heading  the heading text as written, without the {@code ##}
     * @param text     the Markdown under the heading up to the next section, trimmed of blank lines and a closing
     *                 thematic break ({@code ---})
     * @param span     from the heading to the end of the section
     * @param textLine the file line on which {@code text} begins, so that any line of the text can be traced back
     * @param source   the label of the file the section was read from (a persona that extends another has sections from
     *                 several files)
     * @param code     where {@code text} holds code (fenced or indented blocks, inline code spans), in order; a render
     *                 leaves placeholders there as they are unless the persona declares them
     */
    public Section {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(source, "source");
        code = List.copyOf(code);
        if (textLine < span.startLine()) {
            throw new IllegalArgumentException("text line " + textLine + " is before the heading " + span);
        }
    }

    /**
     * A section without code, or whose code is not known.
     *
     * @param kind     what the heading means
     * @param heading  the heading text as written, without the {@code ##}
     * @param text     the Markdown under the heading up to the next section, trimmed of blank lines and a closing
     *                 thematic break ({@code ---})
     * @param span     from the heading to the end of the section
     * @param textLine the file line on which {@code text} begins, so that any line of the text can be traced back
     * @param source   the label of the file the section was read from (a persona that extends another has sections from
     *                 several files)
     */
    public Section(SectionKind kind, String heading, String text, SourceSpan span, int textLine, String source) {
        this(kind, heading, text, span, textLine, source, List.of());
    }

    /**
     * {@return whether the char at {@code offset} of {@link #text()} is code}
     *
     * @param offset a char offset into {@link #text()}
     */
    public boolean isCode(int offset) {
        for (TextRange r : code) {
            if (r.contains(offset)) {
                return true;
            }
            if (r.start() > offset) {
                return false;
            }
        }
        return false;
    }

    /**
     * {@return the file line of line {@code n} (0-based) of {@link #text()}}
     *
     * @param n a line of {@link #text()}, from 0
     */
    public int fileLine(int n) {
        return textLine + n;
    }

    /** {@return the line of the heading} */
    public int line() {
        return span.startLine();
    }
}
