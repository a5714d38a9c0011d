package org.persona4j.markdown.internal;

import java.util.Arrays;
import org.persona4j.SourceSpan;

/** Turns offsets into 1-based lines and code-point columns, for text whose line breaks are all {@code \n}. */
final class LineIndex {

    private final String text;
    private final int[] lineStarts;

    LineIndex(String text) {
        this.text = text;
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        lineStarts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts[line++] = i + 1;
            }
        }
    }

    String text() {
        return text;
    }

    /** The 1-based line holding {@code offset}. */
    int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, clamp(offset));
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The 1-based code-point column of {@code offset}. */
    int column(int offset) {
        int o = clamp(offset);
        int start = lineStarts[line(o) - 1];
        return text.codePointCount(start, o) + 1;
    }

    /** The offset where a 1-based line starts. */
    int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
    }

    int lineCount() {
        return lineStarts.length;
    }

    SourceSpan span(int startOffset, int endOffset) {
        int end = Math.max(clamp(startOffset), clamp(endOffset));
        return new SourceSpan(line(startOffset), column(startOffset), line(end), column(end));
    }

    SourceSpan point(int offset) {
        return SourceSpan.at(line(offset), column(offset));
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, text.length()));
    }
}
