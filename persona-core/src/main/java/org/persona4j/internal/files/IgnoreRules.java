package org.persona4j.internal.files;

import java.util.ArrayList;
import java.util.List;
import org.persona4j.internal.catalog.Glob;

/**
 * Ignore patterns with {@code .gitignore} semantics, on the project's one glob ({@link Glob}): a pattern without a
 * slash matches a name at any depth below its base; one with a leading or inner slash is anchored to its base; a
 * trailing slash matches directories only; {@code !} re-includes; the last matching pattern wins; blank lines and
 * lines starting with {@code #} are ignored. An ignored directory is not entered, so nothing below it can be
 * re-included (as in git).
 */
public final class IgnoreRules {

    /** One pattern and the directory it is relative to ({@code /}-separated, absolute). */
    private record Rule(String base, Glob glob, boolean negated, boolean directoryOnly) {}

    private final List<Rule> rules;

    private IgnoreRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** No patterns. */
    public static IgnoreRules none() {
        return new IgnoreRules(List.of());
    }

    /** These rules followed by the lines of an ignore file whose directory is {@code base} ({@code /}-separated). */
    public IgnoreRules with(String base, List<String> lines) {
        List<Rule> more = new ArrayList<>(rules);
        for (String line : lines) {
            String p = stripTrailingSpaces(line);
            if (p.isEmpty() || p.startsWith("#")) {
                continue;
            }
            boolean negated = p.startsWith("!");
            if (negated) {
                p = p.substring(1);
            } else if (p.startsWith("\\#") || p.startsWith("\\!")) {
                p = p.substring(1);
            }
            boolean directoryOnly = p.endsWith("/");
            if (directoryOnly) {
                p = p.substring(0, p.length() - 1);
            }
            boolean anchored = p.contains("/");
            if (p.startsWith("/")) {
                p = p.substring(1);
            }
            if (p.isEmpty()) {
                continue;
            }
            // Anchored patterns match the whole path below the base; others a name at any depth.
            more.add(new Rule(base, anchored ? Glob.compileAnchored(p) : Glob.compile(p), negated, directoryOnly));
        }
        return new IgnoreRules(more);
    }

    /** {@code true} when there are no patterns. */
    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /**
     * What the patterns say of a path (whose folders are checked by the walk as it enters them): 1 ignored, 0
     * re-included by a {@code !} pattern, -1 no pattern matches.
     *
     * @param path      {@code /}-separated, in the same terms as the bases
     * @param directory whether the path is a directory
     */
    public int decide(String path, boolean directory) {
        int decision = -1;
        for (Rule r : rules) {
            if (r.directoryOnly() && !directory) {
                continue;
            }
            String rel;
            if (r.base().isEmpty()) {
                rel = path;
            } else if (path.startsWith(r.base() + "/")) {
                rel = path.substring(r.base().length() + 1);
            } else {
                continue;
            }
            if (r.glob().matches(rel)) {
                decision = r.negated() ? 0 : 1;
            }
        }
        return decision;
    }

    private static String stripTrailingSpaces(String line) {
        int end = line.length();
        while (end > 0
                && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t' || line.charAt(end - 1) == '\r')
                && !(end >= 2 && line.charAt(end - 2) == '\\')) {
            end--;
        }
        return line.substring(0, end);
    }
}
