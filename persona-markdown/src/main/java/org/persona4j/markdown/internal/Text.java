package org.persona4j.markdown.internal;

/** Small text operations on already-parsed Markdown. */
final class Text {

    private Text() {}

    /** Runs of whitespace (line breaks included) become one space; ends trimmed. */
    static String collapse(String s) {
        String t = s.strip();
        StringBuilder out = null; // made only when a run needs changing, which most text never does
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (!isRegexSpace(c)) {
                if (out != null) {
                    out.append(c);
                }
                i++;
                continue;
            }
            int end = i + 1;
            while (end < t.length() && isRegexSpace(t.charAt(end))) {
                end++;
            }
            if (out == null && (c != ' ' || end > i + 1)) {
                out = new StringBuilder(t.length()).append(t, 0, i);
            }
            if (out != null) {
                out.append(' ');
            }
            i = end;
        }
        return out == null ? t : out.toString();
    }

    /** What {@code \\s} matches: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** Removes the indentation that every non-blank line after the first shares. */
    static String dedent(String s) {
        if (s.indexOf("\n ") < 0) {
            return s; // no later line starts with a space: nothing is shared
        }
        String[] lines = s.split("\n", -1);
        if (lines.length < 2) {
            return s;
        }
        int common = Integer.MAX_VALUE;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (!line.isBlank()) {
                int k = 0;
                while (k < line.length() && line.charAt(k) == ' ') {
                    k++;
                }
                common = Math.min(common, k);
            }
        }
        if (common == Integer.MAX_VALUE || common == 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            out.append('\n').append(lines[i].length() >= common ? lines[i].substring(common) : lines[i].strip());
        }
        return out.toString();
    }

    /**
     * Drops blank lines at the start and spaces, tabs and line breaks at the end, keeping the first line's
     * indentation. Only Markdown's whitespace is trimmed: a trailing vertical tab or form feed is content to
     * Markdown (a line {@code "=\u000B"} is not a heading underline), so dropping it would change the meaning.
     */
    static String trimBlock(String s) {
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                start = i + 1;
            } else if (c != ' ' && c != '\t') {
                break;
            }
            i++;
        }
        if (i == s.length()) {
            return "";
        }
        int end = s.length();
        while (end > start && isMarkdownSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Space, tab or line break: the characters Markdown treats as blank. */
    static boolean isMarkdownSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n';
    }
}
