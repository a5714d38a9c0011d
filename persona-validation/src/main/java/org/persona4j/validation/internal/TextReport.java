package org.persona4j.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.persona4j.Diagnostic;
import org.persona4j.Severity;
import org.persona4j.TerminalText;
import org.persona4j.validation.FileReport;
import org.persona4j.validation.LintReport;

/** The compiler-style text report. */
public final class TextReport {

    private TextReport() {}

    public static String render(LintReport report) {
        return render(report, false);
    }

    /**
     * The report, findings grouped by file (a blank line between files), then the count of each code, then the
     * totals; with {@code colour}, severities in ANSI colours.
     */
    public static String render(LintReport report, boolean colour) {
        StringBuilder out = new StringBuilder();
        java.util.TreeMap<String, long[]> byCode = new java.util.TreeMap<>();
        boolean first = true;
        for (FileReport file : report.files()) {
            if (!file.diagnostics().isEmpty() && !first) {
                out.append('\n');
            }
            first &= file.diagnostics().isEmpty();
            for (Diagnostic d : file.diagnostics()) {
                byCode.computeIfAbsent(d.code(), k -> new long[3])[d.severity().ordinal()]++;
                out.append(TerminalText.escape(d.source()))
                        .append(':')
                        .append(d.line())
                        .append(':')
                        .append(d.column())
                        .append(": ")
                        .append(severity(d.severity(), colour))
                        .append(' ')
                        .append(d.code())
                        .append(' ')
                        .append(visible(d.message()))
                        .append(file.isFixable(d) ? " [fixable]" : "")
                        .append('\n');
                file.line(d.line())
                        .filter(l -> d.span() != org.persona4j.SourceSpan.FILE)
                        .ifPresent(line -> {
                            String gutter = gutter(d.line());
                            String[] shown = shown(line, d.column());
                            out.append(gutter).append(shown[0]).append('\n');
                            out.append(" ".repeat(gutter.length() - 2))
                                    .append("| ")
                                    .append(shown[1])
                                    .append("^\n");
                        });
            }
        }
        if (!byCode.isEmpty()) {
            out.append("\nby rule:\n");
            int width = byCode.keySet().stream().mapToInt(String::length).max().orElse(0);
            byCode.forEach((code, n) -> {
                out.append("  ").append(code).append(" ".repeat(width - code.length() + 2));
                java.util.List<String> parts = new java.util.ArrayList<>();
                for (Severity sev : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
                    long c = n[sev.ordinal()];
                    if (c > 0) {
                        parts.add(c + " " + noun(sev, c));
                    }
                }
                out.append(String.join(", ", parts)).append('\n');
            });
        }
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        long infos = report.count(Severity.INFO);
        int suppressed = report.suppressed();
        if (!report.configuration().equals("none") || suppressed > 0 || report.ignoredCount() > 0) {
            out.append("configuration: ")
                    .append(TerminalText.escape(report.configuration()))
                    .append("; ")
                    .append(suppressed)
                    .append(suppressed == 1 ? " finding" : " findings")
                    .append(" suppressed (")
                    .append(report.suppressedByDirectives())
                    .append(" by directives in the files, ")
                    .append(report.suppressedByConfiguration())
                    .append(" by the configuration, ")
                    .append(report.suppressedByBaseline())
                    .append(" by the baseline)");
            if (report.ignoredCount() > 0) {
                List<String> by = new ArrayList<>();
                report.ignoredFiles().forEach((source, n) -> by.add(n + " by " + source));
                out.append("; ")
                        .append(report.ignoredCount())
                        .append(report.ignoredCount() == 1 ? " file" : " files")
                        .append(" left out by patterns in the linted tree (")
                        .append(String.join(", ", by))
                        .append("), checked only for hidden text and the other security findings");
            }
            out.append('\n');
        }
        long linted = report.lintedCount();
        long others = report.files().size() - linted;
        out.append(linted).append(linted == 1 ? " file linted, " : " files linted, ");
        if (others > 0) {
            out.append(others).append(others == 1 ? " other file reported, " : " other files reported, ");
        }
        out.append(errors)
                .append(errors == 1 ? " error, " : " errors, ")
                .append(warnings)
                .append(warnings == 1 ? " warning, " : " warnings, ")
                .append(infos)
                .append(infos == 1 ? " note\n" : " notes\n");
        return out.toString();
    }

    private static String noun(Severity s, long n) {
        String word = switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
        return n == 1 ? word : word + "s";
    }

    /** A severity's word, in its colour on a terminal that shows colours. */
    private static String severity(Severity s, boolean colour) {
        String word = s.name().toLowerCase(Locale.ROOT);
        if (!colour) {
            return word;
        }
        String code = switch (s) {
            case ERROR -> "31";
            case WARNING -> "33";
            case INFO -> "36";
        };
        return "\u001B[" + code + "m" + word + "\u001B[0m";
    }

    /** {@code "   12 | "}: the line number right-aligned in five columns, as the caret line's gutter. */
    private static String gutter(int line) {
        String n = Integer.toString(line);
        return " ".repeat(Math.max(0, 5 - n.length())) + n + " | ";
    }

    /** The line with invisible characters made visible, and the padding that puts a caret under {@code column}. */
    static String[] shown(String line, int column) {
        StringBuilder text = new StringBuilder(Math.min(line.length(), 416));
        StringBuilder pad = new StringBuilder();
        int col = 1;
        for (int i = 0; i < line.length() && text.length() < 400; col++) {
            int cp = line.codePointAt(i);
            int width = 1; // in code points, as the caret line counts them
            if (cp < 0x7F && cp >= 0x20) {
                text.append((char) cp); // printable ASCII: most of every line
            } else if (isInvisible(cp)) {
                String piece = String.format(Locale.ROOT, "<U+%04X>", cp);
                text.append(piece);
                width = piece.length();
            } else {
                text.appendCodePoint(cp);
            }
            if (col < column) {
                if (cp == '\t') {
                    pad.append('\t');
                } else {
                    pad.append(" ".repeat(width));
                }
            }
            i += Character.charCount(cp);
        }
        return new String[] {text.toString(), pad.toString()};
    }

    /** A message, one line, inert (messages quote input). */
    static String visible(String message) {
        return TerminalText.escape(message);
    }

    /**
     * What the caret line reveals: everything a terminal must not see ({@link TerminalText}), and what the
     * hidden-text rules report (joiners, private use, unassigned code points, variation selectors).
     */
    private static boolean isInvisible(int cp) {
        if (TerminalText.needsEscape(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.FORMAT
                || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED
                || type == Character.SURROGATE
                || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF);
    }
}
