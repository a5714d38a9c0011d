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
            .build();

    @FuzzTest(maxDuration = "60s")
    void lintingAnyTextGivesAReport(byte[] data) {
        String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
        LintReport report = LintTesting.REFERENCE.lint(text, "fuzz.md");
        assertEquals(1, report.files().size());
        assertNotNull(LintReports.text(report));
        assertNotNull(LintReports.json(report));
        org.persona4j.testing.SarifSchema.assertValid(LintReports.sarif(report, Path.of("")));
        assertNotNull(STRICT_TECHNICAL.lint(text, "fuzz.md"));
    }
}
