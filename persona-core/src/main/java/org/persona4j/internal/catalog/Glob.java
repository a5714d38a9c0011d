package org.persona4j.internal.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * Glob patterns as editors use them for {@code applyTo}: {@code *} within a path segment, {@code **} across
 * segments ({@code **}{@code /} also matching nothing), {@code ?}, {@code [abc]}, {@code {a,b}}. A pattern without
 * a {@code /} matches the file name in any folder. Matching is a dynamic program over pattern and path, so it takes
 * at most length × length steps whatever the pattern: no regular expression, no backtracking.
 */
public final class Glob {

    /** Longest pattern accepted; longer ones never match. */
    public static final int MAX_LENGTH = 512;
    /** Most alternatives a pattern's braces may expand to. */
    public static final int MAX_EXPANSIONS = 64;

    private final String pattern;
    private final List<String> alternatives;
    private final boolean anyFolder;

    private Glob(String pattern, List<String> alternatives, boolean anyFolder) {
        this.pattern = pattern;
        this.alternatives = alternatives;
        this.anyFolder = anyFolder;
    }

    /** Compiles a pattern; a pattern that is too long or expands too far compiles to one that matches nothing. */
    public static Glob compile(String pattern) {
        return compile(pattern, false);
    }

    /** Like {@link #compile}, but a pattern without a {@code /} matches the whole path, not a name in any folder. */
    public static Glob compileAnchored(String pattern) {
        return compile(pattern, true);
    }

    private static Glob compile(String pattern, boolean anchored) {
        String p = pattern.strip().replace('\\', '/');
        if (p.startsWith("./")) {
            p = p.substring(2);
        }
        if (p.length() > MAX_LENGTH) {
            return new Glob(pattern, List.of(), false);
        }
        List<String> alts = new ArrayList<>();
        expand(p, alts);
        boolean anyFolder = !anchored && !p.contains("/");
        return new Glob(pattern, alts.size() > MAX_EXPANSIONS ? List.of() : List.copyOf(alts), anyFolder);
    }

    public String pattern() {
        return pattern;
    }

    /** How many alternatives the braces expanded to (0 for a pattern too long or too wide, which matches nothing). */
    public int size() {
        return alternatives.size();
    }

    /** {@code true} when the path (with {@code /} separators, relative) matches. */
    public boolean matches(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        if (p.startsWith("/")) {
            p = p.substring(1);
        }
        String name = p.substring(p.lastIndexOf('/') + 1);
        for (String alt : alternatives) {
            if (match(alt, p) || (anyFolder && match(alt, name))) {
                return true;
            }
        }
        return false;
    }

    /** Expands {@code {a,b}} alternatives (nested allowed), stopping once there are too many. */
    private static void expand(String p, List<String> out) {
        if (out.size() > MAX_EXPANSIONS) {
            return;
        }
        int open = p.indexOf('{');
        if (open < 0) {
            out.add(p);
            return;
        }
        int depth = 0;
        int close = -1;
        List<Integer> commas = new ArrayList<>();
        for (int i = open; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    close = i;
                    break;
                }
            } else if (c == ',' && depth == 1) {
                commas.add(i);
            }
        }
        if (close < 0) {
            out.add(p.replace("{", "\\{"));
            return;
        }
        String head = p.substring(0, open);
        String tail = p.substring(close + 1);
        int start = open + 1;
        commas.add(close);
        for (int comma : commas) {
            expand(head + p.substring(start, comma) + tail, out);
            start = comma + 1;
        }
    }

    /** Wildcard matching by dynamic programming; {@code **} crosses {@code /}, {@code *} and {@code ?} do not. */
    static boolean match(String pattern, String path) {
        int n = path.length();
        boolean[] prev = new boolean[n + 1];
        boolean[] cur = new boolean[n + 1];
        prev[0] = true;
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int step = 1;
            java.util.Arrays.fill(cur, false);
            if (c == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                step = 2;
                boolean slashAfter = i + 2 < pattern.length() && pattern.charAt(i + 2) == '/';
                boolean any = false;
                for (int j = 0; j <= n; j++) {
                    any |= prev[j];
                    cur[j] = any;
                }
                if (slashAfter) {
                    // "**/" also matches nothing at all: let the segment after it start where "**" started.
                    step = 3;
                    boolean[] next = new boolean[n + 1];
                    for (int j = 0; j <= n; j++) {
                        next[j] = prev[j] || (j > 0 && cur[j - 1] && path.charAt(j - 1) == '/');
                    }
                    cur = next;
                }
            } else if (c == '*') {
                boolean run = false;
                for (int j = 0; j <= n; j++) {
                    if (j > 0 && path.charAt(j - 1) == '/') {
                        run = false;
                    }
                    run |= prev[j];
                    cur[j] = run;
                }
            } else if (c == '[') {
                int end = pattern.indexOf(']', i + 2);
                if (end < 0) {
                    literal(prev, cur, path, c);
                } else {
                    String set = pattern.substring(i + 1, end);
                    for (int j = 1; j <= n; j++) {
                        cur[j] = prev[j - 1] && path.charAt(j - 1) != '/' && inSet(set, path.charAt(j - 1));
                    }
                    step = end - i + 1;
                }
            } else if (c == '?') {
                for (int j = 1; j <= n; j++) {
                    cur[j] = prev[j - 1] && path.charAt(j - 1) != '/';
                }
            } else {
                char lit = c == '\\' && i + 1 < pattern.length() ? pattern.charAt(++i) : c;
                literal(prev, cur, path, lit);
            }
            boolean[] t = prev;
            prev = cur;
            cur = t;
            i += step;
        }
        return prev[n];
    }

    private static void literal(boolean[] prev, boolean[] cur, String path, char c) {
        for (int j = 1; j <= path.length(); j++) {
            cur[j] = prev[j - 1] && Character.toLowerCase(path.charAt(j - 1)) == Character.toLowerCase(c);
        }
    }

    private static boolean inSet(String set, char c) {
        boolean negate = set.startsWith("!") || set.startsWith("^");
        String s = negate ? set.substring(1) : set;
        boolean found = false;
        for (int k = 0; k < s.length(); k++) {
            if (k + 2 < s.length() && s.charAt(k + 1) == '-') {
                found |= c >= s.charAt(k) && c <= s.charAt(k + 2);
                k += 2;
            } else {
                found |= c == s.charAt(k);
            }
        }
        return found != negate;
    }
}
