package org.persona4j.markdown.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.persona4j.Diagnostic;
import org.persona4j.DiagnosticCodes;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.ReadResult;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.dialect.KeyRole;
import org.persona4j.model.Item;
import org.persona4j.model.Section;
import org.persona4j.render.Provenance;
import org.persona4j.render.RenderedPrompt;

/** {@code extends} and composition merge as documented on {@link Personas#compose}. */
class InheritanceTest {

    private static final String BASE = """
            ---
            title: Base Engineer
            version: 1.0.0
            keywords: [engineering]
            agentMode: general
            ---
            ## Role Summary
            An engineer.

            ## Constraints
            - Never leak secrets

            ## Behavioral Directives
            - Be brief

            ## House Rules
            Base rules.
            """;
    private static final String MID = """
            ---
            title: Backend Engineer
            extends: base
            append: [constraints]
            ---
            ## Constraints
            - Never drop a table in production

            ## Behavioral Directives
            - Explain trade-offs

            ## House Rules
            Backend rules.
            """;
    private static final String LEAF = """
            ---
            title: Payments Engineer
            extends: mid
            keywords: [payments]
            ---
            ## Role Summary
            A payments engineer.

            ## Example Workflows
            User: refund
            Agent: idempotently
            """;

    @Test
    void aThreeLevelChainMergesByKindAndKey() throws IOException {
        PersonaCatalog catalog = PersonaCatalog.builder()
                .source("base", BASE)
                .source("mid", MID)
                .source("leaf", LEAF)
                .build();
        ReadResult r = catalog.resolve("leaf");
        assertEquals(List.of(), r.diagnostics());
        Persona p = r.expectPersona();
        assertEquals("leaf", p.id());
        assertEquals("Payments Engineer", p.title());
        assertEquals("1.0.0", p.metadata().version().orElseThrow(), "inherited from base");
        assertEquals("general", p.metadata().text(KeyRole.MODE).orElseThrow());
        assertEquals(List.of("payments"), p.metadata().keywords(), "the child's list replaces the parent's");
        assertEquals(
                List.of(
                        "Role Summary",
                        "Constraints",
                        "Constraints",
                        "Behavioral Directives",
                        "House Rules",
                        "Example Workflows"),
                p.sections().stream().map(Section::heading).toList());
        assertEquals("A payments engineer.", p.roleSummary());
        assertEquals(
                List.of("Never leak secrets", "Never drop a table in production"),
                p.constraints().stream().map(Item::text).toList(),
                "mid appends constraints");
        assertEquals(
                List.of("Explain trade-offs"),
                p.directives().stream().map(Item::text).toList(),
                "mid replaces directives");
        assertEquals("Backend rules.", p.sections().get(4).text(), "other sections merge by heading");
        assertEquals(
                List.of("memory:leaf", "memory:base", "memory:mid", "memory:mid", "memory:mid", "memory:leaf"),
                p.sections().stream().map(Section::source).toList());
        RenderedPrompt rendered = p.render();
        int at = rendered.systemText().indexOf("Never leak secrets");
        Provenance where = rendered.provenanceAt(at).orElseThrow();
        assertEquals("memory:base", where.source());
        assertEquals(11, where.line());
    }

    @Test
    void aCycleIsReportedWithTheChain() throws IOException {
        PersonaCatalog catalog = PersonaCatalog.builder()
                .source("a", "---\ntitle: A\nextends: b\n---\n")
                .source("b", "---\ntitle: B\nextends: c\n---\n")
                .source("c", "---\ntitle: C\nextends: a\n---\n")
                .build();
        ReadResult r = catalog.resolve("a");
        Diagnostic d = r.diagnostics().get(0);
        assertEquals(DiagnosticCodes.EXTENDS_CYCLE.code(), d.code());
        assertTrue(d.message().contains("a → b → c → a"), d.message());
        assertEquals("A", r.expectPersona().title());
    }

    @Test
    void aMissingParentIsReportedWithTheChain() throws IOException {
        PersonaCatalog catalog = PersonaCatalog.builder()
                .source("a", "---\ntitle: A\nextends: b\n---\n")
                .source("b", "---\ntitle: B\nextends: gone\n---\n")
                .build();
        Diagnostic d = catalog.resolve("a").diagnostics().get(0);
        assertEquals(DiagnosticCodes.EXTENDS_MISSING.code(), d.code());
        assertTrue(d.message().contains("a → b → gone"), d.message());
    }

    @Test
    void composeGivesLaterPersonasPrecedence() {
        Persona base = Personas.parse(BASE, "base.md").expectPersona();
        Persona tone = Personas.parse("---\ntitle: Friendly\n---\n## Behavioral Directives\n- Be warm\n", "tone.md")
                .expectPersona();
        Persona both = Personas.compose(base, tone);
        assertEquals("Friendly", both.title());
        assertEquals(
                List.of("Be warm"), both.directives().stream().map(Item::text).toList());
        assertEquals(
                List.of("Never leak secrets"),
                both.constraints().stream().map(Item::text).toList());
        assertEquals("tone", both.id());
    }

    @Test
    void anAppendedRoleSummaryFollowsTheParentsAndAnEmptyKeyKeepsTheParentsValue() {
        Persona base = Personas.parse(
                        "---\ntitle: Base\ndescription: Builds things\n---\n## Role Summary\nAn engineer.\n", "base.md")
                .expectPersona();
        Persona child = Personas.parse(
                        "---\ntitle: Child\ndescription:\nappend: [role_summary]\n---\n## Role Summary\n"
                                + "Who also pays.\n",
                        "child.md")
                .expectPersona();
        Persona both = Personas.compose(base, child);
        assertEquals("An engineer.\n\nWho also pays.", both.roleSummary());
        assertEquals("Builds things", both.metadata().description().orElseThrow());
        assertEquals("Child", both.title());
    }
}
