package org.persona4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.persona4j.Diagnostic;
import org.persona4j.Severity;
import org.persona4j.testing.Corpus;

/** What linting the reference persona reports: its known flaws, each on its line, and nothing at error level. */
class ReferencePersonaLintTest {

    @Test
    void referencePersonaFlawsAreReportedOnTheirLines() throws IOException {
        Path file = Corpus.require("ai-ley-personas/engineer/backend-engineer.md");
        LintReport report = LintTesting.REFERENCE.lint(List.of(file));
        List<Diagnostic> found = report.files().get(0).diagnostics();

        Diagnostic version = only(found, "metadata.body-disagrees", 14);
        assertTrue(version.message().contains("'1.0.0'") && version.message().contains("'2.0'"), version.message());
        assertTrue(version.message().contains("line 235"), version.message());
        Diagnostic updated = only(found, "metadata.body-disagrees", 11);
        assertTrue(updated.message().contains("2025-08-15"), updated.message());
        assertTrue(only(found, "metadata.placeholder", 5).message().contains("Awaiting summary."));
        assertTrue(only(found, "metadata.placeholder", 8).message().contains("'N/A'"));
        assertTrue(only(found, "metadata.placeholder", 10).message().contains("'keywords' is empty"));
        assertFalse(report.hasErrors(), found::toString);
        assertEquals(0, report.count(Severity.ERROR));
    }

    private static Diagnostic only(List<Diagnostic> found, String code, int line) {
        List<Diagnostic> matches = found.stream()
                .filter(d -> d.code().equals(code) && d.line() == line)
                .toList();
        assertEquals(1, matches.size(), () -> code + " on line " + line + " in " + found);
        return matches.get(0);
    }
}
