package org.persona4j.internal;

/**
 * The heading that opens a body, read from its first lines without parsing the Markdown: what the parser makes
 * {@link org.persona4j.model.PersonaBody#title()} when the body's first block is a level-1 heading, an ATX one
 * ({@code # Title}, closing {@code #}s dropped) or a setext one ({@code Title} over {@code ===}). A title of the
 * persona for dialects without a title key, so a Copilot instruction is "Java 17 to 21 upgrade", not its path.
 */
public final class Titles {

    private Titles() {}

    /** The most characters looked at: a title is on the first lines, after at most some blank ones. */
    private static final int MAX_LOOK = 4_096;

    /**
     * {@return the text of the level-1 heading that opens {@code body}, whitespace collapsed, or {@code ""}}
     *
     * @param body the body's Markdown
     */
    public static String openingHeading(CharSequence body) {
        int n = Math.min(body.length(), MAX_LOOK);
        int i = 0;
        // Blank lines before the first block.
        while (true) {
            int end = lineEnd(body, i, n);
            if (!blank(body, i, end)) {
                break;
            }
            if (end >= n) {
                return "";
            }
            i = next(body, end, n);
        }
        int lineEnd = lineEnd(body, i, n);
        int indent = 0;
        int at = i;
        while (at < lineEnd && body.charAt(at) == ' ' && indent < 4) {
            at++;
            indent++;
        }
        if (indent >= 4 || at >= lineEnd) {
            return ""; // indented code, not a heading
        }
        if (body.charAt(at) == '#') {
            int hashes = 0;
            while (at < lineEnd && body.charAt(at) == '#') {
                at++;
                hashes++;
            }
            if (hashes != 1 || (at < lineEnd && body.charAt(at) != ' ' && body.charAt(at) != '\t')) {
                return "";
            }
            int end = lineEnd;
            while (end > at && isSpace(body.charAt(end - 1))) {
                end--;
            }
            // A closing sequence of #s, after a space (or the whole content), is not part of the heading.
            int close = end;
            while (close > at && body.charAt(close - 1) == '#') {
                close--;
            }
            if (close < end && (close == at || isSpace(body.charAt(close - 1)))) {
                end = close;
            }
            return collapse(body, at, end);
        }
        char c = body.charAt(at);
        if (c == '-'
                || c == '*'
                || c == '+'
                || c == '>'
                || c == '`'
                || c == '~'
                || c == '<'
                || c == '|'
                || c == '='
                || Character.isDigit(c)) {
            return ""; // a list, quote, fence, HTML or table: not a one-line paragraph
        }
        if (lineEnd >= n) {
            return "";
        }
        int second = next(body, lineEnd, n);
        int secondEnd = lineEnd(body, second, n);
        int s = second;
        int spaces = 0;
        while (s < secondEnd && body.charAt(s) == ' ' && spaces < 4) {
            s++;
            spaces++;
        }
        if (spaces >= 4 || s >= secondEnd || body.charAt(s) != '=') {
            return "";
        }
        while (s < secondEnd && body.charAt(s) == '=') {
            s++;
        }
        while (s < secondEnd && isSpace(body.charAt(s))) {
            s++;
        }
        return s == secondEnd ? collapse(body, at, lineEnd) : "";
    }

    private static int lineEnd(CharSequence s, int from, int n) {
        int i = from;
        while (i < n && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int next(CharSequence s, int lineEnd, int n) {
        if (lineEnd < n && s.charAt(lineEnd) == '\r' && lineEnd + 1 < n && s.charAt(lineEnd + 1) == '\n') {
            return lineEnd + 2;
        }
        return Math.min(n, lineEnd + 1);
    }

    private static boolean blank(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    private static String collapse(CharSequence s, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
