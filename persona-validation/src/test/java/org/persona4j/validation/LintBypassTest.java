package org.persona4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persona4j.Diagnostic;
import org.persona4j.Severity;

/**
 * Hostile input, round 2, against the linter (docs/SECURITY.md): what is checked cannot turn the checks off, hidden
 * text written as YAML escapes is found, and no configured pattern can hang a run. Each with a positive control.
 */
@Tag("adversarial")
class LintBypassTest {

    private static final String PERSONA = "---\ntitle: %s\nversion: 1.0.0\n---\n# %s\n\n## Role Summary\n%s\n";

    @Test
    void hiddenCharactersWrittenAsYamlEscapesAreFound() {
        for (String escape : List.of("\\u202E", "\\U000E0049", "\\e", "\\0", "\\u2066")) {
            List<Diagnostic> found = LintTesting.lint(
                    "---\ntitle: Fine\ndescription: \"Safe" + escape + "text\"\n---\n## Role Summary\nWorks.\n");
            List<Diagnostic> errors = found.stream()
                    .filter(d -> d.code().startsWith("text.") && d.isError())
                    .toList();
            assertEquals(1, errors.size(), escape + ": " + found);
            assertEquals(3, errors.get(0).line(), escape);
            assertTrue(
                    errors.get(0).message().contains("'description'"),
                    errors.get(0).message());
        }
        List<Diagnostic> plain = LintTesting.lint(
                "---\ntitle: Fine\ndescription: \"Safe \\\"quoted\\\" text\\n\"\n---\n" + "## Role Summary\nWorks.\n");
        assertTrue(plain.stream().noneMatch(d -> d.code().startsWith("text.")), plain.toString());
    }

    @Test
    void theClassifierCoversEveryInvisibleCharacterButLeavesScriptsAndEmojiAlone() {
        for (int cp : new int[] {
            0x00AD, 0x2061, 0x2062, 0x2063, 0x2064, 0xFFF9, 0xFFFA, 0xFFFB, 0x115F, 0x1160, 0x3164, 0x2028, 0x2029,
            0x034F, 0x1D173, 0x1D17A, 0x2800
        }) {
            List<Diagnostic> found = LintTesting.lint(
                    PERSONA.formatted("T", "T", "Hidden" + new String(Character.toChars(cp)) + "text."));
            assertTrue(
                    found.stream().anyMatch(d -> d.code().startsWith("text.") && d.line() == 8),
                    String.format("U+%04X not found: %s", cp, found));
        }
        String clean = "👩\u200D💻 and 🏳\uFE0F\u200D🌈, فارسی\u200Cها, हिन्दी, עברית, العربية ١٢٣, ❤\uFE0F";
        List<Diagnostic> found = LintTesting.lint(PERSONA.formatted("T", "T", clean));
        assertTrue(found.stream().noneMatch(d -> d.code().startsWith("text.")), found.toString());
    }

    @Test
    void aFileCannotSwitchOffTheHiddenTextErrorsAboutItself(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("evil.md");
        Files.writeString(
                file,
                PERSONA.formatted("Evil", "Evil", "Hidden \u202E text \u001B[2J.")
                                .replace("version: 1.0.0", "version: 1.0.0\ndescription: Awaiting summary.")
                        + "<!-- persona-lint-disable text.bidi-control text.control-character -->\n"
                        + "<!-- persona-lint-disable metadata.placeholder -->\n");
        LintReport report = Linter.builder().build().lint(List.of(file));
        List<Diagnostic> all = report.files().get(0).diagnostics();
        assertTrue(all.stream().anyMatch(d -> d.code().equals("text.bidi-control")), all.toString());
        assertTrue(all.stream().anyMatch(d -> d.code().equals("text.control-character")), all.toString());
        assertTrue(all.stream().noneMatch(d -> d.code().equals("metadata.placeholder")), "positive control");
        assertEquals(1, report.suppressedByDirectives());
    }

    @Test
    void aConfigurationInsideTheLintedTreeCannotLowerTheHiddenTextErrorsOrIgnoreEverything(@TempDir Path dir)
            throws IOException {
        Path tree = Files.createDirectories(dir.resolve("repo"));
        Files.writeString(tree.resolve("evil.md"), PERSONA.formatted("Evil", "Evil", "Hidden \u202E text."));
        Path inside = tree.resolve(LintConfig.FILE_NAME);
        Files.writeString(
                inside, "rules:\n  text.bidi-control: off\n  metadata.placeholder: off\nignore:\n  - \"**\"\n");
        LintReport report = Linter.builder()
                .foundConfig(LintConfig.load(inside), inside)
                .build()
                .lint(List.of(tree));
        List<Diagnostic> all =
                report.files().stream().flatMap(f -> f.diagnostics().stream()).toList();
        assertTrue(
                all.stream().anyMatch(d -> d.code().equals("text.bidi-control") && d.severity() == Severity.ERROR),
                all.toString());
        assertTrue(all.stream().anyMatch(d -> d.code().equals("lint.config-refused")), all.toString());
        assertTrue(report.configuration().contains("inside the linted tree"), report.configuration());
        assertTrue(report.hasErrors());

        Path above = dir.resolve(LintConfig.FILE_NAME);
        Files.writeString(above, "rules:\n  text.bidi-control: off\n");
        LintReport trusted = Linter.builder()
                .foundConfig(LintConfig.load(above), above)
                .build()
                .lint(List.of(tree));
        assertTrue(
                trusted.files().stream()
                        .flatMap(f -> f.diagnostics().stream())
                        .noneMatch(d -> d.code().equals("text.bidi-control")),
                "a configuration above the tree is trusted");
        assertEquals(1, trusted.suppressedByConfiguration());
        String sarif = LintReports.sarif(trusted, dir);
        org.persona4j.testing.SarifSchema.assertValid(sarif);
        assertTrue(sarif.contains("\"suppressedByConfiguration\" : 1") && sarif.contains(above.toString()), sarif);
        LintReport given =
                Linter.builder().config(LintConfig.load(inside)).build().lint(List.of(tree));
        assertFalse(
                given.files().stream().anyMatch(f -> f.label().endsWith("evil.md")),
                "a configuration passed with --config is trusted, ignores included");
    }

    @Test
    void aBacktrackingVersionPatternIsReportedNotRunForever() {
        Linter linter = Linter.builder().versionPattern("(.*a){20}").build();
        String version = "a".repeat(40) + "!";
        LintReport report = linter.lint(
                PERSONA.formatted("T", "T", "Works.").replace("version: 1.0.0", "version: " + version), "v.md");
        List<Diagnostic> found = LintTesting.withCode(report.files().get(0).diagnostics(), "metadata.version-format");
        assertEquals(1, found.size(), report.files().get(0).diagnostics().toString());
        assertTrue(
                found.get(0).message().contains("(.*a){20}")
                        && found.get(0).message().contains("too many steps"),
                found.get(0).message());
        LintReport named =
                Linter.builder().versionPattern("v\\d+").build().lint(PERSONA.formatted("T", "T", "Works."), "v.md");
        Diagnostic differs = LintTesting.withCode(named.files().get(0).diagnostics(), "metadata.version-format")
                .get(0);
        assertTrue(differs.message().contains("v\\d+"), "the message names the configured pattern");
    }

    @Test
    void directivesAreReadInLinearTimeWhateverTheLine() {
        String hostile = "<!-- persona-lint-disable " + "a-".repeat(200_000) + " x -->\n"
                + ("persona-lint-disable " + "b ".repeat(50)).repeat(2_000);
        List<Diagnostic> found = LintTesting.lint(PERSONA.formatted("T", "T", "Works.") + hostile);
        assertFalse(found.isEmpty() && found.get(0).code().equals("lint.rule-failed"), found.toString());
    }
}
