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
 * @param blocks   the top-level blocks of {@code text}, as the reader found them: what the body's typed views are read
 *                 from; empty for a section made by hand
 */
public record Section(
        SectionKind kind,
        String heading,
        String text,
        SourceSpan span,
        int textLine,
        String source,
        List<TextRange> code,
        List<Block> blocks) {

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
     * @param blocks   the top-level blocks of {@code text}, as the reader found them
     */
    public Section {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(source, "source");
        code = List.copyOf(code);
        blocks = List.copyOf(blocks);
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
        this(kind, heading, text, span, textLine, source, List.of(), List.of());
    }

    /**
     * A section whose blocks are not known.
     *
     * @param kind     what the heading means
     * @param heading  the heading text as written, without the {@code ##}
     * @param text     the Markdown under the heading up to the next section
     * @param span     from the heading to the end of the section
     * @param textLine the file line on which {@code text} begins
     * @param source   the label of the file the section was read from
     * @param code     where {@code text} holds code, in order
     */
    public Section(
            SectionKind kind,
            String heading,
            String text,
            SourceSpan span,
            int textLine,
            String source,
            List<TextRange> code) {
        this(kind, heading, text, span, textLine, source, code, List.of());
    }

    /**
     * {@return the same section with other text, whose code and blocks are then not known}
     *
     * @param newText the Markdown under the heading
     */
    public Section withText(String newText) {
        return new Section(kind, heading, newText, span, textLine, source);
    }

    /**
     * {@return where a range of {@link #text()} is in the file}
     *
     * @param start a char offset into {@link #text()}
     * @param end   a char offset into {@link #text()}, not before {@code start}
     */
    public SourceSpan span(int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        int[] from = position(s);
        int[] to = position(e);
        return new SourceSpan(from[0], from[1], to[0], to[1]);
    }

    /** The file line and the 1-based column in code points of a text offset. */
    private int[] position(int offset) {
        int line = textLine;
        int lineStart = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        return new int[] {line, text.codePointCount(lineStart, offset) + 1};
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
