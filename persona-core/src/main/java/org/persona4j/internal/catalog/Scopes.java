package org.persona4j.internal.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.persona4j.PersonaMetadata;
import org.persona4j.catalog.Applicability;
import org.persona4j.catalog.Applicability.Kind;
import org.persona4j.catalog.AppliesTo;
import org.persona4j.dialect.DialectSpec;
import org.persona4j.dialect.Scope;
import org.persona4j.dialect.ScopeKind;

/**
 * Decides whether a persona applies to a file the way its dialect's tool does, from its table's {@link Scope}: a
 * folder-scoped file (AGENTS.md) covers its folder and everything below; file patterns match paths relative to the
 * folder above their anchor ({@code .github}, {@code .claude}, {@code .cursor}), or the root; an always key, a rule
 * without patterns where the tool loads those at start, and a scope word apply everywhere.
 */
public final class Scopes {

    private Scopes() {}

    public static Optional<Applicability> applies(String id, PersonaMetadata m, Path file) {
        String path = normal(file.toString());
        DialectSpec spec = m.dialect().spec();
        Scope scope = spec.scope();
        String folder = withoutAnchor(folderOf(id), scope);
        switch (scope.kind()) {
            case DIRECTORY -> {
                if (!within(path, folder)) {
                    return Optional.empty();
                }
                return Optional.of(new Applicability(
                        Kind.FOLDER,
                        depth(folder),
                        spec.displayName() + " in " + (folder.isEmpty() ? "the root" : folder + "/")
                                + " covers everything below it; the nearest such file takes precedence"));
            }
            case REPOSITORY -> {
                String base = base(id, scope);
                return within(path, base)
                        ? Optional.of(new Applicability(
                                Kind.REPOSITORY, depth(base), spec.displayName() + " applies to every file"))
                        : Optional.empty();
            }
            default -> {
                return patterns(id, m, spec, scope, path);
            }
        }
    }

    private static Optional<Applicability> patterns(
            String id, PersonaMetadata m, DialectSpec spec, Scope scope, String path) {
        String base = base(id, scope);
        if (!within(path, base)) {
            return Optional.empty();
        }
        int depth = depth(base);
        if (m.alwaysApply().orElse(false)) {
            return Optional.of(
                    new Applicability(Kind.ALWAYS, depth, "always applies: " + scope.alwaysKey() + ": true"));
        }
        List<String> patterns = m.filePatterns();
        if (patterns.isEmpty()) {
            return scope.kind() == ScopeKind.PATTERNS && scope.withoutPatterns()
                    ? Optional.of(new Applicability(
                            Kind.ALWAYS,
                            depth,
                            "a " + spec.displayName() + " without '" + scope.patternsKey() + "' applies to every file"))
                    : Optional.empty();
        }
        AppliesTo patternsOf = AppliesTo.of(patterns, scope);
        String relative = base.isEmpty() ? path : path.substring(base.length() + 1);
        AppliesTo.Explanation matched = patternsOf.explain(Path.of(relative.isEmpty() ? "." : relative));
        if (matched.matched()) {
            return Optional.of(new Applicability(Kind.PATTERN, depth, matched.reason()));
        }
        List<String> words = new ArrayList<>(patternsOf.scopes());
        if (!words.isEmpty()) {
            return Optional.of(new Applicability(
                    Kind.ALWAYS,
                    depth,
                    "'" + String.join("', '", words) + "' names an audience, not files, and means every file"));
        }
        return Optional.empty();
    }

    /** The folder above the first of the scope's anchors in the id's path ({@code web} for {@code web/.github/…}). */
    private static String base(String id, Scope scope) {
        String p = "/" + normal(id);
        for (String anchor : scope.anchors()) {
            int at = p.indexOf("/" + anchor + "/");
            if (at >= 0) {
                return at == 0 ? "" : p.substring(1, at);
            }
        }
        return "";
    }

    /** The folder a directory-scoped file speaks for: the one above an anchor it sits in ({@code .claude}). */
    private static String withoutAnchor(String folder, Scope scope) {
        for (String anchor : scope.anchors()) {
            if (folder.equals(anchor)) {
                return "";
            }
            if (folder.endsWith("/" + anchor)) {
                return folder.substring(0, folder.length() - anchor.length() - 1);
            }
        }
        return folder;
    }

    /** The folder of a path id ({@code services/api} for {@code services/api/AGENTS}); empty at the root. */
    private static String folderOf(String id) {
        String p = normal(id);
        int slash = p.lastIndexOf('/');
        return slash < 0 ? "" : p.substring(0, slash);
    }

    private static boolean within(String path, String folder) {
        return folder.isEmpty() || path.startsWith(folder + "/");
    }

    private static int depth(String folder) {
        return folder.isEmpty() ? 0 : (int) folder.chars().filter(c -> c == '/').count() + 1;
    }

    private static String normal(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return p;
    }
}
