package org.persona4j.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.persona4j.Diagnostic;
import org.persona4j.DiagnosticCodes;
import org.persona4j.Dialect;
import org.persona4j.Persona;
import org.persona4j.PersonaMetadata;
import org.persona4j.Personas;
import org.persona4j.ReadResult;
import org.persona4j.Severity;
import org.persona4j.dialect.KeyRole;

class FrontMatterReadingTest {

    @Test
    void referenceKeysBindToTypedFields() {
        PersonaMetadata m = Fixtures.read("reference-layout.md").expectPersona().metadata();
        assertEquals("Sample Engineer", m.title().orElseThrow());
        assertEquals("1.2.0", m.version().orElseThrow());
        assertEquals(List.of("services", "testing"), m.keywords());
        assertEquals("2025-01-02", m.lastUpdated().orElseThrow());
        assertEquals(4.5, m.summaryScore().orElseThrow());
        assertEquals(List.of("**/*.java"), m.applyTo());
        assertEquals(List.of(".md"), m.list(KeyRole.EXTENSIONS));
        assertTrue(m.extra().isEmpty());
        assertEquals(2, m.span("title").orElseThrow().startLine());
    }

    @Test
    void foldedScalarsAndFlowListsAreRead() {
        PersonaMetadata m = Fixtures.read("folded-and-flow.md").expectPersona().metadata();
        assertEquals("A description folded over two lines.", m.description().orElseThrow());
        assertEquals(List.of("alpha", "beta"), m.keywords());
        assertEquals(List.of(), m.list(KeyRole.EXTENSIONS));
        assertEquals(List.of("**/*.ts", "src/**"), m.applyTo());
    }

    @Test
    void anotherKeySchemaIsKeptInExtraInFileOrder() {
        ReadResult r = Fixtures.read("claude-subagent.md");
        Persona p = r.expectPersona();
        assertEquals(
                List.of("name", "model", "tools", "color"),
                List.copyOf(p.metadata().extra().keySet()));
        assertEquals("api-reviewer", p.title());
        assertEquals("Read, Grep, Glob", p.metadata().extra().get("tools"));
        assertFalse(r.hasErrors());
    }

    @Test
    void missingFrontMatterIsAWarningAndTheBodyStillReads() {
        ReadResult r = Fixtures.read("no-front-matter.md");
        assertEquals(List.of(DiagnosticCodes.FRONT_MATTER_MISSING.code()), Fixtures.codes(r));
        Persona p = r.expectPersona();
        assertTrue(p.metadata().isEmpty());
        assertEquals("Just Markdown", p.body().title());
        assertEquals("Text.", p.roleSummary());
    }

    /**
     * A block that does not open the file is body text to Claude Code, Copilot and Cursor: an error at its line, which
     * names its keys and what to remove, no keys read, and the dialect its keys meant.
     */
    @Test
    void frontMatterAfterBlankLinesOrIndentedIsMisplacedAndNotRead() {
        ReadResult indented = Fixtures.read("misplaced-front-matter-indented.md");
        assertEquals(List.of(DiagnosticCodes.FRONT_MATTER_MISPLACED.code()), Fixtures.codes(indented));
        Diagnostic d = indented.diagnostics().get(0);
        assertEquals(Severity.ERROR, d.severity());
        assertEquals(2, d.line());
        assertEquals(
                "the front matter opens on line 2, indented; tools read front matter only when '---' is the first "
                        + "line, at its start, so they read its keys (name, description, model) as body text: remove "
                        + "the lines before it and its indentation",
                d.message());
        Persona meant = indented.expectPersona();
        assertEquals(Dialect.CLAUDE_SUBAGENT, meant.dialect(), "told by the keys it was meant to have");
        assertTrue(meant.metadata().description().isEmpty(), "no key is read, as its tool reads none");
        ReadResult afterBlankLines = Fixtures.read("misplaced-front-matter-after-blank-lines.md");
        assertEquals(3, afterBlankLines.diagnostics().get(0).line());
        assertTrue(
                afterBlankLines.diagnostics().get(0).message().endsWith(": remove the lines before it"),
                afterBlankLines.diagnostics().toString());
    }

    @Test
    void unclosedFrontMatterIsAnErrorAtLineOne() {
        ReadResult r = Fixtures.read("unclosed-front-matter.md");
        Diagnostic d =
                r.diagnostics(DiagnosticCodes.FRONT_MATTER_UNCLOSED.code()).get(0);
        assertEquals(Severity.ERROR, d.severity());
        assertEquals(1, d.line());
    }

    @Test
    void duplicateKeyIsAnErrorAtTheSecondKeyAndTheLastValueWinsAsInOtherYamlReaders() {
        ReadResult r = Fixtures.read("duplicate-key.md");
        Diagnostic d = r.diagnostics(DiagnosticCodes.DUPLICATE_KEY.code()).get(0);
        assertEquals(3, d.line());
        assertEquals(1, d.column());
        assertEquals("Two", r.expectPersona().metadata().title().orElseThrow(), "PyYAML and SnakeYAML read the last");
        assertEquals(3, r.expectPersona().metadata().span("title").orElseThrow().startLine());
    }

    @Test
    void yamlQuirksNeverChangeTheTextAndAreExplained() {
        ReadResult r = Fixtures.read("ambiguous-scalars.md");
        PersonaMetadata m = r.expectPersona().metadata();
        assertEquals("1.0", m.version().orElseThrow());
        Map<String, Object> extra = m.extra();
        assertEquals("no", extra.get("enabled"));
        assertEquals("012", extra.get("count"));
        assertEquals(0.5, extra.get("ratio"));
        assertEquals(Boolean.TRUE, extra.get("flag"));
        assertTrue(extra.containsKey("nothing"));
        assertNull(extra.get("nothing"));
        assertEquals("2025-01-01", extra.get("when"));
        List<Integer> lines = r.diagnostics(DiagnosticCodes.AMBIGUOUS_SCALAR.code()).stream()
                .map(Diagnostic::line)
                .toList();
        assertEquals(List.of(3, 4, 5), lines);
    }

    @Test
    void valuesOfTheWrongShapeMoveToExtraWithAWarning() {
        ReadResult r = Fixtures.read("field-type-misfit.md");
        PersonaMetadata m = r.expectPersona().metadata();
        assertTrue(m.title().isEmpty());
        assertEquals(Map.of("nested", "map"), m.extra().get("title"));
        assertEquals("high", m.extra().get("summaryScore"));
        assertEquals(3, r.diagnostics(DiagnosticCodes.FIELD_TYPE.code()).size());
        assertFalse(r.hasErrors());
    }

    @Test
    void idComesFromFrontMatterWhenGiven() {
        Persona p = Personas.parse("---\nid: team/reviewer\n---\n", "file.md").expectPersona();
        assertEquals("team/reviewer", p.id());
        assertEquals(
                "file", Personas.parse("# x\n", "dir/file.md").expectPersona().id());
    }

    @Test
    void emptyFrontMatterGivesEmptyMetadataWithoutWarnings() {
        ReadResult r = Personas.parse("---\n---\n# T\n", "e.md");
        assertTrue(r.diagnostics().isEmpty(), r.diagnostics().toString());
        assertTrue(r.expectPersona().metadata().isEmpty());
    }

    @Test
    void frontMatterThatIsNotAMappingIsAnError() {
        ReadResult r = Personas.parse("---\n- a\n- b\n---\n", "l.md");
        assertEquals(List.of(DiagnosticCodes.FRONT_MATTER_NOT_A_MAPPING.code()), Fixtures.codes(r));
        assertEquals(2, r.diagnostics().get(0).line());
    }

    @Test
    void unquotedColonInATopLevelValueIsReadAsTextAsClaudeCodeReadsItWithAnInfo() {
        ReadResult r = Personas.parse("---\nname: x\ndescription: Use it: when needed\nmodel: opus\n---\n", "c.md");
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        assertEquals(Dialect.CLAUDE_SUBAGENT, r.expectPersona().dialect());
        Diagnostic d = r.diagnostics(DiagnosticCodes.UNQUOTED_COLON.code()).get(0);
        assertEquals(3, d.line());
        assertEquals(Severity.INFO, d.severity());
        PersonaMetadata m = r.expectPersona().metadata();
        assertEquals("Use it: when needed", m.description().orElseThrow());
        assertEquals("opus", m.extra().get("model"));
    }

    @Test
    void anAiLeyPersonaStaysStrictYamlSoAnUnquotedColonIsAnError() {
        ReadResult r = Personas.parse("---\ntitle: X\ndescription: Use it: when needed\n---\n", "personas/x.md");
        assertEquals(List.of(DiagnosticCodes.FRONT_MATTER_SYNTAX.code()), Fixtures.codes(r));
        assertEquals(3, r.diagnostics().get(0).line());
    }

    @Test
    void otherSyntaxErrorsAreErrorsWithTheirPosition() {
        ReadResult r = Personas.parse("---\ntitle: x\nkeywords: [a, b\n---\n", "c.md");
        Diagnostic d = r.diagnostics(DiagnosticCodes.FRONT_MATTER_SYNTAX.code()).get(0);
        assertEquals(Severity.ERROR, d.severity());
        assertTrue(d.line() >= 3, d.toString());
        assertTrue(r.expectPersona().metadata().isEmpty());
    }
}
