package org.persona4j.markdown.internal;

import java.util.regex.Pattern;

/** The bold lead-ins personas use as keys and labels: {@code **Key**: value}, {@code **Title**}. */
final class Labels {

    /** {@code **Key**: value} or {@code **Key:** value}, at the start of an item or a line. */
    static final Pattern BOLD_KEY = Pattern.compile("(?s)^(?:\\*\\*|__)(.+?)(?:\\*\\*|__)[ \\t]*+:?[ \\t]*+(.*)$");
    /** A line that is only a bold label: {@code **Example 1: Title**} or {@code **Name**:}. */
    static final Pattern BOLD_LABEL = Pattern.compile("^(?:\\*\\*|__)([^*_\\n]++)(?:\\*\\*|__)[ \\t]*+:?[ \\t]*+$");

    private Labels() {
    }

    static boolean isLabel(String line) {
        return startsBold(line) && BOLD_LABEL.matcher(line).matches();
    }

    /** {@link #BOLD_KEY} matched against {@code s}, or {@code null} when it does not match. */
    static java.util.regex.Matcher boldKey(String s) {
        if (!startsBold(s)) {
            return null;
        }
        java.util.regex.Matcher m = BOLD_KEY.matcher(s);
        return m.matches() ? m : null;
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
        return s.length() >= 2 && ((s.charAt(0) == '*' && s.charAt(1) == '*') || (s.charAt(0) == '_'
                && s.charAt(1) == '_'));
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
