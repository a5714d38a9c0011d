package org.persona4j.markdown.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A block that looks like front matter but that no tool reads as one, because it does not open the file: the first
 * line that is not blank is {@code ---} after blank lines or indented, every line up to a closing {@code ---} or
 * {@code ...} is shaped like YAML (a {@code key:} line at the block's indentation, a {@code - } item, a comment, a
 * blank line, or a line indented further), and the first is a {@code key:} line. A line scanner like
 * {@link FrontMatterBlock}, not a YAML parser: it tells where such a block is and the names of its top-level keys,
 * which say what the file was meant to be; no value is read.
 *
 * @param line     the line its opening {@code ---} is on, from 1
 * @param indented whether the block is indented
 * @param keys     the names of its top-level keys, in order (at most {@value #MAX_KEYS}, each at most
 *                 {@value #MAX_KEY} characters)
 */
record MisplacedFrontMatter(int line, boolean indented, List<String> keys) {

    /** How far such a block is looked for: its opening and closing lines lie within the first 64 KiB. */
    static final int SCAN = 64 * 1024;

    /** The most key names kept. */
    static final int MAX_KEYS = 64;

    /** The longest key name: a longer one ends the block, as no front matter of any dialect has one. */
    static final int MAX_KEY = 64;

    /**
     * Finds the block where {@link FrontMatterBlock#find} found none.
     *
     * @param text the file's text, or a view of its UTF-8 bytes as {@link FrontMatterBlock#bytes} gives
     * @return the block, or {@code null} when the text has none
     */
    static MisplacedFrontMatter find(CharSequence text) {
        int limit = Math.min(text.length(), SCAN);
        int pos = 0;
        int line = 1;
        int end = lineEnd(text, pos, limit);
        while (end >= 0 && blank(text, pos, end)) { // leading blank lines
            pos = end + 1;
            line++;
            end = lineEnd(text, pos, limit);
        }
        if (end < 0) {
            return null;
        }
        int indent = indentation(text, pos, end);
        if ((line == 1 && indent == 0) || !FrontMatterBlock.isFence(text, pos + indent, end, false)) {
            return null;
        }
        List<String> keys = new ArrayList<>();
        boolean first = true;
        for (int at = end + 1; ; at = end + 1) {
            end = lineEnd(text, at, limit);
            if (end < 0) {
                return null; // not closed within the scan
            }
            int own = indentation(text, at, end);
            int from = at + own;
            if (own <= indent && FrontMatterBlock.isFence(text, from, end, true)) {
                return keys.isEmpty() ? null : new MisplacedFrontMatter(line, indent > 0, List.copyOf(keys));
            }
            String key = own == indent ? key(text, from, end) : null;
            if (first && key == null) {
                return null; // no 'key:' right after the opening line: a thematic break, not a front matter
            }
            first = false;
            if (key != null) {
                if (keys.size() < MAX_KEYS) {
                    keys.add(key);
                }
            } else if (!(own > indent || blank(text, from, end) || yamlLine(text, from, end))) {
                return null; // prose at the block's indentation: a page that starts with a rule, not a front matter
            }
        }
    }

    /**
     * The end of the line that starts at {@code from} (its {@code '\n'}, or the end of the text), or -1 when the line
     * reaches the scan's limit unended: a line cut by the limit is not judged.
     */
    private static int lineEnd(CharSequence text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (text.charAt(i) == '\n') {
                return i;
            }
        }
        return from < limit && limit == text.length() ? limit : -1;
    }

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

    /** Whether a line at the block's indentation is a YAML list item or comment (blank lines are checked apart). */
    private static boolean yamlLine(CharSequence text, int from, int to) {
        char c = text.charAt(from);
        return c == '#' || (c == '-' && (from + 1 == to || text.charAt(from + 1) == ' '));
    }

    /**
     * The key a {@code key: value} line names (a letter or {@code _}, then letters, digits, {@code _}, {@code -} and
     * {@code .}; at most {@value #MAX_KEY} characters), or {@code null} when the line is no such line.
     */
    private static String key(CharSequence text, int from, int to) {
        int i = from;
        while (i < to && i - from <= MAX_KEY) {
            char c = text.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
            if (!(letter || (i > from && ((c >= '0' && c <= '9') || c == '-' || c == '.')))) {
                break;
            }
            i++;
        }
        if (i == from || i - from > MAX_KEY || i >= to || text.charAt(i) != ':') {
            return null;
        }
        char after = i + 1 < to ? text.charAt(i + 1) : ' ';
        return after == ' ' || after == '\t' || after == '\r'
                ? text.subSequence(from, i).toString()
                : null;
    }
}
