package org.persona4j;

/**
 * The one escaping of text that came from input before a terminal shows it: control characters (escape sequences,
 * carriage returns, backspaces), format characters that reorder or hide text (bidi controls, zero-width spaces,
 * tag characters) and line or paragraph separators become visible marks such as {@code <U+001B>}, so that no file
 * can change the terminal, hide part of a line or forge a report line. Tabs are kept, and so are the joiners that
 * emoji and some scripts need (U+200C, U+200D). JSON and SARIF output never goes through here: it stays exact.
 */
public final class TerminalText {

    private TerminalText() {}

    /**
     * {@return one line: every line break is escaped too, so a value from input can never start a line of its own}
     *
     * @param text text from input
     */
    public static String escape(CharSequence text) {
        return escape(text, false);
    }

    /**
     * {@return several lines: as {@link #escape}, but line feeds are kept (a carriage return is still escaped)}
     *
     * @param text text from input
     */
    public static String escapeLines(CharSequence text) {
        return escape(text, true);
    }

    /**
     * {@return {@code true} when {@link #escape} changes this code point}
     *
     * @param codePoint a Unicode code point
     */
    public static boolean needsEscape(int codePoint) {
        if (codePoint == '\t' || codePoint == 0x200C || codePoint == 0x200D) {
            return false;
        }
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE;
    }

    private static String escape(CharSequence text, boolean keepLineFeeds) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if ((c >= 0x20 && c < 0x7F) || (c == '\n' && keepLineFeeds)) {
                i++;
                continue;
            }
            int cp = Character.codePointAt(text, i);
            if (needsEscape(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        if (i == n) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder(n + 16).append(text, 0, i);
        while (i < n) {
            int cp = Character.codePointAt(text, i);
            if (needsEscape(cp) && !(cp == '\n' && keepLineFeeds)) {
                out.append("<U+")
                        .append(String.format(java.util.Locale.ROOT, "%04X", cp))
                        .append('>');
            } else {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
