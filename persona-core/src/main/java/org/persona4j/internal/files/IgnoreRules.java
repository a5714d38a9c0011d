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

    /**
     * The most patterns one chain holds, every ignore file of a tree and the configuration's together; the patterns
     * past it are not used (the walk reports it), which can only leave more files to check.
     */
    public static final int MAX_RULES = 1_000;

    /** One pattern and the directory it is relative to ({@code /}-separated, absolute). */
    private record Rule(String base, Glob glob, boolean negated, boolean directoryOnly) {}

    /**
     * How many glob alternatives a walk may try against paths in all, shared by its chains: past it, no pattern
     * decides any more, so files are checked rather than left out.
     */
    public static final class Budget {
        /** What one walk may spend: a thousand plain patterns over four thousand paths, about a second of matching. */
        public static final long DEFAULT = 4_000_000L;

        private long left;

        public Budget(long units) {
            this.left = units;
        }

        /** {@return whether it ran out} */
        public boolean exhausted() {
            return left <= 0;
        }

        boolean spend(int units) {
            left -= units;
            return left >= 0;
        }
    }

    private final IgnoreRules parent;
    private final Rule[] rules;
    private final int total;
    private final boolean truncated;

    private IgnoreRules(IgnoreRules parent, Rule[] rules, boolean truncated) {
        this.parent = parent;
        this.rules = rules;
        this.total = (parent == null ? 0 : parent.total) + rules.length;
        this.truncated = truncated || (parent != null && parent.truncated);
    }

    private static final IgnoreRules NONE = new IgnoreRules(null, new Rule[0], false);

    /** No patterns. */
    public static IgnoreRules none() {
        return NONE;
    }

    /**
     * These rules followed by the lines of an ignore file whose directory is {@code base} ({@code /}-separated). The
     * new rules are kept apart and point at these, so a tree of nested ignore files shares its ancestors' rules rather
     * than copying them for every folder.
     */
    public IgnoreRules with(String base, List<String> lines) {
        List<Rule> more = new ArrayList<>();
        boolean cut = false;
        for (String line : lines) {
            String p = stripTrailingSpaces(line);
            if (p.isEmpty() || p.startsWith("#")) {
                continue;
            }
            if (total + more.size() >= MAX_RULES) {
                cut = true;
                break;
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
        if (more.isEmpty() && !cut) {
            return this;
        }
        return new IgnoreRules(this, more.toArray(new Rule[0]), cut);
    }

    /** {@code true} when there are no patterns. */
    public boolean isEmpty() {
        return total == 0;
    }

    /** {@return whether patterns were left out because the chain reached {@link #MAX_RULES}} */
    public boolean truncated() {
        return truncated;
    }

    /**
     * What the patterns say of a path (whose folders are checked by the walk as it enters them): 1 ignored, 0
     * re-included by a {@code !} pattern, -1 no pattern matches.
     *
     * @param path      {@code /}-separated, in the same terms as the bases
     * @param directory whether the path is a directory
     */
    public int decide(String path, boolean directory) {
        return decide(path, directory, new Budget(Long.MAX_VALUE));
    }

    /**
     * {@link #decide(String, boolean)} spending from a walk's budget: the last matching pattern wins, so patterns are
     * tried from the last back and the first match decides; when the budget runs out, -1.
     *
     * @param path      {@code /}-separated, in the same terms as the bases
     * @param directory whether the path is a directory
     * @param budget    what the walk has left to spend
     */
    public int decide(String path, boolean directory, Budget budget) {
        for (IgnoreRules chain = this; chain != null; chain = chain.parent) {
            for (int i = chain.rules.length - 1; i >= 0; i--) {
                Rule r = chain.rules[i];
                if (r.directoryOnly() && !directory) {
                    continue;
                }
                String rel;
                if (r.base().isEmpty()) {
                    rel = path;
                } else if (path.startsWith(r.base())
                        && path.length() > r.base().length()
                        && path.charAt(r.base().length()) == '/') {
                    rel = path.substring(r.base().length() + 1);
                } else {
                    continue;
                }
                if (!budget.spend(Math.max(1, r.glob().size()))) {
                    return -1;
                }
                if (r.glob().matches(rel)) {
                    return r.negated() ? 0 : 1;
                }
            }
        }
        return -1;
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
