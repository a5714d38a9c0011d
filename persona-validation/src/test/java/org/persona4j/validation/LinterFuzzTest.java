package org.persona4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/** Linting any text gives a report, never an exception; every report format renders it. */
class LinterFuzzTest {

    private static final Linter STRICT_TECHNICAL = Linter.builder()
            .profile(Profile.TECHNICAL)
            .strict(true)
            .serviceLoaderRules(false)
            .level("text.trailing-whitespace", Level.WARNING) // opt-in rules run too
            .build();

    @FuzzTest(maxDuration = "60s")
    void lintingAnyTextGivesAReport(byte[] data) {
        String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
        LintReport report = LintTesting.REFERENCE.lint(text, "fuzz.md");
        assertEquals(1, report.files().size());
        assertNotNull(LintReports.text(report));
        assertNotNull(LintReports.json(report));
        org.persona4j.testing.SarifSchema.assertValid(LintReports.sarif(report, Path.of("")));
        LintReport all = STRICT_TECHNICAL.lint(text, "fuzz.md");
        // Fixing what it found never throws, and leaves a text that lints again.
        LintFixes.Fixed fixed = LintFixes.fix(text, all.files().get(0).diagnostics());
        assertNotNull(STRICT_TECHNICAL.lint(fixed.text(), "fuzz.md"));
    }
}
