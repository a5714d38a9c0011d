package org.persona4j.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.persona4j.Dialect;
import org.persona4j.Persona;
import org.persona4j.PersonaMetadata;
import org.persona4j.Personas;
import org.persona4j.convert.Conversion;
import org.persona4j.convert.LedgerEntry;
import org.persona4j.convert.LedgerEntry.Outcome;

/** Converting between dialects: where each key goes, in what form, and what the ledger says of it. */
class ConvertTest {

    private static final java.util.List<Dialect> WRITABLE =
            java.util.Arrays.stream(Dialect.values()).filter(Dialect::writable).toList();

    private static final String BACKEND = """
            ---
            title: Backend Engineer
            version: 1.2.0
            description: Builds APIs
            keywords: [java, api]
            applyTo: ["src/**/*.java"]
            ---
            # Backend Engineer

            Builds services.

            ## Role Summary

            Builds and runs APIs.

            ## Constraints

            - Never log secrets.
            """;

    private static final String HELPER = """
            ---
            name: helper
            description: Helps with builds
            tools: Read, Grep
            model: sonnet
            ---
            You help with builds.
            """;

    private static Persona read(String text, String label) {
        return Personas.parse(text, label).expectPersona();
    }

    private static String outcomes(Conversion c) {
        return String.join(
                "\n",
                c.ledger().stream()
                        .map(e -> e.name() + " " + e.outcome() + (e.target().isEmpty() ? "" : " " + e.target()))
                        .toList());
    }

    @Test
    void anAiLeyPersonaBecomesAClaudeSubagentNamedByItsTitle() {
        Persona source = read(BACKEND, "personas/backend.md");
        Conversion c = Personas.convert(source, Dialect.CLAUDE_SUBAGENT);
        assertEquals(".claude/agents/backend-engineer.md", c.path());
        assertEquals("""
                title TRANSFORMED name
                version LOST
                description MAPPED description
                keywords LOST
                applyTo LOST
                Role Summary MAPPED ## Role Summary
                Constraints MAPPED ## Constraints""", outcomes(c));
        assertTrue(c.text().startsWith("---\nname: backend-engineer\ndescription: Builds APIs\n---\n"), c.text());
        LedgerEntry version = c.entries(Outcome.LOST).get(0);
        assertEquals("personas/backend.md:3", version.location());
        assertEquals("Claude Code subagents have no 'version' key", version.note());
        Persona back = c.readBack().expectPersona();
        assertEquals(Dialect.CLAUDE_SUBAGENT, back.dialect());
        assertEquals("backend-engineer", back.id());
        assertEquals(source.sections().get(1).text(), back.sections().get(1).text());
        assertEquals(List.of(), c.check());
    }

    @Test
    void aSubagentsToolsTakeTheFormEachDialectWrites() {
        Persona helper = read(HELPER, ".claude/agents/helper.md");
        Conversion agent = Personas.convert(helper, Dialect.COPILOT_AGENT);
        assertEquals(
                List.of("Read", "Grep"),
                agent.readBack().expectPersona().metadata().value("tools").orElseThrow());
        assertEquals(
                "tools TRANSFORMED tools",
                outcomes(agent)
                        .lines()
                        .filter(l -> l.startsWith("tools"))
                        .findFirst()
                        .orElseThrow());
        Conversion skill = Personas.convert(helper, Dialect.AGENT_SKILL);
        assertEquals("skills/helper/SKILL.md", skill.path());
        assertEquals(
                "Read Grep",
                skill.readBack()
                        .expectPersona()
                        .metadata()
                        .text("allowed-tools")
                        .orElseThrow());
        Conversion claude = Personas.convert(helper, Dialect.CLAUDE_SUBAGENT);
        assertEquals(
                List.of(Outcome.MAPPED),
                claude.ledger().stream().map(LedgerEntry::outcome).distinct().toList());
        assertEquals(List.of(), claude.check());
    }

    @Test
    void aNameADialectHasNoKeyForNamesTheFile() {
        Conversion rule = Personas.convert(read(HELPER, ".claude/agents/helper.md"), Dialect.CURSOR_RULE);
        assertEquals(".cursor/rules/helper.mdc", rule.path());
        LedgerEntry name = rule.ledger().get(0);
        assertEquals(Outcome.TRANSFORMED, name.outcome());
        assertEquals("named the file .cursor/rules/helper.mdc", name.note());
        assertEquals(
                List.of("tools", "model"),
                rule.entries(Outcome.LOST).stream().map(LedgerEntry::name).toList());
    }

    @Test
    void cursorGlobsBecomeCopilotApplyToAndAnAlwaysRuleAppliesEverywhere() {
        Persona rule = read(
                "---\ndescription: Java style\nglobs: src/**/*.java, test/**/*.java\nalwaysApply: false\n"
                        + "---\n- Use final.\n",
                ".cursor/rules/java-style.mdc");
        Conversion instructions = Personas.convert(rule, Dialect.COPILOT_INSTRUCTIONS);
        assertEquals(".github/instructions/java-style.instructions.md", instructions.path());
        PersonaMetadata back = instructions.readBack().expectPersona().metadata();
        assertEquals(List.of("src/**/*.java", "test/**/*.java"), back.filePatterns());
        assertEquals(
                "globs TRANSFORMED applyTo",
                outcomes(instructions)
                        .lines()
                        .filter(l -> l.startsWith("globs"))
                        .findFirst()
                        .orElseThrow());

        Persona always = read("---\ndescription: Everywhere\nalwaysApply: true\n---\nBe brief.\n", "a/always.mdc");
        PersonaMetadata everywhere = Personas.convert(always, Dialect.COPILOT_INSTRUCTIONS)
                .readBack()
                .expectPersona()
                .metadata();
        assertEquals(List.of("**"), everywhere.filePatterns());
    }

    @Test
    void aSkillGetsANameItsDialectAcceptsAndADescriptionOfAtMost1024Characters() {
        String longText = "Reads files. ".repeat(120).strip();
        Persona source =
                read("---\nname: My PDF Skill\ndescription: " + longText + "\n---\nSteps.\n", ".claude/agents/pdf.md");
        Conversion skill = Personas.convert(source, Dialect.AGENT_SKILL);
        assertEquals("skills/my-pdf-skill/SKILL.md", skill.path());
        PersonaMetadata back = skill.readBack().expectPersona().metadata();
        assertEquals("my-pdf-skill", back.name().orElseThrow());
        assertTrue(back.description().orElseThrow().length() <= 1024);
        assertEquals(
                List.of(Outcome.TRANSFORMED, Outcome.TRANSFORMED),
                skill.ledger().stream().map(LedgerEntry::outcome).toList());
    }

    @Test
    void aSubagentWithoutADescriptionGetsOneFromItsRoleSummary() {
        Persona source = read(
                "---\ntitle: Reviewer\n---\n## Role Summary\n\nReviews pull requests for risk.\n\n" + "More.\n",
                "personas/reviewer.md");
        PersonaMetadata back = Personas.convert(source, Dialect.CLAUDE_SUBAGENT)
                .readBack()
                .expectPersona()
                .metadata();
        assertEquals("reviewer", back.name().orElseThrow());
        assertEquals("Reviews pull requests for risk.", back.description().orElseThrow());
    }

    @Test
    void aNameCannotLeadAConvertedFileOutOfItsLayout() {
        Persona hostile = read("---\nname: ../../etc/passwd\ndescription: d\n---\nBody.\n", "x.md");
        for (Dialect d : WRITABLE) {
            String path = Personas.convert(hostile, d).path();
            boolean named = d.spec().files().conventional().contains("{name}"); // AGENTS.md has one place only
            assertTrue(!path.contains("..") && (path.contains("etc-passwd") || !named), path);
        }
    }

    @Test
    void convertingIsDeterministicAndLeavesTheSourceAsItWas() {
        Persona source = read(BACKEND, "personas/backend.md");
        Persona copy = read(BACKEND, "personas/backend.md");
        for (Dialect d : WRITABLE) {
            assertEquals(
                    Personas.convert(source, d).text(),
                    Personas.convert(source, d).text());
        }
        assertEquals(copy, source);
    }
}
