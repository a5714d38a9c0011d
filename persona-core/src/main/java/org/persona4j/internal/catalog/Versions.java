package org.persona4j.internal.catalog;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Orders version strings: Semantic Versioning first (pre-releases below releases), then others as text. */
public final class Versions {

    private static final Pattern SEMVER = Pattern.compile(
            "v?(\\d{1,18})(?:\\.(\\d{1,18}))?(?:\\.(\\d{1,18}))?(?:-([0-9A-Za-z.-]+))?(?:\\+[0-9A-Za-z.-]+)?");

    /** Lowest first; {@code null} (no version) is lowest of all. */
    public static final Comparator<String> ORDER = Versions::compare;

    private Versions() {
    }

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
            int c = number(x.group(g)).compareTo(number(y.group(g)));
            if (c != 0) {
                return c;
            }
        }
        String px = x.group(4);
        String py = y.group(4);
        if (px == null || py == null) {
            return px == null ? (py == null ? 0 : 1) : -1;
        }
        return comparePre(px, py);
    }

    private static BigInteger number(String s) {
        return s == null ? BigInteger.ZERO : new BigInteger(s);
    }

    private static int comparePre(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            boolean nx = x[i].matches("\\d{1,18}");
            boolean ny = y[i].matches("\\d{1,18}");
            int c = nx && ny ? Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]))
                    : nx ? -1 : ny ? 1 : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
