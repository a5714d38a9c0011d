package org.persona4j.validation.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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

    private static final String DIRECTIVE = "persona-lint-disable";
    private static final String NEXT_LINE = "-next-line";

    private final Set<String> fileWide = new HashSet<>();
    private final Map<Integer, Set<String>> byLine = new HashMap<>();

    private Suppressions() {
    }

    /**
     * The suppressions a file's text declares. Read in one pass per line, without a regular expression: a file
     * controls this input, so its cost is linear in the text whatever it holds.
     */
    public static Suppressions of(String text) {
        Suppressions s = new Suppressions();
        int at = text.indexOf(DIRECTIVE);
        int line = 1;
        int counted = 0; // line breaks before this index are counted in line
        int lineEnd = -1;
        while (at >= 0) {
            for (int k = counted; k < at; k++) {
                if (text.charAt(k) == '\n') {
                    line++;
                }
            }
            counted = at;
            if (at > lineEnd) {
                lineEnd = text.indexOf('\n', at);
                lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            }
            int after = s.read(text, at, lineEnd, line);
            at = text.indexOf(DIRECTIVE, after);
        }
        return s;
    }

    /** Reads the directive at {@code at}, on line {@code line} ending at {@code to}; returns where reading stopped. */
    private int read(String text, int at, int to, int line) {
        int i = at + DIRECTIVE.length();
        boolean nextLine = text.startsWith(NEXT_LINE, i) && i + NEXT_LINE.length() <= to;
        if (nextLine) {
            i += NEXT_LINE.length();
        }
        if (i >= to || !isBlank(text.charAt(i))) {
            return Math.max(i, at + 1);
        }
        int codesFrom = i;
        while (i < to && !text.startsWith("-->", i) && isCodeChar(text.charAt(i))) {
            i++;
        }
        if (i == to || text.startsWith("-->", i)) {
            Set<String> codes = codes(text.substring(codesFrom, i));
            if (!codes.isEmpty()) {
                (nextLine ? byLine.computeIfAbsent(line + 1, k -> new HashSet<>()) : fileWide).addAll(codes);
            }
        }
        return Math.max(i, at + 1);
    }

    private static Set<String> codes(String list) {
        Set<String> codes = new HashSet<>();
        int i = 0;
        while (i < list.length()) {
            while (i < list.length() && (list.charAt(i) == ',' || isBlank(list.charAt(i)))) {
                i++;
            }
            int start = i;
            while (i < list.length() && list.charAt(i) != ',' && !isBlank(list.charAt(i))) {
                i++;
            }
            if (i > start) {
                codes.add(list.substring(start, i));
            }
        }
        return codes;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isCodeChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.'
                || c == ',' || c == '-' || isBlank(c);
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
