package org.persona4j.markdown.internal;

import org.persona4j.SourceSpan;

/** A body's text with the means to turn its offsets into file positions and trimmed Markdown. */
final class BodyText {

    private final String body;
    private final int bodyStart;
    private final LineIndex lines;

    /**
     * @param body      the body text
     * @param bodyStart where it begins in the file text that {@code lines} indexes
     */
    BodyText(String body, int bodyStart, LineIndex lines) {
        this.body = body;
        this.bodyStart = bodyStart;
        this.lines = lines;
    }

    String body() {
        return body;
    }

    /** The file span of a body range. */
    SourceSpan span(int start, int end) {
        return lines.span(bodyStart + start, bodyStart + Math.max(start, end));
    }

    /** The file position of a body offset. */
    SourceSpan point(int offset) {
        return lines.point(bodyStart + offset);
    }

    /** The file line of a body offset. */
    int line(int offset) {
        return lines.line(bodyStart + offset);
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
