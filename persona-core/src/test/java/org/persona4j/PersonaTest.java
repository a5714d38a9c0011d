package org.persona4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.persona4j.dialect.KeyRole;
import org.persona4j.model.PersonaBody;

class PersonaTest {

    private static final PersonaSource SOURCE = new PersonaSource("x.md", null, "00");

    @Test
    void personasBuiltFromEqualPartsAreEqualValues() {
        PersonaMetadata m = PersonaMetadata.builder().put(KeyRole.TITLE, "X").build();
        Persona a = Persona.of("x", Dialect.AI_LEY, m, SOURCE, PersonaBody.EMPTY, List.of());
        Persona b = Persona.of(
                "x",
                Dialect.AI_LEY,
                PersonaMetadata.builder().put(KeyRole.TITLE, "X").build(),
                SOURCE,
                PersonaBody.EMPTY,
                List.of());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, Persona.of("y", Dialect.AI_LEY, m, SOURCE, PersonaBody.EMPTY, List.of()));
    }

    @Test
    void diagnosticsAreTheHeaderFindingsThenTheBodyFindings() {
        Diagnostic head = DiagnosticCodes.FRONT_MATTER_MISSING.at("x.md", SourceSpan.FILE, "no front matter");
        Diagnostic body = DiagnosticCodes.UNCLOSED_FENCE.at("x.md", SourceSpan.at(3, 1), "unclosed");
        Persona p = Persona.of(
                "x",
                Dialect.AI_LEY,
                PersonaMetadata.empty(),
                SOURCE,
                PersonaBody.EMPTY.withDiagnostics(List.of(body)),
                List.of(head));
        assertEquals(List.of(head, body), p.diagnostics());
        assertEquals(List.of(head), p.headerDiagnostics());
    }

    @Test
    void theFindingsGivenAreCopiedNotKept() {
        List<Diagnostic> findings = new ArrayList<>();
        Persona p = Persona.of("x", Dialect.AI_LEY, PersonaMetadata.empty(), SOURCE, PersonaBody.EMPTY, findings);
        findings.add(DiagnosticCodes.FRONT_MATTER_MISSING.at("x.md", SourceSpan.FILE, "later"));
        assertTrue(p.diagnostics().isEmpty());
    }

    @Test
    void titleFallsBackToNameThenId() {
        Persona named = Persona.of(
                "a/b",
                Dialect.CLAUDE_SUBAGENT,
                PersonaMetadata.builder().put("name", "code-reviewer").build(),
                SOURCE,
                PersonaBody.EMPTY,
                List.of());
        assertEquals("code-reviewer", named.title());
        Persona bare = Persona.of("a/b", Dialect.AI_LEY, PersonaMetadata.empty(), SOURCE, PersonaBody.EMPTY, List.of());
        assertEquals("a/b", bare.title());
    }

    @Test
    void metadataKeepsUnknownKeysInOrder() {
        PersonaMetadata m = PersonaMetadata.builder()
                .put("zeta", 1L)
                .put("alpha", "x")
                .put(KeyRole.TITLE, "T")
                .build();
        assertEquals(List.of("zeta", "alpha"), List.copyOf(m.extra().keySet()));
        assertEquals(List.of("zeta", "alpha", "title"), m.keys());
    }
}
