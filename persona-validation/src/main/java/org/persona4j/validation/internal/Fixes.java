package org.persona4j.validation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.persona4j.Diagnostic;
import org.persona4j.DiagnosticCodes;

/**
 * Mechanical fixes that cannot change what a persona means, as edits at the finding's place that leave every other
 * character as it is: a front-matter value holding {@code ': '} put in single quotes; comma-separated text turned
 * into a YAML list where the key takes a list; a control, bidirectional-control or zero-width character removed;
 * spaces and tabs that end a line removed where {@link TrailingWhitespace} found them meaningless.
 * A finding whose place does not hold what its rule describes (the file changed since) gets no edit.
 */
public final class Fixes {

    /** The codes a fix exists for. */
    public static final Set<String> FIXABLE = Set.of(
            DiagnosticCodes.UNQUOTED_COLON.code(),
            // Only where the finding's place holds 'key: a: b', which an AI-LEY persona's strict YAML refuses.
            DiagnosticCodes.FRONT_MATTER_SYNTAX.code(),
            "metadata.comma-list",
            "text.control-character",
            "text.bidi-control",
            "text.zero-width",
            TrailingWhitespace.CODE);

    /** The code whose fix is the whole front matter's ({@code LintFixes.lineSeparators}), not an edit at its place. */
    private static final String LINE_SEPARATOR = DiagnosticCodes.FRONT_MATTER_LINE_SEPARATOR.code();

    /** A replacement of the characters [start, end) of a text. */
    public record Edit(int start, int end, String replacement, Diagnostic finding) {}

    private Fixes() {}

    /**
     * {@return whether {@code persona lint --fix} fixes findings of this code}
     *
     * @param code a finding's code
     */
    public static boolean fixable(String code) {
        return FIXABLE.contains(code) || code.equals(LINE_SEPARATOR);
    }

    /**
     * {@return the findings a fix applies to at their place in the text} A finding whose edit overlaps another's is
     * among them: {@code persona lint --fix} makes it in a later pass. A {@code front-matter.line-separator} finding
     * always is.
     *
     * @param text     the text as linted
     * @param findings its findings
     */
    public static Set<Diagnostic> fixableFindings(String text, List<Diagnostic> findings) {
        Set<Diagnostic> out = new java.util.HashSet<>();
        boolean edits = false;
        for (Diagnostic d : findings) {
            if (d.code().equals(LINE_SEPARATOR)) {
                out.add(d);
            }
            edits |= FIXABLE.contains(d.code());
        }
        if (edits) { // a file without such a finding, most of them, is not scanned for its lines
            candidates(text, findings).forEach(e -> out.add(e.finding()));
        }
        return out;
    }

    /** The edits for a text's findings, in order, none overlapping another. */
    public static List<Edit> edits(String text, List<Diagnostic> findings) {
        List<Edit> edits = candidates(text, findings);
        edits.sort(Comparator.comparingInt(Edit::start));
        List<Edit> disjoint = new ArrayList<>();
        int end = -1;
        for (Edit e : edits) {
            if (e.start() >= end) {
                disjoint.add(e);
                end = Math.max(e.end(), e.start() + 1);
            }
        }
        return disjoint;
    }

    /** The edit of each finding that has one, in the findings' order. */
    private static List<Edit> candidates(String text, List<Diagnostic> findings) {
        int[] lineStarts = lineStarts(text);
        List<Edit> edits = new ArrayList<>();
        for (Diagnostic d : findings) {
            if (!FIXABLE.contains(d.code()) || d.line() < 1 || d.line() > lineStarts.length) {
                continue;
            }
            int lineStart = lineStarts[d.line() - 1];
            int lineEnd = lineEnd(text, lineStart);
            int at = offset(text, lineStart, lineEnd, d.column());
            Edit e = switch (d.code()) {
                case "text.control-character", "text.bidi-control", "text.zero-width" -> removal(text, at, lineEnd, d);
                case "metadata.comma-list" -> commaList(text, lineStart, lineEnd, d);
                case TrailingWhitespace.CODE -> trailing(text, at, lineEnd, d);
                default -> quoted(text, lineStart, at, lineEnd, d);
            };
            if (e != null) {
                edits.add(e);
            }
        }
        return edits;
    }

    /** The text with the edits made. */
    public static String apply(String text, List<Edit> edits) {
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Edit e : edits) {
            out.append(text, at, e.start()).append(e.replacement());
            at = e.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    private static Edit removal(String text, int at, int lineEnd, Diagnostic d) {
        if (at < 0 || at >= lineEnd) {
            return null;
        }
        int cp = text.codePointAt(at);
        int prev = at > 0 ? text.codePointBefore(at) : -1;
        int after = at + Character.charCount(cp);
        int next = after < text.length() ? text.codePointAt(after) : -1;
        // The character must be the kind the finding names, classified as the rule classifies it; a line break's
        // carriage return is never removed.
        HiddenCharacters.Kind kind = HiddenCharacters.classify(prev, cp, next, false);
        boolean named = cp != '\r' && kind != null && kind.code.equals(d.code());
        return named ? new Edit(at, after, "", d) : null;
    }

    /** The spaces and tabs from the finding's column to the end of the line, when that is all there is. */
    private static Edit trailing(String text, int at, int lineEnd, Diagnostic d) {
        if (at < 0 || at >= lineEnd || (at > 0 && isBlank(text.charAt(at - 1)))) {
            return null; // the finding points at the start of the run; anything else means the file changed
        }
        for (int i = at; i < lineEnd; i++) {
            if (!isBlank(text.charAt(i))) {
                return null;
            }
        }
        return new Edit(at, lineEnd, "", d);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /**
     * {@code key: a: b} → {@code key: 'a: b'}, the finding's column being where the value of a top-level key starts;
     * a finding anywhere else (a nested value, the middle of a value) gets no edit.
     */
    private static Edit quoted(String text, int lineStart, int at, int lineEnd, Diagnostic d) {
        if (at < 0 || at >= lineEnd || !isTopLevelKeyPrefix(text.substring(lineStart, at))) {
            return null;
        }
        String value = text.substring(at, lineEnd).stripTrailing();
        if (value.isEmpty()
                || !value.contains(": ")
                || "'\"[{|>&*!#".indexOf(value.charAt(0)) >= 0
                || value.contains(" #")
                || continues(text, lineEnd)) {
            return null; // a comment would become data, or a value running on to the next line would be cut
        }
        return new Edit(at, at + value.length(), "'" + value.replace("'", "''") + "'", d);
    }

    /** Whether a line's text before a value is a top-level key and its colon: {@code title: }. */
    private static boolean isTopLevelKeyPrefix(String prefix) {
        int colon = prefix.indexOf(':');
        if (colon <= 0 || !(Character.isLetter(prefix.charAt(0)) || prefix.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < colon; i++) {
            char c = prefix.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.')) {
                return false;
            }
        }
        return colon + 1 < prefix.length() && prefix.substring(colon + 1).isBlank();
    }

    /** {@code tools: Read, Grep} → {@code tools: [Read, Grep]}, each item quoted when YAML would misread it. */
    private static Edit commaList(String text, int lineStart, int lineEnd, Diagnostic d) {
        String line = text.substring(lineStart, lineEnd);
        int colon = line.indexOf(": ");
        if (colon <= 0 || line.startsWith(" ") || line.startsWith("-")) {
            return null;
        }
        int valueStart = colon + 2;
        while (valueStart < line.length() && line.charAt(valueStart) == ' ') {
            valueStart++;
        }
        String value = line.substring(valueStart).stripTrailing();
        if (value.length() >= 2
                && (value.charAt(0) == '\'' || value.charAt(0) == '"')
                && value.charAt(value.length() - 1) == value.charAt(0)
                && value.indexOf(value.charAt(0), 1) == value.length() - 1) {
            value = value.substring(1, value.length() - 1);
        }
        if (!value.contains(",")
                || "[{|>&*!#'\"".indexOf(value.isEmpty() ? '#' : value.charAt(0)) >= 0
                || value.contains(" #")
                || continues(text, lineEnd)) {
            return null;
        }
        List<String> items = new ArrayList<>();
        for (String item : value.split(",")) {
            if (!item.isBlank()) {
                items.add(
                        plain(item.strip()) ? item.strip() : "'" + item.strip().replace("'", "''") + "'");
            }
        }
        return new Edit(
                lineStart + valueStart,
                lineStart
                        + valueStart
                        + line.substring(valueStart).stripTrailing().length(),
                "[" + String.join(", ", items) + "]",
                d);
    }

    /** Whether the line after the one ending at {@code lineEnd} is indented: the value goes on there. */
    private static boolean continues(String text, int lineEnd) {
        int next = text.indexOf('\n', lineEnd);
        if (next < 0 || next + 1 >= text.length()) {
            return false;
        }
        char c = text.charAt(next + 1);
        return c == ' ' || c == '\t';
    }

    /**
     * The text with every line separator (U+2028), paragraph separator (U+2029) and next-line character (U+0085) of
     * its front matter made a line break, as YAML reads them: every key stays on the line YAML gives it, and now
     * editors show it there too. The front matter runs from an opening {@code ---} line to the closing one, lines
     * split as YAML splits them; a text without one is returned as it is.
     */
    public static String lineSeparatorsInFrontMatter(String text) {
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        if (!text.startsWith("---", start) || text.length() <= start + 3 || !isBreak(text.charAt(start + 3))) {
            return text;
        }
        int at = start + 4;
        while (at < text.length()) {
            int end = at;
            while (end < text.length() && !isBreak(text.charAt(end))) {
                end++;
            }
            String line = text.substring(at, end).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                StringBuilder out = new StringBuilder(text);
                for (int i = start; i < end; i++) {
                    char c = text.charAt(i);
                    if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                        out.setCharAt(i, '\n');
                    }
                }
                return out.toString();
            }
            at = end + 1;
        }
        return text;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    /** Whether an item can stand unquoted in a flow list: letters, digits and a few safe marks only. */
    private static boolean plain(String item) {
        for (int i = 0; i < item.length(); i++) {
            char c = item.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '/' || c == ' ')) {
                return false;
            }
        }
        return !item.isEmpty() && Character.isLetterOrDigit(item.charAt(0));
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(text.startsWith("\uFEFF") ? 1 : 0); // a byte-order mark is not in the first line's columns
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The end of a line, before its line break ({@code \n} or {@code \r\n}). */
    private static int lineEnd(String text, int lineStart) {
        int end = text.indexOf('\n', lineStart);
        end = end < 0 ? text.length() : end;
        return end > lineStart && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    /** The offset of a 1-based column counted in code points, or -1 past the line. */
    private static int offset(String text, int lineStart, int lineEnd, int column) {
        int i = lineStart;
        for (int c = 1; c < column; c++) {
            if (i >= lineEnd) {
                return -1;
            }
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }
}
