package org.persona4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.persona4j.Diagnostic;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.testing.Corpus;

class LayoutCheckTest {

    private static final LayoutCheck REFERENCE = new LayoutCheck(Layout.REFERENCE);

    @Test
    void referencePersonaFollowsTheReferenceLayout() throws IOException {
        Persona p = Personas.read(Corpus.require("ai-ley-personas/engineer/backend-engineer.md")).expectPersona();
        assertEquals(List.of(), REFERENCE.check(p));
    }

    @Test
    void missingSectionsAreNamedWithAnExampleHeading() {
        Persona p = Personas.parse("## Role Summary\nx\n\n## Constraints\n- y\n", "p.md").expectPersona();
        List<Diagnostic> findings = REFERENCE.check(p);
        assertEquals(8, findings.size());
        assertTrue(findings.stream().allMatch(d -> d.code().equals(LayoutCheck.MISSING_SECTION)));
        assertTrue(findings.get(0).message().contains("'## Goals & Responsibilities'"), findings.get(0).message());
    }

    @Test
    void duplicateEmptyAndOutOfOrderSectionsPointAtTheirLines() {
        Persona p = Personas.parse("## Constraints\n- a\n\n## Role Summary\nx\n\n## Constraints\n- b\n\n## Goals\n",
                "p.md").expectPersona();
        List<Diagnostic> findings = new LayoutCheck(Layout.PERMISSIVE).check(p);
        assertEquals(List.of(LayoutCheck.DUPLICATE_SECTION, LayoutCheck.EMPTY_SECTION),
                findings.stream().map(Diagnostic::code).toList());
        assertEquals(7, findings.get(0).line());
        assertEquals(10, findings.get(1).line());
        List<Diagnostic> ordered = REFERENCE.check(p);
        Diagnostic outOfOrder = ordered.stream().filter(d -> d.code().equals(LayoutCheck.OUT_OF_ORDER))
                .findFirst().orElseThrow();
        assertEquals(4, outOfOrder.line());
    }

    @Test
    void aPreambleCountsAsTheRoleSummary() {
        Persona p = Personas.parse("You review code.\n\n## Capabilities\n- Java\n", "p.md").expectPersona();
        assertEquals(List.of(), new LayoutCheck(Layout.PERMISSIVE).check(p));
    }
}
