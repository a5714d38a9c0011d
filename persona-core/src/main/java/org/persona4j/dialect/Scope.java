package org.persona4j.dialect;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which files a persona of a dialect applies to, and how its keys say so.
 *
 * @param kind                 what decides it
 * @param patternsKey          the key holding file patterns, for {@link ScopeKind#PATTERNS} (empty otherwise)
 * @param alwaysKey            a boolean key that, when {@code true}, applies the persona to every file
 *                             (Cursor's {@code alwaysApply}); empty when the dialect has none
 * @param withoutPatterns      whether a persona with no patterns (and no always key set) applies to every file
 *                             ({@code true} for Claude rules, which then load at start) or to none ({@code false}: a
 *                             Copilot instructions file without {@code applyTo} is attached by hand only)
 * @param anchors              folders whose parent is the base the patterns are relative to, such as {@code .github};
 *                             a file outside them has the catalog's root as its base; for
 *                             {@link ScopeKind#DIRECTORY}, folders that speak for their parent ({@code .claude/CLAUDE.md}
 *                             covers the folder above {@code .claude})
 * @param scopeWords           words the patterns key may hold instead of globs, each meaning every file (AI-LEY's
 *                             {@code applyTo: general}); the ones seen in the vendor's files
 * @param bareWordsAreScopes   whether any value without glob characters, dots or slashes is such a word too
 */
public record Scope(
        ScopeKind kind,
        String patternsKey,
        String alwaysKey,
        boolean withoutPatterns,
        List<String> anchors,
        List<String> scopeWords,
        boolean bareWordsAreScopes) {

    /** Nothing about files. */
    public static final Scope NONE = new Scope(ScopeKind.NONE, "", "", false, List.of(), List.of(), false);

    /**
     * Checks the components and keeps unmodifiable copies of the lists.
     *
     * @param kind               what decides it
     * @param patternsKey        the key holding file patterns
     * @param alwaysKey          a boolean key applying the persona to every file
     * @param withoutPatterns    whether a persona with no patterns applies to every file
     * @param anchors            folders whose parent is the base of the patterns
     * @param scopeWords         words meaning every file
     * @param bareWordsAreScopes whether any bare word means every file
     */
    public Scope {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(patternsKey, "patternsKey");
        Objects.requireNonNull(alwaysKey, "alwaysKey");
        anchors = List.copyOf(anchors);
        scopeWords = List.copyOf(scopeWords);
        if (kind == ScopeKind.PATTERNS && patternsKey.isEmpty()) {
            throw new IllegalArgumentException("a PATTERNS scope names its patterns key");
        }
    }

    /**
     * {@return whether a value of the patterns key is a scope word rather than a glob: one of {@link #scopeWords()},
     * or, when {@link #bareWordsAreScopes()}, any value of lower-case letters, digits, hyphens and underscores only
     * that is not the name of a well-known file without a dot ({@code Makefile}, {@code makefile}, {@code LICENSE})}
     *
     * @param value one pattern as written
     */
    public boolean isScopeWord(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (scopeWords.contains(v)) {
            return true;
        }
        if (!bareWordsAreScopes || v.isEmpty() || FILE_NAMES.contains(v)) {
            return false;
        }
        // Only lower-case words: Makefile, Dockerfile and LICENSE are files; general and business are audiences.
        return value.strip()
                .chars()
                .allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_');
    }

    /** Files without a dot in their names, which a bare word in a patterns key names rather than an audience. */
    private static final java.util.Set<String> FILE_NAMES = java.util.Set.of(
            "makefile",
            "gnumakefile",
            "dockerfile",
            "containerfile",
            "jenkinsfile",
            "gemfile",
            "rakefile",
            "procfile",
            "vagrantfile",
            "brewfile",
            "podfile",
            "justfile",
            "license",
            "licence",
            "readme",
            "changelog",
            "codeowners",
            "notice",
            "authors");
}
