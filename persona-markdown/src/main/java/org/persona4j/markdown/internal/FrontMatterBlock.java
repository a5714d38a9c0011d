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

    enum State { ABSENT, UNCLOSED, CLOSED }

    static FrontMatterBlock find(String text) {
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

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    private static boolean isFence(String text, int start, int end, boolean closing) {
        int e = end;
        while (e > start && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t')) {
            e--;
        }
        if (e - start != 3) {
            return false;
        }
        String marker = text.substring(start, e);
        return marker.equals("---") || (closing && marker.equals("..."));
    }
}
