package org.persona4j.markdown.internal;

import java.util.Arrays;
import org.persona4j.SourceSpan;

/**
 * Turns offsets into 1-based lines and code-point columns, for text whose line breaks are all {@code \n}. One
 * index serves one read on one thread.
 *
 * <p>A column counts code points, so surrogate pairs before the offset on its line count once. Most positions asked
 * for are at or near the start of a short line, so the chars between line start and offset are counted on demand;
 * once those counts add up to the text's length, the index of every pair is built and searched instead, which bounds
 * the work at about twice the text's length whatever is asked.
 */
final class LineIndex {

    private final String text;
    private final int[] lineStarts;
    private final int firstLine;
    /** Where each surrogate pair starts, ascending; null until counting on demand has cost the text's length. */
    private int[] pairs;
    /** Chars counted on demand so far. */
    private long counted;
    /** The local line of the last position asked for. */
    private int lastLine = 1;

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

    private static int[] surrogatePairs(String text) {
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
        int o = clamp(offset);
        // Positions are mostly asked for in file order: try the last answer's line and the next before searching.
        for (int line = lastLine; line <= lastLine + 1 && line <= lineStarts.length; line++) {
            if (lineStarts[line - 1] <= o && (line == lineStarts.length || o < lineStarts[line])) {
                lastLine = line;
                return line;
            }
        }
        int i = Arrays.binarySearch(lineStarts, o);
        lastLine = i >= 0 ? i + 1 : -i - 1;
        return lastLine;
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
     * The surrogate pairs wholly inside {@code [from, to)}, each of which is one code point in two chars.
     */
    private int pairsWithin(int from, int to) {
        if (to - from < 2) {
            return 0;
        }
        if (pairs == null) {
            if (counted + (to - from) <= text.length()) {
                counted += to - from;
                // codePointCount counts a pair as one and a cut half as one; free for Latin-1 text
                return to - from - text.codePointCount(from, to);
            }
            pairs = surrogatePairs(text);
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
        return new SourceSpan(
                startLine + firstLine - 1, column(start, startLine), endLine + firstLine - 1, column(end, endLine));
    }

    SourceSpan point(int offset) {
        return SourceSpan.at(line(offset), column(offset));
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, text.length()));
    }
}
