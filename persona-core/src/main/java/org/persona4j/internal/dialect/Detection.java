package org.persona4j.internal.dialect;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.persona4j.Dialect;
import org.persona4j.dialect.FileRules;

/**
 * Tells a file's dialect from the tables: its name first (exact names and suffixes), then the folder it lies in,
 * then its keys (a Claude subagent has {@code name} and {@code description} and no {@code title}); AI-LEY otherwise.
 */
public final class Detection {

    private Detection() {}

    /**
     * {@return the dialect of a file}
     *
     * @param path   the file's path or name, with {@code /} or {@code \} between folders
     * @param hasKey whether the front matter has a key
     */
    public static Dialect detect(String path, Predicate<String> hasKey) {
        return byPath(path)
                .orElse(
                        hasKey.test("name") && hasKey.test("description") && !hasKey.test("title")
                                ? Dialect.CLAUDE_SUBAGENT
                                : Dialect.AI_LEY);
    }

    /**
     * {@return the dialect a file's name or folder tells, without looking at its keys}
     *
     * @param path the file's path or name, with {@code /} or {@code \} between folders
     */
    public static Optional<Dialect> byPath(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        for (Dialect d : Dialect.values()) {
            if (d != Dialect.AI_LEY && d.spec().files().matchesName(name)) {
                return Optional.of(d);
            }
        }
        if (isMarkdown(name)) {
            for (Dialect d : Dialect.values()) {
                FileRules files = d.spec().files();
                if (!files.folders().isEmpty() && files.inFolder(path)) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isMarkdown(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".markdown");
    }
}
