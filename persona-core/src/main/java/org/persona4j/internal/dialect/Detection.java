package org.persona4j.internal.dialect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.persona4j.Dialect;
import org.persona4j.dialect.FileRules;

/**
 * Tells a file's dialect from the tables: its name first (exact names and suffixes), then the folder it lies in,
 * then its keys (a file in or below a {@code commands} folder with a Claude command's keys, or whose body reads its
 * arguments, is one; a Claude subagent has {@code name} and {@code description} and no {@code title}; a Cursor rule
 * {@code globs} or {@code alwaysApply} and no {@code title}); AI-LEY otherwise.
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
        return detect(path, hasKey, () -> false);
    }

    /**
     * {@return the dialect of a file, also told by its body where its path and keys leave it open}
     *
     * @param path           the file's path or name, with {@code /} or {@code \} between folders
     * @param hasKey         whether the front matter has a key
     * @param takesArguments whether the body reads a command's arguments (see {@link #takesArguments}); asked only of
     *                       a file in or below a {@code commands} folder that its keys do not make a command
     */
    public static Dialect detect(String path, Predicate<String> hasKey, BooleanSupplier takesArguments) {
        return byPath(path)
                .orElseGet(() -> inCommandsFolder(path) && isCommand(hasKey, takesArguments)
                        ? Dialect.CLAUDE_COMMAND
                        : byKeys(hasKey));
    }

    /**
     * What marks a Claude Code command in a {@code commands} folder (the folder alone does not: a project's
     * documentation may have one), with no {@code title}, which an AI-LEY persona has: a command's keys, or a body that
     * reads the command's arguments. Command templates meant for several agents (github/spec-kit's) have only a
     * {@code description} and keys of their own, and a body with {@code $ARGUMENTS}.
     */
    private static boolean isCommand(Predicate<String> hasKey, BooleanSupplier takesArguments) {
        // Not 'description' alone: a documentation page in a project's commands folder may have one.
        return !hasKey.test("title")
                && (hasKey.test("argument-hint")
                        || hasKey.test("allowed-tools")
                        || hasKey.test("disable-model-invocation")
                        || takesArguments.getAsBoolean());
    }

    /**
     * {@return whether a body reads a command's arguments through Claude Code's {@code $ARGUMENTS} placeholder (also
     * {@code $ARGUMENTS[0]}, not a longer name such as {@code $ARGUMENTS_FILE})} Not {@code $1}: shell snippets have it.
     * A page that documents commands may write it too, so a repository's README in a commands folder is still no
     * command ({@code internal/NotPersonas}).
     *
     * @param body the text after the front matter
     */
    public static boolean takesArguments(CharSequence body) {
        String placeholder = "$ARGUMENTS";
        int last = body.length() - placeholder.length();
        for (int i = 0; i <= last; i++) {
            if (body.charAt(i) == '$' && placeholderAt(body, i, placeholder)) {
                return true;
            }
        }
        return false;
    }

    private static boolean placeholderAt(CharSequence body, int at, String placeholder) {
        for (int k = 1; k < placeholder.length(); k++) {
            if (body.charAt(at + k) != placeholder.charAt(k)) {
                return false;
            }
        }
        int after = at + placeholder.length();
        if (after == body.length()) {
            return true;
        }
        char c = body.charAt(after); // $ARGUMENTS[0] is the placeholder; $ARGUMENTS_FILE is another name
        return !(Character.isLetterOrDigit(c) || c == '_');
    }

    /** How many folders below a {@code commands} folder a command may lie (Claude Code's namespaces, plugin groups). */
    public static final int COMMAND_DEPTH = 8;

    /**
     * Whether a file lies in a folder named {@code commands} or at most {@value #COMMAND_DEPTH} folders below one, as
     * Claude Code reads {@code .claude/commands/frontend/component.md} as a command in the {@code frontend} namespace.
     */
    private static boolean inCommandsFolder(String path) {
        String p = path.indexOf('\\') >= 0 ? path.replace('\\', '/') : path;
        int slash = p.lastIndexOf('/');
        for (int up = 0; up <= COMMAND_DEPTH && slash >= 0; up++) {
            String folder = p.substring(0, slash);
            if (endsWithSegments(folder, "commands")) {
                return true;
            }
            slash = folder.lastIndexOf('/');
        }
        return false;
    }

    /**
     * {@return the dialect of a file whose path tells none, from its keys}
     *
     * @param hasKey whether the front matter has a key
     */
    public static Dialect byKeys(Predicate<String> hasKey) {
        if (hasKey.test("title")) {
            return Dialect.AI_LEY;
        }
        if (hasKey.test("name") && hasKey.test("description")) {
            return Dialect.CLAUDE_SUBAGENT;
        }
        // Keys only Cursor's rules have (Copilot says applyTo, Claude rules paths): a rule kept outside .cursor/rules,
        // as collections of rules keep them.
        return hasKey.test("globs") || hasKey.test("alwaysApply") ? Dialect.CURSOR_RULE : Dialect.AI_LEY;
    }

    /**
     * {@return the dialect a file's name or folder tells, without looking at its keys}
     *
     * @param path the file's path or name, with {@code /} or {@code \} between folders
     */
    public static Optional<Dialect> byPath(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        // What FileRules.matchesPath answers for each dialect in turn, the first in declaration order winning, from
        // tables built once: this runs for every file a catalog or lint reads.
        Dialect found = NAMES.get(name);
        String lower = name.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Dialect> e : SUFFIXES) {
            if (lower.endsWith(e.getKey()) && lower.length() > e.getKey().length()) {
                found = first(found, e.getValue());
            }
        }
        String p = path.indexOf('\\') >= 0 ? path.replace('\\', '/') : path;
        for (Map.Entry<String, Dialect> e : PATH_ENDS) {
            if (endsWithSegments(p, e.getKey())) {
                found = first(found, e.getValue());
            }
        }
        if (found != null) {
            return Optional.of(found);
        }
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            for (Map.Entry<String, Dialect> e : FOLDERS) {
                if (containsSegments(p, e.getKey())) {
                    return Optional.of(e.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * {@return whether a file lies directly in a folder whose path ends in these whole segments} As
     * {@code x/.github/workflows/a.md} lies in {@code .github/workflows}; {@code \\} counts as {@code /}.
     *
     * @param path   the file's path
     * @param folder the folder's last segments, with {@code /} between them
     */
    public static boolean inFolder(String path, String folder) {
        String p = path.indexOf('\\') >= 0 ? path.replace('\\', '/') : path;
        int slash = p.lastIndexOf('/');
        return slash >= 0 && endsWithSegments(p.substring(0, slash), folder);
    }

    /** Whether a path ends in these whole segments: {@code x/.github/a.md} ends in {@code .github/a.md}. */
    private static boolean endsWithSegments(String path, String end) {
        return path.endsWith(end)
                && (path.length() == end.length() || path.charAt(path.length() - end.length() - 1) == '/');
    }

    /** Whether whole segments of a path, before its file name, are this folder: {@code .claude/agents}. */
    private static boolean containsSegments(String path, String folder) {
        for (int at = path.lastIndexOf(folder); at >= 0; at = at == 0 ? -1 : path.lastIndexOf(folder, at - 1)) {
            int end = at + folder.length();
            if ((at == 0 || path.charAt(at - 1) == '/') && end < path.length() && path.charAt(end) == '/') {
                return true;
            }
        }
        return false;
    }

    private static Dialect first(Dialect a, Dialect b) {
        return a == null || b.ordinal() < a.ordinal() ? b : a;
    }

    /** Exact file names, each to the first dialect that has it. */
    private static final Map<String, Dialect> NAMES = new HashMap<>();
    /** Names that end a path with folders ({@code .github/copilot-instructions.md}). */
    private static final List<Map.Entry<String, Dialect>> PATH_ENDS = new ArrayList<>();
    /** File-name endings, lower case. */
    private static final List<Map.Entry<String, Dialect>> SUFFIXES = new ArrayList<>();
    /** Folders whose Markdown files are a dialect's, in declaration order. */
    private static final List<Map.Entry<String, Dialect>> FOLDERS = new ArrayList<>();

    static {
        for (Dialect d : Dialect.values()) {
            if (d == Dialect.AI_LEY) {
                continue;
            }
            FileRules files = DialectTables.of(d).files();
            for (String n : files.names()) {
                if (n.indexOf('/') >= 0) {
                    PATH_ENDS.add(Map.entry(n, d));
                } else {
                    NAMES.putIfAbsent(n, d);
                }
            }
            for (String suffix : files.suffixes()) {
                SUFFIXES.add(Map.entry(suffix.toLowerCase(Locale.ROOT), d));
            }
            for (String folder : files.folders()) {
                FOLDERS.add(Map.entry(folder, d));
            }
        }
    }
}
