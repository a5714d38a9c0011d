package org.persona4j.markdown.internal;

/** Small text operations on already-parsed Markdown. */
final class Text {

    private Text() {
    }

    /** Runs of whitespace (line breaks included) become one space; ends trimmed. */
    static String collapse(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /** Removes the indentation that every non-blank line after the first shares. */
    static String dedent(String s) {
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

    /** Drops blank lines at the start and whitespace at the end, keeping the first line's indentation. */
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
        return s.substring(start).stripTrailing();
    }
}
