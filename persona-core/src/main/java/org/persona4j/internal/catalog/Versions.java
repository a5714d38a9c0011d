package org.persona4j.internal.catalog;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders version strings, a total order: no version lowest, then every version that is not Semantic Versioning (as
 * text), then Semantic Versions by precedence (numbers of any length compared as numbers, pre-releases below their
 * release), equal precedence broken by the text.
 */
public final class Versions {

    private static final Pattern SEMVER =
            Pattern.compile("v?(\\d{1,400})(?:\\.(\\d{1,400}))?(?:\\.(\\d{1,400}))?(?:-([0-9A-Za-z.-]{1,400}))?"
                    + "(?:\\+[0-9A-Za-z.-]{0,400})?");

    /** Lowest first; {@code null} (no version) is lowest of all. */
    public static final Comparator<String> ORDER = Versions::compare;

    private Versions() {}

    static int compare(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        Matcher x = SEMVER.matcher(a.strip());
        Matcher y = SEMVER.matcher(b.strip());
        boolean sx = x.matches();
        boolean sy = y.matches();
        if (sx != sy) {
            return sx ? 1 : -1;
        }
        if (!sx) {
            return a.compareTo(b);
        }
        for (int g = 1; g <= 3; g++) {
            int c = compareDigits(x.group(g) == null ? "0" : x.group(g), y.group(g) == null ? "0" : y.group(g));
            if (c != 0) {
                return c;
            }
        }
        String px = x.group(4);
        String py = y.group(4);
        int c = px == null || py == null ? (px == null ? (py == null ? 0 : 1) : -1) : comparePre(px, py);
        // Equal precedence ("1.0.0+a", "v1.0.0"): the text decides, so that the order is total and deterministic.
        return c != 0 ? c : a.compareTo(b);
    }

    /** Compares two runs of digits as the numbers they write, however long: no overflow, no rounding. */
    static int compareDigits(String a, String b) {
        String x = stripZeros(a);
        String y = stripZeros(b);
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }

    private static String stripZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int comparePre(String a, String b) {
        String[] x = a.split("\\.", -1);
        String[] y = b.split("\\.", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            boolean nx = isDigits(x[i]);
            boolean ny = isDigits(y[i]);
            int c = nx && ny ? compareDigits(x[i], y[i]) : nx ? -1 : ny ? 1 : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
