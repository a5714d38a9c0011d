package org.persona4j.validation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 */
public record FileReport(
        String label, Path path, List<Diagnostic> diagnostics, Map<Integer, String> lines, boolean linted) {

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param label       how the file is named in output
     * @param path        the file, or {@code null} for in-memory text
     * @param diagnostics the findings, after configuration and suppressions
     * @param lines       the text of each line a finding points at, for showing it with a caret
     * @param linted      {@code true} when the file was read as a persona and checked; {@code false} for a file that
     *                    was only reported (not a persona, binary, unreadable, skipped)
     */
    public FileReport {
        diagnostics = List.copyOf(diagnostics);
        lines = java.util.Collections.unmodifiableMap(new TreeMap<>(lines));
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
     * The same file with other findings (some of these), its lines kept.
     *
     * @param newDiagnostics the findings
     * @return the report
     */
    public FileReport withDiagnostics(List<Diagnostic> newDiagnostics) {
        return new FileReport(label, path, newDiagnostics, lines, linted);
    }
}
