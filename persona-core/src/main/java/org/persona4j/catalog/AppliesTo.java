package org.persona4j.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.persona4j.internal.catalog.Glob;

/**
 * The {@code applyTo} field read the way editors read it: file globs ({@code **}{@code /*.java}, {@code src/**},
 * {@code {a,b}}), several in one value separated by commas, or a YAML list; and words that name a scope rather than
 * files ({@code general}, {@code business}), which match no file. Immutable.
 */
public final class AppliesTo {

    /** The most pattern alternatives (after brace expansion) one persona's {@code applyTo} may hold. */
    public static final int MAX_ALTERNATIVES = 256;
    /** The most characters of patterns and scope words one persona's {@code applyTo} may hold. */
    public static final int MAX_CHARACTERS = 16 * 1024;

    private final List<Glob> globs;
    private final List<String> scopes;
    private final int dropped;

    private AppliesTo(List<Glob> globs, List<String> scopes, int dropped) {
        this.globs = globs;
        this.scopes = scopes;
        this.dropped = dropped;
    }

    /**
     * Reads the values of an {@code applyTo} field; each may hold several comma-separated patterns. The whole is
     * bounded, whatever the input: patterns past {@link #MAX_ALTERNATIVES} alternatives or {@link #MAX_CHARACTERS}
     * characters in all are left out and counted in {@link #dropped()}, so matching a path costs a bounded amount of
     * work.
     *
     * @param values the field's values, one per YAML list entry
     * @return the patterns, with what was left out
     */
    public static AppliesTo of(List<String> values) {
        return of(values, AppliesTo::isScopeWord);
    }

    /**
     * Reads file patterns as a dialect's table says: its scope words ({@code general} in AI-LEY's {@code applyTo})
     * are kept apart, and every other value is a glob, {@code Makefile} included.
     *
     * @param values the key's values
     * @param scope  the dialect's scope, which tells its words
     * @return the patterns, with what was left out
     */
    public static AppliesTo of(List<String> values, org.persona4j.dialect.Scope scope) {
        return of(values, scope::isScopeWord);
    }

    private static AppliesTo of(List<String> values, java.util.function.Predicate<String> isWord) {
        List<Glob> globs = new ArrayList<>();
        List<String> scopes = new ArrayList<>();
        int alternatives = 0;
        long characters = 0;
        int dropped = 0;
        for (String value : values) {
            for (String part : splitOutsideBraces(value)) {
                String p = part.strip();
                if (p.isEmpty()) {
                    continue;
                }
                characters += p.length();
                Glob glob = !isWord.test(p) && characters <= MAX_CHARACTERS ? Glob.compile(p) : null;
                if (characters > MAX_CHARACTERS || (glob != null && alternatives + glob.size() > MAX_ALTERNATIVES)) {
                    dropped++;
                } else if (glob != null) {
                    globs.add(glob);
                    alternatives += glob.size();
                } else {
                    scopes.add(p);
                }
            }
        }
        return new AppliesTo(List.copyOf(globs), List.copyOf(scopes), dropped);
    }

    /** {@return how many patterns were left out because the field exceeded the bounds of {@link #of}; 0 normally} */
    public int dropped() {
        return dropped;
    }

    /** {@return the file patterns, as written} */
    public List<String> patterns() {
        return globs.stream().map(Glob::pattern).toList();
    }

    /** {@return the scope words ({@code general}…), which match no file pattern; a dialect may read them as every file} */
    public List<String> scopes() {
        return scopes;
    }

    /**
     * {@return {@code true} when some pattern matches the path (relative, with either separator)}
     *
     * @param path a path relative to the project, such as {@code src/Main.java}
     */
    public boolean matches(Path path) {
        return explain(path).matched();
    }

    /**
     * {@return why the path matches or not: the first matching pattern, or every pattern and scope word that was tried}
     *
     * @param path a path relative to the project, such as {@code src/Main.java}
     */
    public Explanation explain(Path path) {
        Objects.requireNonNull(path, "path");
        String p = path.toString().replace('\\', '/');
        for (Glob g : globs) {
            if (g.matches(p)) {
                return new Explanation(true, "'" + g.pattern() + "' matches " + p);
            }
        }
        if (globs.isEmpty() && scopes.isEmpty()) {
            return new Explanation(false, "no applyTo patterns");
        }
        StringBuilder why = new StringBuilder("nothing matches " + p + ":");
        for (Glob g : globs) {
            why.append(" '").append(g.pattern()).append("' does not;");
        }
        for (String s : scopes) {
            why.append(" '").append(s).append("' is a scope word, not a file pattern;");
        }
        return new Explanation(false, why.substring(0, why.length() - 1));
    }

    /**
     * Whether a path matched, and why.
     *
     * @param matched whether some pattern matched
     * @param reason  the matching pattern, or what was tried
     */
    public record Explanation(boolean matched, String reason) {}

    /** Words such as {@code general} are scopes; anything with a glob character, a slash or a dot is a pattern. */
    private static boolean isScopeWord(String p) {
        for (int i = 0; i < p.length(); i++) {
            if ("*?[{/.".indexOf(p.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static List<String> splitOutsideBraces(String value) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < value.length() && out.size() <= MAX_ALTERNATIVES + 1; i++) {
            char c = value.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if ((c == ',' || c == ';') && depth == 0) {
                out.add(value.substring(start, i));
                start = i + 1;
            }
        }
        out.add(value.substring(start));
        return out;
    }
}
