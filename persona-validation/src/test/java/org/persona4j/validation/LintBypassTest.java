package org.persona4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.persona4j.Diagnostic;
import org.persona4j.Severity;

/**
 * Hostile input, round 2, against the linter (docs/SECURITY.md): what is checked cannot turn the checks off, hidden
 * text written as YAML escapes is found, and no configured pattern can hang a run. Each with a positive control.
 */
@Tag("adversarial")
@Timeout(value = 120, unit = TimeUnit.SECONDS) // a hang fails the test rather than the build
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
    void aFoundConfigurationCannotLowerTheSecurityChecksOrHideFilesFromThemWhereverItLies(@TempDir Path dir)
            throws IOException {
        Path tree = Files.createDirectories(dir.resolve("repo/personas"));
        Files.writeString(tree.resolve("evil.md"), PERSONA.formatted("Evil", "Evil", "Hidden \u202E text."));
        Files.writeString(tree.resolve("plain.md"), PERSONA.formatted("Plain", "Plain", "Works."));
        // Inside the linted folder, and above it in the same repository: a pull request may have written either.
        for (Path config : List.of(tree.resolve(LintConfig.FILE_NAME), dir.resolve("repo/" + LintConfig.FILE_NAME))) {
            Files.writeString(
                    config, "rules:\n  text.bidi-control: off\n  metadata.placeholder: off\nignore:\n  - \"**\"\n");
            LintReport report = Linter.builder()
                    .foundConfig(LintConfig.load(config), config)
                    .build()
                    .lint(List.of(tree));
            List<Diagnostic> all = report.files().stream()
                    .flatMap(f -> f.diagnostics().stream())
                    .toList();
            assertTrue(
                    all.stream().anyMatch(d -> d.code().equals("text.bidi-control") && d.severity() == Severity.ERROR),
                    config + ": " + all);
            assertTrue(report.hasErrors());
            assertEquals(java.util.Map.of("configuration", 2), report.ignoredFiles(), config.toString());
            assertEquals(
                    List.of("evil.md"),
                    report.files().stream()
                            .map(f -> f.file().orElseThrow().getFileName().toString())
                            .toList(),
                    "a clean file the patterns left out is not reported");
            assertTrue(report.configuration().contains("cannot lower"), report.configuration());
            String sarif = LintReports.sarif(report, dir);
            org.persona4j.testing.SarifSchema.assertValid(sarif);
            assertTrue(sarif.contains("\"configuration\" : 2"), sarif);
            Files.delete(config);
        }
        Path given = dir.resolve("given.yaml");
        Files.writeString(given, "rules:\n  text.bidi-control: off\n");
        LintReport trusted =
                Linter.builder().config(LintConfig.load(given)).build().lint(List.of(tree));
        assertTrue(
                trusted.files().stream()
                        .flatMap(f -> f.diagnostics().stream())
                        .noneMatch(d -> d.code().equals("text.bidi-control")),
                "a configuration the caller names is trusted");
        assertEquals(1, trusted.suppressedByConfiguration());
        Files.writeString(given, "ignore:\n  - \"**\"\n");
        LintReport ignoring =
                Linter.builder().config(LintConfig.load(given)).build().lint(List.of(tree));
        assertTrue(ignoring.files().isEmpty(), "its ignore patterns leave files out for good");
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

    @Test
    void directivesInCodeOrRunningTextAreTextAndWildcardsAreReportedAndTurnNothingOff() {
        String text = "---\ntitle: T\nversion: 1.0.0\n---\n## Role Summary\n\n"
                + "```\n<!-- persona-lint-disable text.html-comment -->\n```\n"
                + "Say persona-lint-disable text.html-comment to readers.\n"
                + "`<!-- persona-lint-disable text.html-comment -->`\n"
                + "<!-- persona-lint-disable * -->\n<!-- persona-lint-disable text.* -->\n<!-- a note -->\n";
        List<Diagnostic> found = LintTesting.lint(text);
        assertEquals(1, LintTesting.withCode(found, "text.html-comment").size(), found.toString());
        List<String> unknown = LintTesting.withCode(found, "lint.directive-unknown-code").stream()
                .map(Diagnostic::message)
                .toList();
        assertEquals(2, unknown.size(), found.toString());
        assertTrue(unknown.get(0).startsWith("'*' in this persona-lint-disable is not a rule"), unknown.get(0));
        assertTrue(unknown.get(1).startsWith("'text.*' in this persona-lint-disable"), unknown.get(1));
    }

    @Test
    void aBaselineNeverAcceptsASecurityFindingAndCountsWhatItAccepts(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("p.md");
        Files.writeString(file, "---\ntitle: T\nversion: 1.0.0\ndescription: TODO\n---\n## Role Summary\nA\u202Eb\n");
        Linter linter = Linter.builder().serviceLoaderRules(false).build();
        LintReport report = linter.lint(List.of(file));
        Path recorded = dir.resolve("baseline.json");
        Baseline.of(report, dir).write(recorded);
        LintReport filtered = Baseline.read(recorded).filter(report, dir);
        List<String> left = filtered.files().stream()
                .flatMap(f -> f.diagnostics().stream())
                .map(Diagnostic::code)
                .toList();
        assertEquals(List.of("text.bidi-control"), left);
        assertEquals(report.files().get(0).diagnostics().size() - 1, filtered.suppressedByBaseline());
        assertTrue(LintReports.json(filtered).contains("\"baseline\" : " + filtered.suppressedByBaseline()));
    }

    @Test
    void filesAGitignoreHidesAreStillCheckedForTheSecurityFindingsAndCounted(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(".gitignore"), "hidden/\n*.draft.md\n");
        Files.createDirectories(dir.resolve("hidden"));
        Files.writeString(dir.resolve("hidden/a.md"), PERSONA.formatted("A", "A", "Tag \uDB40\uDC41 here."));
        Files.writeString(dir.resolve("b.draft.md"), PERSONA.formatted("B", "B", "Clean, but TODO."));
        Files.writeString(dir.resolve("c.md"), PERSONA.formatted("C", "C", "Works."));
        LintReport report = Linter.builder().build().lint(List.of(dir));
        assertEquals(java.util.Map.of(".gitignore", 2), report.ignoredFiles());
        List<String> reported = report.files().stream().map(FileReport::label).toList();
        assertEquals(2, reported.size(), reported.toString());
        assertTrue(reported.get(1).endsWith("a.md"), reported.toString());
        assertEquals(
                List.of("text.tag-character"),
                report.files().get(1).diagnostics().stream()
                        .map(Diagnostic::code)
                        .toList());
        assertEquals(1, report.lintedCount());
    }
}
