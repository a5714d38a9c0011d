package org.persona4j.markdown.internal;

/**
 * Where the front matter is in a decoded text: a line scanner, not a YAML parser. The block opens with a first
 * line of {@code ---} and closes at the next line of {@code ---} or {@code ...}; trailing blanks are allowed.
 *
 * @param state      whether a block was found, and closed
 * @param yamlStart  offset of the first YAML character (after the opening line)
 * @param yamlEnd    offset just past the YAML (the start of the closing line)
 * @param bodyStart  offset where the Markdown body begins
 */
record FrontMatterBlock(State state, int yamlStart, int yamlEnd, int bodyStart) {

    enum State {
        ABSENT,
        UNCLOSED,
        CLOSED
    }

    /**
     * Finds the block in {@code text}: a decoded text, or a view of UTF-8 bytes as {@link #bytes} gives, whose
     * offsets are then byte offsets (the markers and line breaks are ASCII, which UTF-8 never uses inside a longer
     * sequence).
     */
    static FrontMatterBlock find(CharSequence text) {
        int firstEnd = lineEnd(text, 0);
        if (!isFence(text, 0, firstEnd, false)) {
            return new FrontMatterBlock(State.ABSENT, 0, 0, 0);
        }
        int yamlStart = Math.min(firstEnd + 1, text.length());
        int pos = yamlStart;
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            if (isFence(text, pos, end, true)) {
                return new FrontMatterBlock(State.CLOSED, yamlStart, pos, Math.min(end + 1, text.length()));
            }
            pos = end + 1;
        }
        return new FrontMatterBlock(State.UNCLOSED, yamlStart, text.length(), text.length());
    }

    /** How far a misplaced block is looked for: its opening and closing lines within the first 64 KiB. */
    static final int MISPLACED_SCAN = 64 * 1024;

    /**
     * A block that no tool reads as front matter because it does not open the file: the first line that is not blank
     * is {@code ---} after blank lines or indented, the next line is a {@code key:} line, and a later line is
     * {@code ---} again. Looked for only where {@link #find} found none, in the first {@value #MISPLACED_SCAN}
     * characters.
     *
     * @param text the file's text, or a view of its UTF-8 bytes as {@link #bytes} gives
     * @return the opening line's number (from 1) and the key names of the block, or {@code null} when there is none
     */
    static Misplaced misplaced(CharSequence text) {
        int limit = Math.min(text.length(), MISPLACED_SCAN);
        int pos = 0;
        int line = 1;
        while (pos < limit) { // leading blank lines
            int end = Math.min(lineEnd(text, pos), limit);
            if (!blank(text, pos, end)) {
                break;
            }
            pos = end + 1;
            line++;
        }
        if (pos >= limit) {
            return null;
        }
        int openEnd = Math.min(lineEnd(text, pos), limit);
        int indent = indentation(text, pos, openEnd);
        if ((line == 1 && indent == 0) || !isFence(text, pos + indent, openEnd, false)) {
            return null;
        }
        java.util.List<String> keys = new java.util.ArrayList<>();
        for (int at = openEnd + 1; at < limit; ) {
            int end = Math.min(lineEnd(text, at), limit);
            int from = at + indentation(text, at, end);
            if (isFence(text, from, end, true)) {
                return keys.isEmpty() ? null : new Misplaced(line, indent > 0, keys);
            }
            String key = key(text, from, end);
            if (key == null && keys.isEmpty()) {
                return null; // not 'key:' right after the opening line: a thematic break, not a front matter
            }
            if (key != null && from - at == indent) {
                keys.add(key);
            }
            at = end + 1;
        }
        return null;
    }

    /**
     * A block that looks like front matter but does not open the file.
     *
     * @param line     the line its {@code ---} is on, from 1
     * @param indented whether its lines are indented
     * @param keys     the names of its top-level keys, in order
     */
    record Misplaced(int line, boolean indented, java.util.List<String> keys) {}

    private static boolean blank(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private static int indentation(CharSequence text, int from, int to) {
        int i = from;
        while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i - from;
    }

    /** The key a {@code key: value} line names (letters, digits, {@code _}, {@code -}, {@code .}), or {@code null}. */
    private static String key(CharSequence text, int from, int to) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
            boolean more = letter || (i > from && ((c >= '0' && c <= '9') || c == '-' || c == '.'));
            if (!more) {
                break;
            }
            i++;
        }
        if (i == from || i >= to || text.charAt(i) != ':') {
            return null;
        }
        return i + 1 == to || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t' || text.charAt(i + 1) == '\r'
                ? text.subSequence(from, i).toString()
                : null;
    }

    /** {@code utf8[from..to)} as characters, one per byte, for finding the block without decoding the file. */
    static CharSequence bytes(byte[] utf8, int from, int to) {
        return new CharSequence() {
            @Override
            public int length() {
                return to - from;
            }

            @Override
            public char charAt(int index) {
                return (char) (utf8[from + index] & 0xFF);
            }

            @Override
            public CharSequence subSequence(int start, int end) {
                return bytes(utf8, from + start, from + end);
            }

            @Override
            public String toString() {
                return new String(utf8, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1);
            }
        };
    }

    private static int lineEnd(CharSequence text, int from) {
        if (text instanceof String s) {
            int nl = s.indexOf('\n', from);
            return nl < 0 ? s.length() : nl;
        }
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                return i;
            }
        }
        return text.length();
    }

    private static boolean isFence(CharSequence text, int start, int end, boolean closing) {
        int e = end;
        while (e > start && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t')) {
            e--;
        }
        if (e - start != 3) {
            return false;
        }
        char c = text.charAt(start);
        return (c == '-' || (closing && c == '.')) && text.charAt(start + 1) == c && text.charAt(start + 2) == c;
    }
}
