package org.persona4j.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.persona4j.Diagnostic;
import org.persona4j.DiagnosticCodes;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.ReadResult;
import org.persona4j.model.CapabilityGroup;
import org.persona4j.model.CodeTemplate;
import org.persona4j.model.Example;
import org.persona4j.model.Item;
import org.persona4j.model.Section;
import org.persona4j.model.SectionKind;

class BodyReadingTest {

    @Test
    void referenceLayoutGivesEveryTypedView() {
        Persona p = Fixtures.read("reference-layout.md").expectPersona();
        assertEquals("Persona: Sample Engineer", p.body().title());
        assertEquals(
                List.of(
                        SectionKind.ROLE_SUMMARY,
                        SectionKind.GOALS,
                        SectionKind.CAPABILITIES,
                        SectionKind.KNOWLEDGE,
                        SectionKind.CONSTRAINTS,
                        SectionKind.DIRECTIVES,
                        SectionKind.INTERACTION,
                        SectionKind.EXAMPLES,
                        SectionKind.TEMPLATES,
                        SectionKind.METADATA),
                p.sections().stream().map(Section::kind).toList());
        assertEquals("A careful engineer.", p.roleSummary());
        assertEquals(
                List.of("Ship small changes", "Keep tests green"),
                p.goals().stream().map(Item::text).toList());
        assertEquals(
                List.of("Java 17+", "Kotlin"),
                p.body().capability("languages").orElseThrow().items());
        assertEquals(
                List.of("AWS (Lambda, ECS)", "GCP"),
                p.body().capability("Clouds").orElseThrow().items());
        assertEquals("Unit, property and fuzz testing", p.knowledge().get(0).value());
        assertEquals("Must not skip tests", p.constraints().get(0).text());
        assertEquals("Explain trade-offs", p.directives().get(0).text());
        assertEquals("Input Format", p.interaction().get(0).key());
        Example example = p.examples().get(0);
        assertEquals("Fix a bug", example.title());
        assertEquals("User", example.exchanges().get(0).role());
        assertEquals("The build is red", example.exchanges().get(0).text());
        assertEquals(
                "Finds the failing test and fixes it:\n- reads the log",
                example.exchanges().get(1).text());
        CodeTemplate template = p.templates().get(0);
        assertEquals("Test Skeleton", template.name());
        assertEquals("java", template.language());
        assertEquals("class FooTest {}\n", template.code());
        assertEquals("2.0", p.body().bodyMetadata("version").orElseThrow());
    }

    @Test
    void sectionsKnowTheirLinesAndDropTheClosingRule() {
        Persona p = Fixtures.read("reference-layout.md").expectPersona();
        Section roleSummary = p.sections().get(0);
        assertEquals(21, roleSummary.line());
        assertEquals("1. Role Summary", roleSummary.heading());
        assertEquals("A careful engineer.", roleSummary.text());
        assertEquals(22, roleSummary.textLine());
        Section goals = p.sections().get(1);
        assertEquals(28, goals.fileLine(1), "the second goal");
        assertEquals(26, p.sections().get(1).line());
        assertEquals(27, p.goals().get(0).span().startLine());
    }

    @Test
    void bomCrlfAndMissingFinalNewlineReadLikeTheCleanFile() {
        String clean = Personas.write(Fixtures.read("reference-layout.md").expectPersona(), "markdown");
        ReadResult messy = Fixtures.read("bom-crlf-no-final-newline.md");
        assertTrue(messy.diagnostics().isEmpty(), messy.diagnostics().toString());
        assertEquals(clean, Personas.write(messy.expectPersona(), "markdown"));
        assertEquals(clean, Personas.write(Fixtures.read("cr-only.md").expectPersona(), "markdown"));
        assertEquals(21, messy.expectPersona().sections().get(0).line());
    }

    @Test
    void technicalLayoutIsRecognised() {
        Persona p = Fixtures.read("technical-layout.md").expectPersona();
        assertEquals(
                List.of(
                        SectionKind.ROLE_SUMMARY,
                        SectionKind.DIRECTIVES,
                        SectionKind.GOALS,
                        SectionKind.KNOWLEDGE,
                        SectionKind.CONSTRAINTS,
                        SectionKind.INTERACTION,
                        SectionKind.EXAMPLES,
                        SectionKind.TEMPLATES,
                        SectionKind.METADATA),
                p.sections().stream().map(Section::kind).toList());
        assertEquals(
                List.of("Measure first", "Then change"),
                p.directives().stream().map(Item::text).toList());
        assertEquals("Indexes and plans.", p.knowledge().get(0).value());
        assertEquals("Slow query", p.examples().get(0).title());
        assertEquals(2, p.examples().get(0).exchanges().size());
        assertEquals("Report", p.templates().get(0).name());
        assertEquals("3.1", p.body().bodyMetadata("Version").orElseThrow());
    }

    @Test
    void overviewLayoutIsRecognised() {
        Persona p = Fixtures.read("overview-layout.md").expectPersona();
        assertEquals(
                List.of(
                        SectionKind.ROLE_SUMMARY,
                        SectionKind.DIRECTIVES,
                        SectionKind.KNOWLEDGE,
                        SectionKind.KNOWLEDGE,
                        SectionKind.INTERACTION,
                        SectionKind.INTERACTION,
                        SectionKind.EXAMPLES),
                p.sections().stream().map(Section::kind).toList());
        assertEquals("An expert.", p.roleSummary());
        assertEquals("Radio", p.knowledge().get(0).key());
        assertEquals("Interference", p.examples().get(0).title());
    }

    @Test
    void subagentBodiesUseThePreambleAndSubHeadings() {
        Persona p = Fixtures.read("claude-subagent.md").expectPersona();
        assertEquals("", p.body().title());
        assertEquals(
                "You are an API reviewer who cares about consistency.", p.body().preamble());
        List<CapabilityGroup> caps = p.capabilities();
        assertEquals(
                List.of("Design", "Security"),
                caps.stream().map(CapabilityGroup::category).toList());
        assertEquals(List.of("Resource naming", "Pagination"), caps.get(0).items());
        assertEquals(
                List.of("Review this OpenAPI spec", "Is this endpoint RESTful?"),
                p.examples().stream().map(Example::title).toList());
    }

    @Test
    void unknownHeadingIsKeptAsOtherSection() {
        Persona p = Personas.parse("## Role Summary\nx\n\n## Lunch Preferences\nSoup.\n", "o.md")
                .expectPersona();
        Section other = p.sections().get(1);
        assertEquals(SectionKind.OTHER, other.kind());
        assertEquals("Lunch Preferences", other.heading());
        assertEquals("Soup.", other.text());
        assertEquals(4, other.line());
    }

    @Test
    void unclosedFenceIsAWarningThatNamesTheHiddenHeading() {
        ReadResult r = Fixtures.read("unclosed-fence.md");
        assertFalse(r.hasErrors());
        Diagnostic fence = r.diagnostics(DiagnosticCodes.UNCLOSED_FENCE.code()).get(0);
        assertEquals(10, fence.line());
        Diagnostic hidden = r.diagnostics(DiagnosticCodes.HIDDEN_HEADING.code()).get(0);
        assertEquals(13, hidden.line());
        assertTrue(hidden.message().contains("## 10. Metadata"), hidden.message());
        assertEquals(2, r.expectPersona().sections().size());
    }

    @Test
    void anUnclosedFenceInsideAListIsReportedToo() {
        ReadResult r = Personas.parse("## Templates\n- item\n\n  ```sh\n  make\n\n## Hidden\n", "l.md");
        Diagnostic fence = r.diagnostics(DiagnosticCodes.UNCLOSED_FENCE.code()).get(0);
        assertEquals(4, fence.line());
        assertEquals(3, fence.column());
        assertEquals(
                7, r.diagnostics(DiagnosticCodes.HIDDEN_HEADING.code()).get(0).line());
        assertEquals(1, r.expectPersona().sections().size(), "flexmark keeps the heading inside the fence");
    }

    @Test
    void invalidUtf8IsReplacedAndReportedWithItsByteOffset() {
        ReadResult r = Fixtures.read("invalid-utf8.md");
        Diagnostic d = r.diagnostics(DiagnosticCodes.INVALID_UTF8.code()).get(0);
        assertEquals(6, d.line());
        assertEquals(7, d.column());
        assertTrue(d.message().contains("0x92") && d.message().contains("byte offset 44"), d.message());
        assertEquals("Input \uFFFD output", r.expectPersona().roleSummary());
    }

    @Test
    void strictModeMakesEveryWarningAnError() throws java.io.IOException {
        ReadResult strict = Personas.read(
                Fixtures.path("invalid-utf8.md"),
                org.persona4j.ReadOptions.builder().strict(true).build());
        assertTrue(strict.hasErrors());
        assertEquals(
                org.persona4j.Severity.ERROR,
                strict.diagnostics(DiagnosticCodes.INVALID_UTF8.code()).get(0).severity());
        ReadResult lazy = Personas.parse(
                "```\nopen",
                "f.md",
                org.persona4j.ReadOptions.builder().strict(true).build());
        assertTrue(lazy.expectPersona().diagnostics().stream().allMatch(Diagnostic::isError));
    }

    @Test
    void blankLinesAtTheEndOfAnUnclosedFenceAreNotCode() {
        Persona p =
                Personas.parse("## Templates\n\n```sh\nmake\n\n  \n", "t.md").expectPersona();
        assertEquals("make\n", p.templates().get(0).code());
        RoundTrip.assertRoundTrip(p);
    }

    @Test
    void anEmptyLevelOneHeadingIsNotATitle() {
        Persona p = Personas.parse("#\nText\n=\n", "h.md").expectPersona();
        assertEquals("", p.body().title());
        assertEquals("#\nText\n=", p.body().preamble());
        RoundTrip.assertRoundTrip(p);
    }

    @Test
    void trailingVerticalTabIsKeptBecauseMarkdownTreatsItAsText() {
        Persona p = Personas.parse("Title\n=\u000B\n\n---\n", "vt.md").expectPersona();
        assertEquals("", p.body().title(), "'=' followed by a vertical tab is not a heading underline");
        assertEquals("Title\n=\u000B", p.body().preamble());
        RoundTrip.assertRoundTrip(p);
    }
}
