package org.persona4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/** Linting any text gives a report, never an exception; every report format renders it. */
// A quadratic regression fails here rather than passing slowly.
@org.junit.jupiter.api.Timeout(value = 2, unit = java.util.concurrent.TimeUnit.MINUTES)
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
        // Each report says what the report holds: the text names every code found, the JSON counts them alike.
        String textReport = LintReports.text(report);
        report.files().get(0).diagnostics().forEach(d -> assertTrue(textReport.contains(d.code()), d.code()));
        java.util.Map<String, Integer> counted = new java.util.TreeMap<>();
        try {
            new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(LintReports.json(report))
                    .get("counts")
                    .fields()
                    .forEachRemaining(e -> counted.put(e.getKey(), e.getValue().asInt()));
        } catch (java.io.IOException e) {
            throw new AssertionError("the JSON report does not parse", e);
        }
        assertEquals(report.countsByCode(), counted);
        org.persona4j.testing.SarifSchema.assertValid(LintReports.sarif(report, Path.of("")));
        LintReport all = STRICT_TECHNICAL.lint(text, "fuzz.md");
        // Fixing what it found never throws, and leaves a text that lints again.
        LintFixes.Fixed fixed = LintFixes.fix(text, all.files().get(0).diagnostics());
        assertEquals(!fixed.text().equals(text), fixed.changed());
        assertTrue(fixed.fixed().stream().allMatch(d -> LintFixes.fixable(d.code())), fixed.fixed()::toString);
        assertEquals(1, STRICT_TECHNICAL.lint(fixed.text(), "fuzz.md").files().size());
    }
}
