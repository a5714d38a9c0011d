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
        return BOLD_LABEL.matcher(line).matches();
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
