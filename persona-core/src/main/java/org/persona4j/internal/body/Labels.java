package org.persona4j.internal.body;

import java.util.regex.Pattern;

/** The bold lead-ins personas use as keys and labels: {@code **Key**: value}, {@code **Title**}. */
final class Labels {

    /** A line that is only a bold label: {@code **Example 1: Title**} or {@code **Name**:}. */
    static final Pattern BOLD_LABEL = Pattern.compile("^(?:\\*\\*|__)([^*_\\n]++)(?:\\*\\*|__)[ \\t]*+:?[ \\t]*+$");

    private Labels() {}

    static boolean isLabel(String line) {
        return startsBold(line) && BOLD_LABEL.matcher(line).matches();
    }

    /** A bold key and the value after it. */
    record KeyValue(String key, String value) {}

    /**
     * {@code **Key**: value} or {@code **Key:** value} (or with {@code __}), at the start of an item or a line: the
     * key is everything up to the first closing marker, at least one character; then blanks, an optional colon and
     * blanks are skipped, and the rest is the value. {@code null} when {@code s} does not open that way. A loop, not
     * a regex: it runs for every item of every section.
     */
    static KeyValue boldKey(String s) {
        if (!startsBold(s)) {
            return null;
        }
        for (int k = 3; k + 1 < s.length(); k++) {
            char c = s.charAt(k);
            if ((c == '*' || c == '_') && s.charAt(k + 1) == c) {
                int v = skipBlanks(s, k + 2);
                if (v < s.length() && s.charAt(v) == ':') {
                    v = skipBlanks(s, v + 1);
                }
                return new KeyValue(s.substring(2, k), s.substring(v));
            }
        }
        return null;
    }

    private static int skipBlanks(String s, int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** {@link #BOLD_LABEL} matched against {@code s}, or {@code null} when it does not match. */
    static java.util.regex.Matcher boldLabel(String s) {
        if (!startsBold(s)) {
            return null;
        }
        java.util.regex.Matcher m = BOLD_LABEL.matcher(s);
        return m.matches() ? m : null;
    }

    /**
     * {@code true} when the text opens with {@code **} or {@code __}, which both patterns require: a cheap test
     * that spares the regex for the many items and lines that are not labels.
     */
    static boolean startsBold(String s) {
        return s.length() >= 2
                && ((s.charAt(0) == '*' && s.charAt(1) == '*') || (s.charAt(0) == '_' && s.charAt(1) == '_'));
    }

    /** A label's text without a trailing colon. */
    static String label(String s) {
        String t = s.strip();
        while (t.endsWith(":")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
