package org.persona4j.markdown.internal;

/**
 * Breaks up the runs of non-blank lines that flexmark-java parses in quadratic time, before it sees them: link
 * reference definitions in one block (2,000 take half a second, 8,000 nine seconds) and, far more mildly, long runs
 * of table-like lines. Measured against flexmark 0.64 (docs/SECURITY.md, "Ordinary large content"); ordinary
 * paragraphs of any length are linear and are left alone up to {@link #MAX_LINES}.
 *
 * <p>A run is broken by blanking one line (its characters become spaces), so every offset, line and column stays as
 * it was and the section texts, which are cut from the original body, keep every character; only the parser's
 * structure loses that one line (a definition no longer registered, a table split in two). The caller reports how
 * many lines were blanked.
 */
final class LongRuns {

    /**
     * Link reference definitions in a row before one is blanked: flexmark re-reads the rest of the block for each
     * one, about {@code 6 + 2k} reads per character for runs of {@code k} (measured), so runs of 16 stay well within
     * the work budget's 50 reads per character.
     */
    static final int MAX_REFERENCES = 16;
    /** Non-blank lines in a row before one is blanked (ordinary lines are linear; this bounds the rest). */
    static final int MAX_LINES = 5000;
    /**
     * Table rows ({@code |}-led lines) in a row before one is blanked: flexmark reads them in quadratic time
     * (5,000 take about 70 ms, 40,000 over 3 s), so runs of 1,000 keep a megabyte of them linear.
     */
    static final int MAX_TABLE_LINES = 1000;
    /**
     * Ampersands in one block before the rest are hidden from the parser: flexmark reads the whole block again for
     * each character reference ({@code &amp;}, {@code &#169;}), so {@code e} of them in a block of {@code n}
     * characters cost {@code e·n} reads (measured). Past this many the parse copy has a space instead; the
     * section texts keep every character.
     */
    static final int MAX_ENTITIES = 48;

    /** The text to parse, how many lines were blanked, and how many ampersands were hidden. */
    record Result(String text, int blanked, int hidden) {}

    private LongRuns() {}

    static Result breakUp(String body) {
        if (cannotHoldALongRun(body)) {
            return new Result(body, 0, 0); // nearly every persona: a few counts with String.indexOf decide it
        }
        return scan(body);
    }

    /** The line-by-line scan that {@link #breakUp} spares most bodies; its own entry for the tests. */
    static Result scan(String body) {
        char[] chars = null;
        int blanked = 0;
        int hidden = 0;
        int run = 0;
        int references = 0;
        int rows = 0;
        int ampersands = 0;
        int amp = body.indexOf('&');
        char fence = 0;
        int fenceLength = 0;
        int n = body.length();
        int pos = 0;
        while (pos < n) {
            int end = body.indexOf('\n', pos);
            if (end < 0) {
                end = n;
            }
            int i = pos;
            while (i < end && i - pos < 4 && body.charAt(i) == ' ') {
                i++;
            }
            char c = i < end ? body.charAt(i) : 0;
            int marker = 0;
            if ((c == '`' || c == '~') && i - pos < 4) {
                while (i + marker < end && body.charAt(i + marker) == c) {
                    marker++;
                }
            }
            if (fence != 0) {
                if (c == fence && marker >= fenceLength) {
                    fence = 0;
                }
            } else if (marker >= 3) {
                fence = c;
                fenceLength = marker;
                run = 0;
                references = 0;
                rows = 0;
                ampersands = 0;
            } else if (i == end || isBlank(body, i, end)) {
                run = 0;
                references = 0;
                rows = 0;
                ampersands = 0;
            } else {
                if (amp >= 0 && amp < pos) {
                    amp = body.indexOf('&', pos); // moves forward only: one pass over the text in all
                }
                for (; amp >= 0 && amp < end; amp = body.indexOf('&', amp + 1)) {
                    int k = amp;
                    if (++ampersands > MAX_ENTITIES) {
                        if (chars == null) {
                            chars = body.toCharArray();
                        }
                        chars[k] = ' ';
                        hidden++;
                    }
                }
                run++;
                references = c == '[' && i - pos < 4 && hasLabelEnd(body, i, end) ? references + 1 : 0;
                rows = c == '|' ? rows + 1 : 0;
                if (run > MAX_LINES || references > MAX_REFERENCES || rows > MAX_TABLE_LINES) {
                    if (chars == null) {
                        chars = body.toCharArray();
                    }
                    for (int k = pos; k < end; k++) {
                        if (chars[k] != '\r') {
                            chars[k] = ' ';
                        }
                    }
                    blanked++;
                    run = 0;
                    references = 0;
                    rows = 0;
                    ampersands = 0;
                }
            }
            pos = end + 1;
        }
        return new Result(chars == null ? body : new String(chars), blanked, hidden);
    }

    /**
     * {@code true} when no run can pass a limit: too few {@code "]:"} for a run of definitions, too few ampersands
     * for a block of references, too few {@code |} for a run of table rows, and too short a text for a run of
     * {@link #MAX_LINES} non-blank lines (each needs a character and a line break). Necessary conditions only,
     * counted with {@code String.indexOf}, which the JVM vectorises.
     */
    private static boolean cannotHoldALongRun(String body) {
        return fewer(body, "]:", MAX_REFERENCES + 1)
                && fewer(body, '&', MAX_ENTITIES + 1)
                && fewer(body, '|', MAX_TABLE_LINES + 1)
                && (body.length() <= 2 * MAX_LINES || fewer(body, '\n', MAX_LINES + 1));
    }

    /** Whether {@code text} holds fewer than {@code n} occurrences of {@code s}. */
    private static boolean fewer(String text, String s, int n) {
        int count = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length())) {
            if (++count >= n) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text} holds fewer than {@code n} occurrences of {@code c}. */
    private static boolean fewer(String text, char c, int n) {
        int count = 0;
        for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
            if (++count >= n) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code "]:"} occurs in {@code text[from..to)}: the shape of a link reference definition. */
    private static boolean hasLabelEnd(String text, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (text.charAt(k) == ']' && text.charAt(k + 1) == ':') {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch != ' ' && ch != '\t') {
                return false;
            }
        }
        return true;
    }
}
