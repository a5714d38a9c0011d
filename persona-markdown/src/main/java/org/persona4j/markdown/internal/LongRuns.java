package org.persona4j.markdown.internal;

/**
 * Breaks up the runs of non-blank lines that flexmark-java parses in quadratic time, before it sees them: link
 * reference definitions in one block (2,000 take half a second, 8,000 nine seconds) and, far more mildly, long runs
 * of table-like lines. Measured against flexmark 0.64 (docs/SECURITY.md, "Ordinary large content"); ordinary
 * paragraphs of lines that start with a letter are linear and are left alone up to {@link #MAX_LINES}; lines that start
 * with anything else cost the length of their run each, bounded per run and over the whole body.
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
     * Lines led by a character other than a letter (a table row's {@code |}, {@code #}, {@code =}, {@code -},
     * {@code <}, a digit, …) in a run: for each one flexmark asks the block parsers whether it starts a block, and some
     * of them copy out every line of the paragraph so far to decide, so such lines cost the length of the run each.
     * This is that cost: the sum, over a run's marked lines, of the run's length at each, at most this much in one run
     * (about a 1,000-row table) before the marked line is blanked.
     */
    static final long MAX_RUN_WORK = 500_500; // 1,000 marked lines: 1 + 2 + … + 1,000
    /**
     * The same cost summed over the whole body (about sixteen 1,000-row tables, a third of a second); past it, each
     * run may cost only {@link #MAX_RUN_WORK_PAST_BUDGET}, so a megabyte of marked lines stays linear (a megabyte of
     * {@code =b} lines in runs of 5,000 took 39 s of CPU before this bound).
     */
    static final long WORK_BUDGET = 8_000_000;
    /** The cost one run may have once the body's budget is spent: about 32 marked lines in a row. */
    static final long MAX_RUN_WORK_PAST_BUDGET = 512;
    /** A table's rows in a row before one is blanked, while the budget lasts: what {@link #MAX_RUN_WORK} allows. */
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
        long runWork = 0;
        int para = 0;
        long work = 0;
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
                para = 0;
                references = 0;
                runWork = 0;
                ampersands = 0;
            } else if (i == end || isBlank(body, i, end)) {
                run = 0;
                para = 0;
                references = 0;
                runWork = 0;
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
                // A line that starts a block (a list item, a heading) begins a new paragraph; any other
                // line led by a mark costs the paragraph so far, which block parsers copy out to look at.
                // Block quote markers and indentation are skipped: inside a quote or a list item the same holds.
                // In a quote every line is asked about, whatever leads it (measured: a megabyte took minutes).
                int content = i;
                int quotes = 0;
                while (content < end
                        && (body.charAt(content) == ' '
                                || body.charAt(content) == '\t'
                                || body.charAt(content) == '>')) {
                    quotes += body.charAt(content) == '>' ? 1 : 0;
                    content++;
                }
                boolean marked = content < end && (quotes > 0 || !Character.isLetter(body.charAt(content)));
                para = content == end ? 0 : marked && startsBlock(body, content, end) ? 1 : para + 1;
                // Each level of quote asks again: a quoted line costs about as many times more (measured).
                long cost = marked && para > 1 ? (long) para * (1 + quotes) : 0;
                long cap = work < WORK_BUDGET ? MAX_RUN_WORK : MAX_RUN_WORK_PAST_BUDGET;
                if (run > MAX_LINES || references > MAX_REFERENCES || runWork + cost > cap) {
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
                    para = 0;
                    references = 0;
                    runWork = 0;
                    ampersands = 0;
                } else {
                    runWork += cost;
                    work += cost;
                }
            }
            pos = end + 1;
        }
        return new Result(chars == null ? body : new String(chars), blanked, hidden);
    }

    /**
     * {@code true} when no run can pass a limit: too few {@code "]:"} for a run of definitions, too few ampersands
     * for a block of references, and too few lines for a run to cost {@link #MAX_RUN_WORK} (1,000 lines or fewer
     * cost at most that however they are marked, and no body that short can spend the budget). Necessary
     * conditions only,
     * counted with {@code String.indexOf}, which the JVM vectorises.
     */
    private static boolean cannotHoldALongRun(String body) {
        return fewer(body, "]:", MAX_REFERENCES + 1)
                && fewer(body, '&', MAX_ENTITIES + 1)
                && (body.length() <= 2 * MAX_TABLE_LINES || fewer(body, '\n', MAX_TABLE_LINES));
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

    /**
     * Whether the line from {@code i} (its first character after at most three spaces) opens a block of its own that
     * ends the paragraph before it: a bullet or ordered list item or an ATX heading.
     */
    private static boolean startsBlock(String text, int i, int end) {
        char c = text.charAt(i);
        if (c == '-' || c == '*' || c == '+') {
            return i + 1 == end || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t';
        }
        int k = i;
        if (c == '#') {
            while (k < end && k - i < 7 && text.charAt(k) == '#') {
                k++;
            }
            return k - i <= 6 && (k == end || text.charAt(k) == ' ' || text.charAt(k) == '\t');
        }
        while (k < end && k - i < 10 && text.charAt(k) >= '0' && text.charAt(k) <= '9') {
            k++;
        }
        return k > i
                && k - i < 10
                && k < end
                && (text.charAt(k) == '.' || text.charAt(k) == ')')
                && (k + 1 == end || text.charAt(k + 1) == ' ' || text.charAt(k + 1) == '\t');
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
