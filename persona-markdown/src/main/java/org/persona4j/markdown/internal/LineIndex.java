package org.persona4j.markdown.internal;

import java.util.Arrays;
import org.persona4j.SourceSpan;

/** Turns offsets into 1-based lines and code-point columns, for text whose line breaks are all {@code \n}. */
final class LineIndex {

    private final String text;
    private final int[] lineStarts;
    private final int firstLine;
    /** Where each surrogate pair starts, ascending; usually empty. */
    private final int[] pairs;

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
        pairs = surrogatePairs(text);
    }

    private static int[] surrogatePairs(String text) {
        if (text.codePointCount(0, text.length()) == text.length()) {
            return new int[0]; // no pair at all: the common case, and free for Latin-1 text
        }
        char[] chars = text.toCharArray(); // array reads beat charAt in a loop over every char
        int[] found = null;
        int n = 0;
        for (int i = 0; i + 1 < chars.length; i++) {
            if (Character.isHighSurrogate(chars[i]) && Character.isLowSurrogate(chars[i + 1])) {
                if (found == null) {
                    found = new int[16];
                } else if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i++;
            }
        }
        return found == null ? new int[0] : Arrays.copyOf(found, n);
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
        return clamped - start - pairsWithin(start, clamped) + 1;
    }

    /**
     * The surrogate pairs wholly inside {@code [from, to)}, each of which is one code point in two chars. Found by
     * binary search in the pairs' positions, which most texts do not have at all.
     */
    private int pairsWithin(int from, int to) {
        if (pairs.length == 0 || to - from < 2) {
            return 0;
        }
        int lo = lowerBound(pairs, from);
        int hi = lowerBound(pairs, to - 1); // a pair starting at to - 1 is cut in two
        return hi - lo;
    }

    private static int lowerBound(int[] sorted, int key) {
        int i = Arrays.binarySearch(sorted, key);
        return i >= 0 ? i : -i - 1;
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
