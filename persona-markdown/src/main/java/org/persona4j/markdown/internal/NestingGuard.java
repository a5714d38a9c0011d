package org.persona4j.markdown.internal;

/**
 * Bounds Markdown nesting before the parser sees the text: flexmark recurses over nested containers and overflows
 * the stack on a few kilobytes of them. Counts, per line, the block quote and list markers that open containers,
 * plus list indentation.
 */
final class NestingGuard {

    private NestingGuard() {}

    /** The offset of the first line nesting deeper than {@code max}, or -1. */
    static int firstLineDeeperThan(String text, int max) {
        int lineStart = 0;
        int n = text.length();
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            if (depth(text, lineStart, lineEnd) > max) {
                return lineStart;
            }
            lineStart = lineEnd + 1;
        }
        return -1;
    }

    private static int depth(String text, int from, int to) {
        int depth = 0;
        int i = from;
        int indent = 0;
        while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            indent += text.charAt(i) == '\t' ? 4 : 1;
            i++;
        }
        boolean sawMarker = false;
        while (i < to) {
            char c = text.charAt(i);
            int next = i + 1;
            if (c == '>') {
                depth++;
            } else if ((c == '-' || c == '*' || c == '+') && (next == to || isBlank(text.charAt(next)))) {
                depth++;
            } else if (c >= '0' && c <= '9') {
                int j = i;
                while (j < to && j - i < 9 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                    j++;
                }
                if (j < to
                        && (text.charAt(j) == '.' || text.charAt(j) == ')')
                        && (j + 1 == to || isBlank(text.charAt(j + 1)))) {
                    depth++;
                    next = j + 1;
                } else {
                    break;
                }
            } else if (!isBlank(c)) {
                break;
            }
            sawMarker |= !isBlank(c);
            i = next;
        }
        return sawMarker ? depth + indent / 2 : depth;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
