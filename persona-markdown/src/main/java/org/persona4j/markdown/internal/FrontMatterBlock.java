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

    static int lineEnd(CharSequence text, int from) {
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

    static boolean isFence(CharSequence text, int start, int end, boolean closing) {
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
