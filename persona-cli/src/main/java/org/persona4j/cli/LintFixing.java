package org.persona4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.persona4j.Diagnostic;
import org.persona4j.PersonaFiles;
import org.persona4j.ReadOptions;
import org.persona4j.Severity;
import org.persona4j.TerminalText;
import org.persona4j.validation.FileReport;
import org.persona4j.validation.LintFixes;
import org.persona4j.validation.LintReport;

/**
 * {@code lint --fix} and {@code --fix-dry-run}: the fixes of each file's findings written back (or shown as a
 * diff). A file is decoded strictly: one that is not valid UTF-8 is left alone, so that writing it back cannot change
 * any byte the fixes did not touch.
 */
final class LintFixing {

    /**
     * The files that changed (or would change), by label, and how many findings were fixed.
     *
     * @param files the labels of the files changed
     * @param fixes how many findings were fixed
     */
    record Outcome(Set<String> files, int fixes) {

        Outcome {
            files = Set.copyOf(files);
        }

        /** Nothing fixed. */
        static final Outcome NONE = new Outcome(Set.of(), 0);

        Outcome plus(Outcome other) {
            Set<String> both = new java.util.TreeSet<>(files);
            both.addAll(other.files);
            return new Outcome(both, fixes + other.fixes);
        }

        /** Says how many findings were (or would be) fixed in how many files, on {@code err}. */
        void print(boolean dryRun, PrintWriter err) {
            int n = files.size();
            err.println("persona: " + (dryRun ? "would fix " : "fixed ") + fixes
                    + (fixes == 1 ? " finding" : " findings") + " in " + n + (n == 1 ? " file" : " files"));
        }
    }

    private LintFixing() {}

    /** Fixes (or with {@code dryRun} shows as a diff on {@code out}) what the report's findings allow. */
    static Outcome fix(LintReport report, boolean dryRun, PrintWriter out, PrintWriter err) throws IOException {
        Set<String> files = new java.util.TreeSet<>();
        int fixes = 0;
        for (FileReport f : report.files()) {
            if (f.file().isEmpty() || f.diagnostics().stream().noneMatch(d -> LintFixes.fixable(d.code()))) {
                continue;
            }
            Path path = f.file().get();
            byte[] bytes = PersonaFiles.readSmallFile(path, (int) Math.min(
                    Integer.MAX_VALUE - 1, ReadOptions.builder().build().maxFileBytes()));
            String text;
            try {
                text = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
            } catch (CharacterCodingException e) {
                err.println("persona: " + TerminalText.escape(f.label()) + " is not valid UTF-8; not fixed");
                continue;
            }
            if (text.indexOf('\r') >= 0 && text.indexOf('\n') < 0) {
                err.println("persona: " + TerminalText.escape(f.label()) + " ends its lines with CR alone; not fixed");
                continue;
            }
            LintFixes.Fixed fixed = LintFixes.fix(text, f.diagnostics());
            if (!fixed.changed()) {
                continue;
            }
            files.add(f.label());
            fixes += fixed.fixed().size();
            if (dryRun) {
                out.print(diff(f.label(), text, fixed.text()));
            } else {
                Files.write(path, fixed.text().getBytes(StandardCharsets.UTF_8));
            }
        }
        out.flush();
        return new Outcome(files, fixes);
    }

    /** The lines that differ, as a unified diff with no context. */
    static String diff(String label, String before, String after) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        StringBuilder out = new StringBuilder("--- ")
                .append(TerminalText.escape(label))
                .append("\n+++ ")
                .append(TerminalText.escape(label))
                .append(" (fixed)\n");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                out.append("@@ -")
                        .append(i + 1)
                        .append(" +")
                        .append(i + 1)
                        .append(" @@\n")
                        .append('-')
                        .append(TerminalText.escape(a[i]))
                        .append('\n')
                        .append('+')
                        .append(TerminalText.escape(b[i]))
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** The report with only its error-level findings ({@code --quiet}). */
    static LintReport errorsOnly(LintReport report) {
        List<FileReport> files = new ArrayList<>();
        for (FileReport f : report.files()) {
            List<Diagnostic> errors = f.diagnostics().stream()
                    .filter(d -> d.severity() == Severity.ERROR)
                    .toList();
            files.add(f.withDiagnostics(errors));
        }
        return report.withFiles(files);
    }
}
