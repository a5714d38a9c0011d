package org.persona4j.validation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.persona4j.Diagnostic;

/**
 * The findings for one file, sorted by position.
 *
 * @param label       how the file is named in output
 * @param path        the file, or {@code null} for in-memory text
 * @param diagnostics the findings, after configuration and suppressions
 * @param lines       the text of each line a finding points at, for showing it with a caret
 * @param linted      {@code true} when the file was read as a persona and checked; {@code false} for a file that was
 *                    only reported (not a persona, binary, unreadable, skipped)
 * @param fixable     those of the findings {@code persona lint --fix} ({@link LintFixes#fix}, and
 *                    {@link LintFixes#lineSeparators} for {@code front-matter.line-separator}) would fix in the text as
 *                    it was linted; decided finding by finding, since whether a fix applies depends on the text at
 *                    the finding's place. Marks are kept by equality: a finding rebuilt with another severity or
 *                    message is a different finding, unmarked
 */
public record FileReport(
        String label,
        Path path,
        List<Diagnostic> diagnostics,
        Map<Integer, String> lines,
        boolean linted,
        Set<Diagnostic> fixable) {

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param label       how the file is named in output
     * @param path        the file, or {@code null} for in-memory text
     * @param diagnostics the findings, after configuration and suppressions
     * @param lines       the text of each line a finding points at, for showing it with a caret
     * @param linted      {@code true} when the file was read as a persona and checked; {@code false} for a file that
     *                    was only reported (not a persona, binary, unreadable, skipped)
     * @param fixable     those of the findings {@code persona lint --fix} would fix; others are ignored
     */
    public FileReport {
        diagnostics = List.copyOf(diagnostics);
        lines = java.util.Collections.unmodifiableMap(new TreeMap<>(lines));
        java.util.Objects.requireNonNull(fixable, "fixable (Set.of() for none)");
        if (fixable.isEmpty()) {
            fixable = Set.of(); // most files: no set of the findings to build
        } else {
            Set<Diagnostic> among = new java.util.HashSet<>(diagnostics);
            fixable = fixable.stream().filter(among::contains).collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
    }

    /**
     * A file's findings, none of them marked fixable (as a report built from elsewhere than a lint, such as a diff's).
     *
     * @param label       how the file is named in output
     * @param path        the file, or {@code null} for in-memory text
     * @param diagnostics the findings, after configuration and suppressions
     * @param lines       the text of each line a finding points at, for showing it with a caret
     * @param linted      {@code true} when the file was read as a persona and checked; {@code false} for a file that
     *                    was only reported (not a persona, binary, unreadable, skipped)
     */
    public FileReport(
            String label, Path path, List<Diagnostic> diagnostics, Map<Integer, String> lines, boolean linted) {
        this(label, path, diagnostics, lines, linted, Set.of());
    }

    /**
     * {@return whether {@code persona lint --fix} would fix this finding}
     *
     * @param finding one of the file's findings
     */
    public boolean isFixable(Diagnostic finding) {
        return fixable.contains(finding);
    }

    /** {@return the file, unless the text was linted from memory} */
    public Optional<Path> file() {
        return Optional.ofNullable(path);
    }

    /**
     * {@return the text of line {@code n}, when a finding points at it}
     *
     * @param n the line, from 1
     */
    public Optional<String> line(int n) {
        return Optional.ofNullable(lines.get(n));
    }

    /** {@return whether a finding of the file is at error level} */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /**
     * The same file with other findings (some of these), its lines and what is fixable among them kept.
     *
     * @param newDiagnostics the findings
     * @return the report
     */
    public FileReport withDiagnostics(List<Diagnostic> newDiagnostics) {
        return new FileReport(label, path, newDiagnostics, lines, linted, fixable);
    }
}
