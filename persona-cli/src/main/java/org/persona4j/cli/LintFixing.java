package org.persona4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
import org.persona4j.validation.Linter;

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

    /**
     * The most times one file is linted and fixed: a file lists at most 50 findings of a code, so a pass can leave
     * more; a file that still changes after this many passes is written as it stands, and said so.
     */
    static final int MAX_PASSES = 32;

    /**
     * Fixes (or with {@code dryRun} shows as a diff on {@code out}) what the report's findings allow, each file as a
     * transaction: its bytes are read once, linted again as they are (so only findings of those bytes are applied,
     * whatever changed since the report), fixed, linted and fixed again until nothing is left (at most
     * {@link #MAX_PASSES} times), and checked: the front matter must read to the same keys, with only the values of
     * the keys a fix was for changed. The file is then written whole, through a temporary file renamed over it,
     * unless its bytes changed meanwhile.
     */
    static Outcome fix(LintReport report, Linter linter, boolean dryRun, PrintWriter out, PrintWriter err)
            throws IOException {
        Set<String> files = new java.util.TreeSet<>();
        int fixes = 0;
        for (FileReport f : report.files()) {
            if (f.file().isEmpty() || f.diagnostics().stream().noneMatch(f::isFixable)) {
                continue;
            }
            Path path = f.file().get();
            String label = TerminalText.escape(f.label());
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
                err.println("persona: " + label + " is not valid UTF-8; not fixed");
                continue;
            }
            if (text.indexOf('\r') >= 0 && text.indexOf('\n') < 0) {
                err.println("persona: " + label + " ends its lines with CR alone; not fixed");
                continue;
            }
            Transaction t = transaction(text, path, linter);
            if (t.fixes() == 0) {
                continue;
            }
            if (t.refusal() != null) {
                err.println("persona: " + label + " not fixed: " + t.refusal());
                continue;
            }
            if (t.unfinished()) {
                err.println("persona: " + label + " still had findings to fix after " + MAX_PASSES + " passes; the "
                        + "rest are left");
            }
            files.add(f.label());
            fixes += t.fixes();
            if (dryRun) {
                out.print(diff(f.label(), text, t.text()));
            } else if (!unchanged(path, bytes)) {
                err.println("persona: " + label + " changed while it was being fixed; not written");
                files.remove(f.label());
                fixes -= t.fixes();
            } else {
                SafeWrites.write(path, t.text().getBytes(StandardCharsets.UTF_8), List.of());
            }
        }
        out.flush();
        return new Outcome(files, fixes);
    }

    /** Whether a file still holds these bytes: one that grew, shrank, vanished or changed does not. */
    private static boolean unchanged(Path path, byte[] bytes) {
        try {
            return java.util.Arrays.equals(bytes, PersonaFiles.readSmallFile(path, bytes.length));
        } catch (IOException e) {
            return false;
        }
    }

    /** What fixing one text came to: the text, how many fixes, why it was refused (or null), whether it stopped. */
    record Transaction(String text, int fixes, String refusal, boolean unfinished) {}

    /** Lints and fixes a text until nothing is left, then checks the front matter against the text it started as. */
    static Transaction transaction(String original, Path file, Linter linter) {
        String current = original;
        int fixes = 0;
        Set<Integer> touched = new java.util.HashSet<>();
        boolean unfinished = true;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            String separated = LintFixes.lineSeparators(current);
            if (!separated.equals(current)) {
                fixes += linesWhereDiffering(current, separated, touched);
            }
            // The findings of the bytes about to change, not those of the report: the file may have changed since.
            // Linted as the file, so that it is told the same dialect (a plugin's command by the manifest beside it).
            List<Diagnostic> findings = linter.lint(separated, file.toString(), file).files().stream()
                    .flatMap(r -> r.diagnostics().stream())
                    .toList();
            LintFixes.Fixed fixed = LintFixes.fix(separated, findings);
            fixed.fixed().forEach(d -> touched.add(d.line()));
            fixes += fixed.fixed().size();
            boolean same = fixed.text().equals(current);
            current = fixed.text();
            if (same) {
                unfinished = false;
                break;
            }
        }
        String refusal = fixes == 0 ? null : Verification.changedBeyond(original, current, file, touched);
        return new Transaction(current, fixes, refusal, unfinished);
    }

    /** Counts the characters made line breaks (each a fix) and records their lines, in the separated text's terms. */
    private static int linesWhereDiffering(String before, String after, Set<Integer> touched) {
        int n = 0;
        int line = 1;
        for (int i = 0; i < after.length(); i++) {
            if (after.charAt(i) != before.charAt(i)) {
                n++;
                touched.add(line);
                touched.add(line + 1);
            }
            if (after.charAt(i) == '\n') {
                line++;
            }
        }
        return n;
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
