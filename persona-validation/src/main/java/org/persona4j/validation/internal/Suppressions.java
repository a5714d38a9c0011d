package org.persona4j.validation.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.persona4j.Diagnostic;
import org.persona4j.Persona;
import org.persona4j.Severity;
import org.persona4j.SourceSpan;
import org.persona4j.internal.EditDistance;

/**
 * Inline directives written in a persona file (in an HTML comment, or after {@code #} in the front matter):
 * <ul>
 *   <li>{@code persona-lint-disable CODE[, CODE…]} turns the codes off from its line to a later
 *       {@code persona-lint-enable CODE…}; without a later enable, for the whole file;</li>
 *   <li>{@code persona-lint-enable CODE…} turns them on again;</li>
 *   <li>{@code persona-lint-disable-line CODE…} turns them off on its own line;</li>
 *   <li>{@code persona-lint-disable-next-line CODE…} turns them off on the line after it.</li>
 * </ul>
 * A directive is one only in an HTML comment outside code, or in a YAML comment of the front matter; in a code
 * example it is text. It must name its codes: none means nothing is turned off. A code that is no rule, a wildcard
 * such as {@code *} or {@code text.*} included, is reported with the closest one ({@link #UNKNOWN_CODE}) and turns
 * nothing off; a directive that turned nothing off is reported on request ({@link #UNUSED}). The text is read without
 * regular expressions, in time linear in its length.
 */
public final class Suppressions {

    /** A directive names a code that is no rule. */
    public static final String UNKNOWN_CODE = "lint.directive-unknown-code";
    /** A directive turned nothing off (reported when asked for). */
    public static final String UNUSED = "lint.directive-unused";

    private static final String PREFIX = "persona-lint-";

    enum Kind {
        DISABLE("disable"),
        ENABLE("enable"),
        DISABLE_LINE("disable-line"),
        DISABLE_NEXT_LINE("disable-next-line");

        final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    /** One directive: where it is, what it does, to which codes, and whether it turned anything off. */
    static final class Directive {
        final int line;
        final int column;
        final Kind kind;
        final Set<String> codes;
        boolean used;

        Directive(int line, int column, Kind kind, Set<String> codes) {
            this.line = line;
            this.column = column;
            this.kind = kind;
            this.codes = codes;
        }
    }

    /** Lines [from, to) where a code is off, and the directive that turned it off. */
    private record Range(int from, int to, Directive by) {}

    private final List<Directive> directives = new ArrayList<>();
    private final Map<String, List<Range>> ranges = new HashMap<>();

    private Suppressions() {}

    /** No directives: for a file whose directives are not read. */
    public static Suppressions none() {
        return new Suppressions();
    }

    /** The directives a file's text declares, read as if all of it were Markdown outside code. */
    public static Suppressions of(String text) {
        return of(text, null);
    }

    /**
     * The directives a file's text declares: in an HTML comment ({@code <!-- persona-lint-disable CODE -->}) outside
     * code, or in a YAML comment ({@code # persona-lint-disable CODE}) in the front matter. The same words in a code
     * block, a code span or running text are text, and do nothing.
     *
     * @param text    the file's text
     * @param persona the persona read from it, which tells where its code and its front matter are; {@code null}
     *                when it could not be read
     */
    public static Suppressions of(String text, Persona persona) {
        Suppressions s = new Suppressions();
        List<SourceSpan> code = persona == null ? List.of() : CodeAreas.of(persona);
        int frontMatterEnd = persona == null ? 0 : closingLine(text);
        int codeAt = 0;
        int at = text.indexOf(PREFIX);
        int line = 1;
        int column = 1; // the code-point column of index counted
        int counted = 0; // line breaks before this index are counted in line
        int lineStart = 0;
        while (at >= 0) {
            for (int k = counted; k < at; k++) {
                char c = text.charAt(k);
                if (c == '\n') {
                    line++;
                    lineStart = k + 1;
                    column = 1;
                } else if (!Character.isLowSurrogate(c)) {
                    column++;
                }
            }
            counted = at;
            int lineEnd = text.indexOf('\n', at);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            while (codeAt < code.size() && endsBefore(code.get(codeAt), line, column)) {
                codeAt++;
            }
            boolean inCode = codeAt < code.size() && contains(code.get(codeAt), line, column);
            boolean inFrontMatter = line < frontMatterEnd;
            boolean inComment = opens(text, lineStart, at, inFrontMatter ? "#" : "<!--");
            int after = inCode || !inComment ? at + PREFIX.length() : s.read(text, at, lineEnd, line, column);
            at = text.indexOf(PREFIX, after);
        }
        s.index();
        return s;
    }

    /** The line of the {@code ---} that closes the front matter the text opens with, or 0 when it opens none. */
    private static int closingLine(String text) {
        if (!(text.startsWith("---\n") || text.startsWith("---\r\n"))) {
            return 0;
        }
        int line = 2;
        for (int at = text.indexOf('\n') + 1; at > 0 && at < text.length(); line++) {
            int end = text.indexOf('\n', at);
            String l = text.substring(at, end < 0 ? text.length() : end).stripTrailing();
            if (l.equals("---") || l.equals("...")) {
                return line;
            }
            at = end < 0 ? -1 : end + 1;
        }
        return 0;
    }

    /** Whether the text just before {@code at}, blanks aside and on the same line, is the comment opener. */
    private static boolean opens(String text, int lineStart, int at, String opener) {
        int j = at;
        while (j > lineStart && isBlank(text.charAt(j - 1))) {
            j--;
        }
        return j - opener.length() >= lineStart && text.startsWith(opener, j - opener.length());
    }

    private static boolean endsBefore(SourceSpan span, int line, int column) {
        return span.endLine() < line || (span.endLine() == line && span.endColumn() <= column);
    }

    private static boolean contains(SourceSpan span, int line, int column) {
        boolean afterStart = span.startLine() < line || (span.startLine() == line && span.startColumn() <= column);
        return afterStart && !endsBefore(span, line, column);
    }

    /** Reads the directive at {@code at} on a line ending at {@code to}; returns where reading stopped. */
    private int read(String text, int at, int to, int line, int column) {
        int i = at + PREFIX.length();
        Kind kind = null;
        for (Kind k : new Kind[] {Kind.DISABLE_NEXT_LINE, Kind.DISABLE_LINE, Kind.DISABLE, Kind.ENABLE}) {
            if (text.startsWith(k.word, i) && i + k.word.length() <= to) {
                kind = k;
                i += k.word.length();
                break;
            }
        }
        if (kind == null || i >= to || !isBlank(text.charAt(i))) {
            return Math.max(i, at + 1);
        }
        // Every word up to the comment's end is a code, wildcards and misspellings too: what is no rule is reported,
        // rather than the directive passing unseen.
        int codesFrom = i;
        while (i < to && !text.startsWith("-->", i)) {
            i++;
        }
        Set<String> codes = codes(text.substring(codesFrom, i));
        if (!codes.isEmpty()) {
            directives.add(new Directive(line, column, kind, codes));
        }
        return Math.max(i, at + 1);
    }

    /** Turns the directives into line ranges per code. */
    private void index() {
        Map<String, Directive> open = new HashMap<>();
        for (Directive d : directives) {
            for (String code : d.codes) {
                switch (d.kind) {
                    case DISABLE -> open.putIfAbsent(code, d);
                    case ENABLE -> {
                        Directive from = open.remove(code);
                        if (from != null) {
                            add(code, new Range(from.line, d.line, from));
                            d.used = true; // an enable that closes a range does its job
                        }
                    }
                    case DISABLE_LINE -> add(code, new Range(d.line, d.line + 1, d));
                    case DISABLE_NEXT_LINE -> add(code, new Range(d.line + 1, d.line + 2, d));
                    default -> throw new IllegalStateException(d.kind.name());
                }
            }
        }
        // A disable never enabled again covers the whole file, as it always has.
        open.forEach((code, d) -> add(code, new Range(Integer.MIN_VALUE, Integer.MAX_VALUE, d)));
    }

    private void add(String code, Range r) {
        ranges.computeIfAbsent(code, k -> new ArrayList<>()).add(r);
    }

    /** The lines the directives are on. */
    public Set<Integer> lines() {
        Set<Integer> out = new java.util.TreeSet<>();
        directives.forEach(d -> out.add(d.line));
        return out;
    }

    /** Whether a directive turns this finding off; the directive is then marked as used. */
    public boolean suppresses(Diagnostic d) {
        for (Range r : ranges.getOrDefault(d.code(), List.of())) {
            if (d.line() >= r.from() && d.line() < r.to()) {
                r.by().used = true;
                return true;
            }
        }
        return false;
    }

    /**
     * What is wrong with the directives: codes that are no rule (with the closest one), and, when asked for,
     * directives that turned nothing off. Call after every finding of the file went through {@link #suppresses}.
     *
     * @param label  the file's label
     * @param known  every code a run can report
     * @param unused whether to report directives that turned nothing off
     */
    public List<Diagnostic> problems(String label, Collection<String> known, boolean unused) {
        List<Diagnostic> out = new ArrayList<>();
        for (Directive d : directives) {
            SourceSpan at = SourceSpan.at(d.line, d.column);
            boolean allUnknown = true;
            for (String code : d.codes) {
                if (known.contains(code)) {
                    allUnknown = false;
                } else {
                    out.add(new Diagnostic(
                            Severity.WARNING,
                            UNKNOWN_CODE,
                            "'" + Quote.shorten(code) + "' in this "
                                    + PREFIX + d.kind.word + " is not a rule" + suggestion(code, known)
                                    + "; persona lint --rules lists them",
                            label,
                            at));
                }
            }
            if (unused && !d.used && !allUnknown) {
                out.add(new Diagnostic(
                        Severity.WARNING,
                        UNUSED,
                        "this " + PREFIX + d.kind.word + " "
                                + String.join(
                                        ", ",
                                        d.codes.stream().map(Quote::shorten).toList()) + " turned nothing off; "
                                + "remove it",
                        label,
                        at));
            }
        }
        return out;
    }

    private static String suggestion(String code, Collection<String> known) {
        if (code.length() > 80) {
            return "";
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = EditDistance.between(code, k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, code.length() / 4) ? "; did you mean '" + best + "'?" : "";
    }

    private static Set<String> codes(String list) {
        Set<String> codes = new LinkedHashSet<>();
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

    /** {@code true} when the text from a comment's start is a directive. */
    static boolean isDirective(String fromCommentStart) {
        return fromCommentStart.startsWith("<!--")
                && fromCommentStart.substring(4).stripLeading().startsWith(PREFIX);
    }
}
