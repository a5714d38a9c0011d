package org.persona4j.validation.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.persona4j.Diagnostic;

/**
 * Inline suppressions written in a persona file:
 * <ul>
 *   <li>{@code <!-- persona-lint-disable CODE[, CODE…] -->} (or {@code # persona-lint-disable CODE} in the front
 *       matter) turns the codes off for the whole file;</li>
 *   <li>{@code <!-- persona-lint-disable-next-line CODE -->} turns them off for the line after it.</li>
 * </ul>
 */
public final class Suppressions {

    private static final Pattern DIRECTIVE = Pattern.compile(
            "persona-lint-disable(-next-line)?[ \\t]++([A-Za-z0-9_.,\\- \\t]+?)[ \\t]*+(?:-->|$)");

    private final Set<String> fileWide = new HashSet<>();
    private final Map<Integer, Set<String>> byLine = new HashMap<>();

    private Suppressions() {
    }

    /** The suppressions a file's text declares. */
    public static Suppressions of(String text) {
        Suppressions s = new Suppressions();
        if (!text.contains("persona-lint-disable")) {
            return s;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].length() > 1000) {
                continue; // a directive is short; long lines are not worth a regex's time
            }
            Matcher m = DIRECTIVE.matcher(lines[i]);
            while (m.find()) {
                Set<String> codes = new HashSet<>();
                for (String c : m.group(2).split("[,\\s]+")) {
                    if (!c.isBlank()) {
                        codes.add(c.strip());
                    }
                }
                if (m.group(1) == null) {
                    s.fileWide.addAll(codes);
                } else {
                    s.byLine.computeIfAbsent(i + 2, k -> new HashSet<>()).addAll(codes);
                }
            }
        }
        return s;
    }

    /** {@code true} when the text from a comment's start is a suppression directive. */
    static boolean isDirective(String fromCommentStart) {
        return fromCommentStart.startsWith("<!--") && fromCommentStart.substring(4).stripLeading()
                .startsWith("persona-lint-disable");
    }

    public boolean suppresses(Diagnostic d) {
        return fileWide.contains(d.code()) || byLine.getOrDefault(d.line(), Set.of()).contains(d.code());
    }
}
