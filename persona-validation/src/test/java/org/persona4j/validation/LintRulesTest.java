package org.persona4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.persona4j.validation.LintTesting.codes;
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
import org.persona4j.testing.Corpus;

class LintRulesTest {

    private static final String SECTIONS = "## Role Summary\nx\n\n## Goals\n- g\n\n## Capabilities\n- **A**: b\n\n"
            + "## Knowledge\n- **K**: v\n\n## Constraints\n- c\n\n## Behavioral Directives\n- d\n\n"
            + "## Interaction Protocol\n- **Input Format**: i\n\n## Example Workflows\nUser: u\nAgent: a\n\n"
            + "## Templates\n```\nt\n```\n\n## Metadata\n- **Version**: 1.0.0\n";

    @Test
    void aCompletePersonaHasNoFindings() {
        String text = "---\ntitle: Clean\nversion: 1.0.0\ndescription: Does one thing well.\nkeywords: [a]\n"
                + "lastUpdated: 2025-01-02\nsummaryScore: 4.5\n---\n\n# Persona: Clean\n\n" + SECTIONS;
        assertEquals(List.of(), lint(text));
    }

    @Test
    void missingTitleIsAnError() {
        Diagnostic d = withCode(lint("---\nversion: 1.0.0\n---\n" + SECTIONS), "metadata.required")
                .get(0);
        assertEquals(Severity.ERROR, d.severity());
        assertTrue(d.message().contains("add 'title: …'"), d.message());
    }

    @Test
    void badValuesPointAtTheirKeys() {
        List<Diagnostic> found = lint("---\ntitle: T\nversion: 1.0\nsummaryScore: 7\nlastUpdated: yesterday\n"
                + "author: '  '\n---\n" + SECTIONS);
        assertEquals(3, withCode(found, "metadata.version-format").get(0).line());
        Diagnostic score = withCode(found, "metadata.score-range").get(0);
        assertEquals(4, score.line());
        assertTrue(score.message().contains("highest score, 5"), score.message());
        assertEquals(5, withCode(found, "metadata.date-format").get(0).line());
        assertEquals(6, withCode(found, "metadata.blank").get(0).line());
    }

    @Test
    void unknownKeysGetADidYouMean() {
        Diagnostic d = withCode(
                        lint("---\ntitle: T\nkeyword: [a]\nmood: calm\n---\n" + SECTIONS), "metadata.unknown-key")
                .get(0);
        assertEquals(3, d.line());
        assertTrue(d.message().contains("did you mean 'keywords'?"), d.message());
    }

    @Test
    void commaTextWhereAListBelongsIsReported() {
        Diagnostic d = withCode(
                        lint("---\ntitle: T\nkeywords: api, cache, sql\n---\n" + SECTIONS), "metadata.comma-list")
                .get(0);
        assertEquals(3, d.line());
    }

    @Test
    void titleAndHeadingMustNameTheSamePersona() {
        List<Diagnostic> found = lint("---\ntitle: Backend Engineer\n---\n# Persona: Frontend Engineer\n" + SECTIONS);
        assertEquals(List.of("title.mismatch"), codes(withCode(found, "title.mismatch")));
        assertEquals(
                List.of(),
                withCode(
                        lint("---\ntitle: Backend Engineer\n---\n# AI Agent Persona: backend " + "engineer\n"
                                + SECTIONS),
                        "title.mismatch"));
    }

    @Test
    void layoutProblemsPointAtTheirSections() {
        List<Diagnostic> found = lint("---\ntitle: T\n---\n## Constraints\n- c\n\n## Role Summary\nx\n\n"
                + "## Constraints\n- again\n\n## Goals\n");
        assertEquals(7, withCode(found, "layout.out-of-order").get(0).line());
        assertEquals(10, withCode(found, "layout.duplicate-section").get(0).line());
        assertEquals(13, withCode(found, "layout.empty-section").get(0).line());
        assertEquals(7, withCode(found, "layout.missing-section").size());
    }

    @Test
    void technicalLayoutFileIsCleanUnderTheTechnicalProfile() throws IOException {
        Path file = Corpus.require("ai-ley-personas/business/business-speech-writer.md");
        Linter technical = Linter.builder()
                .profile(Profile.TECHNICAL)
                .serviceLoaderRules(false)
                .build();
        List<Diagnostic> found = technical.lint(List.of(file)).files().get(0).diagnostics();
        assertEquals(
                List.of(),
                found.stream().filter(d -> d.code().startsWith("layout.")).toList());
        Linter reference = LintTesting.REFERENCE;
        assertTrue(!withCode(reference.lint(List.of(file)).files().get(0).diagnostics(), "layout.missing-section")
                .isEmpty());
    }

    @Test
    void permissiveProfileAcceptsSubagents() {
        Linter permissive = Linter.builder()
                .profile(Profile.PERMISSIVE)
                .serviceLoaderRules(false)
                .build();
        List<Diagnostic> found = lint(
                permissive,
                "---\nname: reviewer\ndescription: Reviews code.\nmodel: opus\n"
                        + "tools: Read, Grep\n---\n\nYou review code.\n\n## Capabilities\n- Java\n");
        assertEquals(List.of(), found);
    }

    @Test
    void deadRelativeLinksAreReported(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("other.md"), "# Other\n");
        Path file = dir.resolve("p.md");
        Files.writeString(
                file,
                "---\ntitle: T\n---\n## Role Summary\nSee [other](other.md), [gone](gone.md#x), "
                        + "[web](https://example.com) and [top](#role-summary).\n");
        List<Diagnostic> found = withCode(
                LintTesting.REFERENCE.lint(List.of(file)).files().get(0).diagnostics(), "link.dead-relative");
        assertEquals(1, found.size());
        assertTrue(found.get(0).message().contains("gone.md#x"));
        assertEquals(5, found.get(0).line());
    }

    @Test
    void duplicateIdsAndTitlesAcrossFilesAreReportedOnTheLaterFile(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/one.md"), "---\nid: shared\ntitle: Same\n---\n");
        Files.writeString(dir.resolve("b.md"), "---\nid: shared\ntitle: same\n---\n");
        LintReport report = LintTesting.REFERENCE.lint(List.of(dir));
        assertTrue(report.files().get(0).label().endsWith("one.md"), "files are sorted by path");
        FileReport second = report.files().get(1);
        assertEquals(
                List.of("set.duplicate-id", "set.duplicate-title"),
                codes(second.diagnostics().stream()
                        .filter(d -> d.code().startsWith("set."))
                        .toList()));
    }

    @Test
    void readerFindingsAreLintFindingsToo() {
        List<Diagnostic> found = lint("---\ntitle: T\ntitle: U\n---\n");
        assertEquals(
                Severity.ERROR,
                withCode(found, "front-matter.duplicate-key").get(0).severity());
    }
}
