package org.persona4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.persona4j.validation.LintTesting.lint;
import static org.persona4j.validation.LintTesting.withCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persona4j.Diagnostic;
import org.persona4j.Severity;

class LintConfigTest {

    private static final String PLACEHOLDER =
            "---\ntitle: T\ndescription: Awaiting summary.\n---\n## Role Summary\nx\n";

    @Test
    void configurationPicksTheProfileAndChangesLevels(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve(".persona-lint.yaml"),
                "profile: permissive\nrules:\n" + "  metadata.placeholder: error\n  text.html-comment: off\n");
        Path file = dir.resolve("sub/p.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, PLACEHOLDER + "<!-- note -->\n");
        LintConfig config = LintConfig.load(LintConfig.find(file).orElseThrow());
        Linter linter =
                Linter.builder().config(config).serviceLoaderRules(false).build();
        assertEquals(Profile.PERMISSIVE, linter.profile());
        List<Diagnostic> found = linter.lint(List.of(file)).files().get(0).diagnostics();
        assertEquals(
                Severity.ERROR, withCode(found, "metadata.placeholder").get(0).severity());
        assertEquals(List.of(), withCode(found, "text.html-comment"));
        assertEquals(List.of(), withCode(found, "layout.missing-section"));
    }

    @Test
    void ignoredPathsAreNotLinted(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("drafts"));
        Files.writeString(dir.resolve("drafts/wip.md"), PLACEHOLDER);
        Files.writeString(dir.resolve("done.md"), PLACEHOLDER);
        Files.writeString(dir.resolve(".persona-lint.yaml"), "ignore:\n  - drafts/**\n");
        Linter linter = Linter.builder()
                .config(LintConfig.load(dir.resolve(".persona-lint.yaml")))
                .serviceLoaderRules(false)
                .build();
        List<FileReport> files = linter.lint(List.of(dir)).files();
        assertEquals(1, files.size());
        assertTrue(files.get(0).label().endsWith("done.md"));
    }

    @Test
    void versionPatternAndScoreRangeComeFromConfiguration() {
        LintConfig config = org.persona4j.validation.internal.ConfigParser.parse(
                "versionPattern: 'v\\d+'\nscoreRange: [1, 10]\n", "c.yaml", null);
        Linter linter =
                Linter.builder().config(config).serviceLoaderRules(false).build();
        List<Diagnostic> ok = lint(linter, "---\ntitle: T\nversion: v7\nsummaryScore: 9\n---\n");
        assertEquals(List.of(), withCode(ok, "metadata.version-format"));
        assertEquals(List.of(), withCode(ok, "metadata.score-range"));
        List<Diagnostic> bad = lint(linter, "---\ntitle: T\nversion: 1.0.0\nsummaryScore: 0.5\n---\n");
        assertEquals(1, withCode(bad, "metadata.version-format").size());
        assertTrue(withCode(bad, "metadata.score-range").get(0).message().contains("lowest score, 1.0"));
        assertThrows(
                IllegalArgumentException.class,
                () -> org.persona4j.validation.internal.ConfigParser.parse("scoreRange: [5, 1]\n", "c.yaml", null));
    }

    @Test
    void strictModeTurnsWarningsIntoErrors() {
        Linter strict = Linter.builder().strict(true).serviceLoaderRules(false).build();
        assertTrue(lint(strict, PLACEHOLDER).stream().allMatch(d -> d.severity() != Severity.WARNING));
    }

    @Test
    void inlineSuppressionTurnsOneRuleOff() {
        String text = "---\ntitle: T\n# persona-lint-disable metadata.placeholder\ndescription: Awaiting summary.\n"
                + "---\n## Role Summary\nx\n<!-- persona-lint-disable-next-line text.html-comment -->\n"
                + "<!-- a note -->\n<!-- another -->\n<!-- persona-lint-disable-next-line text.zero-width -->\n"
                + "zero\u200Bwidth\n";
        List<Diagnostic> found = lint(text);
        assertEquals(List.of(), withCode(found, "metadata.placeholder"));
        List<Diagnostic> comments = withCode(found, "text.html-comment");
        assertEquals(1, comments.size(), "directives are not hidden text, and the next line's comment is allowed");
        assertEquals(10, comments.get(0).line());
        assertEquals(
                1, withCode(found, "text.zero-width").size(), "no file turns off the security findings about itself");
    }

    @Test
    void unknownRuleInConfigurationIsRefusedWithASuggestion() {
        LintConfig config = LintConfig.of(java.util.Map.of("metadata.placehodler", Level.OFF));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Linter.builder().config(config).build());
        assertTrue(e.getMessage().contains("did you mean 'metadata.placeholder'?"), e.getMessage());
    }

    @Test
    void badConfigurationSaysWhatToChange() {
        IllegalArgumentException unknownKey = assertThrows(
                IllegalArgumentException.class,
                () -> org.persona4j.validation.internal.ConfigParser.parse("profiles: x\n", "c.yaml", null));
        assertTrue(unknownKey.getMessage().contains("unknown key 'profiles'"), unknownKey.getMessage());
        IllegalArgumentException badLevel = assertThrows(
                IllegalArgumentException.class,
                () -> org.persona4j.validation.internal.ConfigParser.parse("rules:\n  a.b: loud\n", "c.yaml", null));
        assertTrue(badLevel.getMessage().contains("use off, info, warning or error"), badLevel.getMessage());
        IllegalArgumentException badProfile = assertThrows(
                IllegalArgumentException.class,
                () -> org.persona4j.validation.internal.ConfigParser.parse("profile: fancy\n", "c.yaml", null));
        assertTrue(badProfile.getMessage().contains("reference, technical or permissive"));
    }
}
