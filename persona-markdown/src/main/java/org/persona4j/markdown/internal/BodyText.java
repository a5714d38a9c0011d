package org.persona4j.markdown.internal;

import org.persona4j.SourceSpan;

/** A body's text with the means to turn its offsets into file positions and trimmed Markdown. */
final class BodyText {

    private final String body;
    private final LineIndex lines;

    /**
     * @param body      the body text
     * @param firstLine the file line the body starts on
     */
    BodyText(String body, int firstLine) {
        this.body = body;
        this.lines = new LineIndex(body, firstLine);
    }

    String body() {
        return body;
    }

    /** The file span of a body range. */
    SourceSpan span(int start, int end) {
        return lines.span(start, Math.max(start, end));
    }

    /** The file position of a body offset. */
    SourceSpan point(int offset) {
        return lines.point(offset);
    }

    /** The file line of a body offset. */
    int line(int offset) {
        return lines.line(offset);
    }

    /** The offset of the line after the one a block ends on. */
    int afterLine(Block block) {
        int nl = body.indexOf('\n', Math.max(block.start(), block.end() - 1));
        return nl < 0 ? body.length() : nl + 1;
    }

    /** A body range as Markdown, without leading blank lines or trailing whitespace. */
    String raw(int start, int end) {
        return start >= end ? "" : Text.trimBlock(body.substring(start, Math.min(end, body.length())));
    }
}
