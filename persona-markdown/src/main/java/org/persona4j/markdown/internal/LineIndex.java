package org.persona4j.markdown.internal;

import java.util.Arrays;
import org.persona4j.SourceSpan;

/**
 * Turns offsets into 1-based lines and code-point columns, for text whose line breaks are all {@code \n}. Used by
 * one thread at a time (it remembers what it learns about lines).
 */
final class LineIndex {

    private final String text;
    private final int[] lineStarts;
    private final int firstLine;
    /** Per line: 0 not yet known, 1 no surrogates, 2 surrogates. Not thread-safe, like the readers that use it. */
    private byte[] surrogates;

    LineIndex(String text) {
        this(text, 1);
    }

    /** An index of {@code text} whose first line is line {@code firstLine} of its file. */
    LineIndex(String text, int firstLine) {
        this.text = text;
        this.firstLine = firstLine;
        int[] starts = new int[64];
        int count = 1;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) { // indexOf is vectorised
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = nl + 1;
        }
        lineStarts = Arrays.copyOf(starts, count);
    }

    String text() {
        return text;
    }

    /** The 1-based file line holding {@code offset}. */
    int line(int offset) {
        return localLine(offset) + firstLine - 1;
    }

    private int localLine(int offset) {
        int i = Arrays.binarySearch(lineStarts, clamp(offset));
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The 1-based code-point column of {@code offset}. */
    int column(int offset) {
        int o = clamp(offset);
        return column(o, localLine(o));
    }

    private int column(int clamped, int localLine) {
        int start = lineStarts[localLine - 1];
        return (hasSurrogates(localLine) ? text.codePointCount(start, clamped) : clamped - start) + 1;
    }

    /**
     * Whether a line holds a surrogate pair, so that its columns must count code points; found on the first
     * question about the line and remembered. Most lines hold none, and then a column is a subtraction.
     */
    private boolean hasSurrogates(int localLine) {
        if (surrogates == null) {
            surrogates = new byte[lineStarts.length];
        }
        byte known = surrogates[localLine - 1];
        if (known == 0) {
            int end = localLine < lineStarts.length ? lineStarts[localLine] : text.length();
            known = 1;
            for (int i = lineStarts[localLine - 1]; i < end; i++) {
                if (Character.isSurrogate(text.charAt(i))) {
                    known = 2;
                    break;
                }
            }
            surrogates[localLine - 1] = known;
        }
        return known == 2;
    }

    int lineCount() {
        return lineStarts.length;
    }

    SourceSpan span(int startOffset, int endOffset) {
        int start = clamp(startOffset);
        int end = Math.max(start, clamp(endOffset));
        int startLine = localLine(start);
        int endLine = end == start ? startLine : localLine(end);
        return new SourceSpan(startLine + firstLine - 1, column(start, startLine), endLine + firstLine - 1,
                column(end, endLine));
    }

    SourceSpan point(int offset) {
        return SourceSpan.at(line(offset), column(offset));
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, text.length()));
    }
}
