package org.persona4j.validation.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.persona4j.Diagnostic;
import org.persona4j.Persona;

/**
 * What checking one persona leaves for the end of a run: its findings, its directives, what the checks across files
 * need, and the text of the lines findings may point at. Its text and its persona are not kept, so a run over
 * thousands of files holds little more than their findings.
 *
 * @param label          how findings name the file
 * @param path           the file, or {@code null} for text held in memory
 * @param diagnostics    the findings, before configuration and directives
 * @param suppressions   the file's directives
 * @param entry          what the checks across files need, or {@code null} when no persona was read
 * @param lines          the text of the lines findings and directives point at, by line number
 * @param linted         whether a persona was read and checked
 * @param quietWhenClean whether the file is left out of the report when no finding remains
 * @param fixable        those of the findings a fix applies to at their place ({@link Fixes#fixableFindings})
 */
public record Checked(
        String label,
        Path path,
        List<Diagnostic> diagnostics,
        Suppressions suppressions,
        SetChecks.Entry entry,
        Map<Integer, String> lines,
        boolean linted,
        boolean quietWhenClean,
        Set<Diagnostic> fixable) {

    /**
     * The result of checking one persona, or a file that gave none.
     *
     * @param label       how findings name the file
     * @param path        the file, or {@code null}
     * @param text        the file's text, of which only the lines findings point at are kept
     * @param persona     the persona read, or {@code null}
     * @param diagnostics its findings
     * @return the result
     */
    public static Checked of(String label, Path path, String text, Persona persona, List<Diagnostic> diagnostics) {
        SetChecks.Entry entry = persona == null ? null : SetChecks.Entry.of(persona);
        Suppressions suppressions = Suppressions.of(text, persona);
        Set<Integer> wanted = new TreeSet<>(suppressions.lines());
        diagnostics.forEach(d -> wanted.add(d.line()));
        if (entry != null) {
            wanted.add(entry.idSpan().startLine());
            wanted.add(entry.titleSpan().startLine());
        }
        return new Checked(
                label,
                path,
                diagnostics,
                suppressions,
                entry,
                lines(text, wanted),
                persona != null,
                false,
                Fixes.fixableFindings(text, diagnostics));
    }

    /** The text of the wanted lines (ascending, from 1), found in one pass over the text. */
    private static Map<Integer, String> lines(String text, Set<Integer> wanted) {
        Map<Integer, String> lines = new HashMap<>();
        int line = 1;
        int start = 0;
        for (int want : wanted) {
            if (want < 1) {
                continue;
            }
            while (line < want && start >= 0) {
                int next = text.indexOf('\n', start);
                start = next < 0 ? -1 : next + 1;
                line++;
            }
            if (start < 0 || start > text.length()) {
                break;
            }
            int end = text.indexOf('\n', start);
            lines.put(want, text.substring(start, end < 0 ? text.length() : end));
        }
        return lines;
    }

    /**
     * This result with only the findings nothing in the tree may switch off, as for a file the tree's own patterns
     * left out: its directives are not read, and it is reported only when such a finding remains.
     *
     * @return the narrowed result
     */
    public Checked securityOnly() {
        List<Diagnostic> kept = diagnostics.stream()
                .filter(d -> ConfigTrust.PROTECTED.contains(d.code()))
                .toList();
        return new Checked(label, path, kept, Suppressions.none(), entry, lines, false, true, fixable);
    }
}
