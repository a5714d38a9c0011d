package org.persona4j.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
                List.of("read", "search"),
                agent.readBack().expectPersona().metadata().value("tools").orElseThrow(),
                "Copilot's names for Claude Code's tools, as a YAML list");
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
    void aSubagentBecomesAClaudeCommandWhoseToolsAreOnesItMayUseWithoutAsking() {
        Persona helper = read(HELPER, ".claude/agents/helper.md");
        Conversion command = Personas.convert(helper, Dialect.CLAUDE_COMMAND);
        assertEquals(".claude/commands/helper.md", command.path());
        Persona back = command.readBack().expectPersona();
        assertEquals(Dialect.CLAUDE_COMMAND, back.dialect());
        assertEquals(List.of("Read", "Grep"), back.metadata().tools());
        assertTrue(
                command.ledger().stream()
                        .filter(e -> e.name().equals("tools"))
                        .anyMatch(e -> e.note().contains("without asking")),
                "the ledger says an agent's tools and a command's differ: " + command.ledger());
        assertEquals(List.of(), command.check());
        Conversion toSkill = Personas.convert(back, Dialect.AGENT_SKILL);
        assertTrue(
                toSkill.ledger().stream()
                        .filter(e -> e.name().equals("allowed-tools"))
                        .noneMatch(e -> e.note().contains("without asking")),
                "a command's tools and a skill's mean the same: " + toSkill.ledger());
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

    @Test
    void toolsAreTranslatedThroughWhatTheyDoAndMcpToolsKeepTheirServer() {
        Persona subagent = read(
                "---\nname: fixer\ndescription: Fixes\ntools: Read, Edit, Write, Bash(git diff:*), WebFetch, "
                        + "AskUserQuestion, mcp__github__get_issue\nmodel: claude-sonnet-4-5\n---\nFix it.\n",
                ".claude/agents/fixer.md");
        Conversion agent = Personas.convert(subagent, Dialect.COPILOT_AGENT);
        PersonaMetadata m = agent.readBack().expectPersona().metadata();
        // Bash(git diff:*) would be all of execute, which allows every command: it is lost, not widened.
        assertEquals(List.of("read", "edit", "web", "github/get_issue"), m.tools());
        assertEquals("Claude Sonnet 4.5", m.model().orElseThrow());
        LedgerEntry tools = agent.ledger().stream()
                .filter(e -> e.name().equals("tools"))
                .findFirst()
                .orElseThrow();
        assertEquals(Outcome.TRANSFORMED, tools.outcome());
        assertTrue(tools.note().contains("lost, with no counterpart: "), tools.note());
        assertTrue(tools.note().contains("AskUserQuestion"), tools.note());
        assertTrue(tools.note().contains("Bash(git diff:*) (a permission pattern"), tools.note());

        Persona back = Personas.convert(agent.readBack().expectPersona(), Dialect.CLAUDE_SUBAGENT)
                .readBack()
                .expectPersona();
        assertEquals(
                List.of("Read", "Edit", "Write", "WebFetch", "WebSearch", "mcp__github__get_issue"),
                back.metadata().tools());
        assertEquals("claude-sonnet-4-5", back.metadata().model().orElseThrow());
    }

    @Test
    void aModelTheTargetCannotRunIsLostNotCopied() {
        Persona agent = read("---\nname: a\ndescription: d\nmodel: GPT-4.1\n---\nX.\n", ".github/agents/a.agent.md");
        Conversion subagent = Personas.convert(agent, Dialect.CLAUDE_SUBAGENT);
        assertTrue(subagent.readBack().expectPersona().metadata().model().isEmpty());
        assertEquals(
                "model LOST",
                outcomes(subagent)
                        .lines()
                        .filter(l -> l.startsWith("model"))
                        .findFirst()
                        .orElseThrow());
        Persona inherit = read("---\nname: a\ndescription: d\nmodel: inherit\n---\nX.\n", ".claude/agents/a.md");
        Conversion copilot = Personas.convert(inherit, Dialect.COPILOT_AGENT);
        assertFalse(copilot.text().contains("model"), "Copilot's own default is the conversation's model");
    }

    @Test
    void scopeWordsMeanEveryFileAndBecomeTheTargetsWayOfSayingSo() {
        Persona general =
                read("---\ntitle: Writer\napplyTo: general\n---\n## Role Summary\n\nWrites.\n", "personas/writer.md");
        PersonaMetadata rule = Personas.convert(general, Dialect.CURSOR_RULE)
                .readBack()
                .expectPersona()
                .metadata();
        assertEquals(true, rule.alwaysApply().orElseThrow());
        PersonaMetadata instructions = Personas.convert(general, Dialect.COPILOT_INSTRUCTIONS)
                .readBack()
                .expectPersona()
                .metadata();
        assertEquals(List.of("**"), instructions.filePatterns());
    }

    @Test
    void cursorGlobsAreWrittenUnquotedAndQuotesCursorKeptAreLeftOut() {
        Persona quoted = read(
                "---\ndescription: TS\nglobs: [\"src/**/*.ts\", \"test/**/*.ts\"]\nalwaysApply: false\n---\nX.\n",
                "r.mdc");
        Conversion instructions = Personas.convert(quoted, Dialect.COPILOT_INSTRUCTIONS);
        assertEquals(
                List.of("src/**/*.ts", "test/**/*.ts"),
                instructions.readBack().expectPersona().metadata().filePatterns());
        Persona plain = read("---\napplyTo: \"**/*.java\"\n---\nX.\n", ".github/instructions/j.instructions.md");
        String text = Personas.convert(plain, Dialect.CURSOR_RULE).text();
        assertTrue(text.contains("\nglobs: **/*.java\n"), text);
    }

    @Test
    void retiredTargetsAreRefusedNamingTheirReplacement() {
        Persona p = read("---\ntitle: T\n---\nX.\n", "t.md");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> Personas.convert(p, Dialect.COPILOT_CHAT_MODE));
        assertTrue(e.getMessage().contains("Convert to copilot (Copilot custom agent)"), e.getMessage());
        assertFalse(Dialect.COPILOT_CHAT_MODE.writable());
    }

    @Test
    void aPromptFilesRetiredModeBecomesItsAgent() {
        Persona prompt = read("---\ndescription: d\nmode: agent\n---\nDo it.\n", ".github/prompts/p.prompt.md");
        Conversion again = Personas.convert(prompt, Dialect.COPILOT_PROMPT);
        assertEquals(
                "agent",
                again.readBack().expectPersona().metadata().text("agent").orElseThrow());
        assertEquals(
                "mode TRANSFORMED agent",
                outcomes(again)
                        .lines()
                        .filter(l -> l.startsWith("mode"))
                        .findFirst()
                        .orElseThrow());
    }

    @Test
    void crewAiInputsBecomeDeclaredVariables() {
        Persona agent = new org.persona4j.markdown.internal.CrewAiAgentsParser()
                .readAll(
                        new org.persona4j.spi.SourceInput(
                                "config/agents.yaml",
                                null,
                                "agents",
                                ("researcher:\n  role: \"{topic} Researcher\"\n  goal: Find news about {topic}\n"
                                                + "  backstory: You know {topic} well.\n")
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        org.persona4j.ReadOptions.defaults())
                .get(0)
                .expectPersona();
        Persona subagent =
                Personas.convert(agent, Dialect.CLAUDE_SUBAGENT).readBack().expectPersona();
        assertEquals(
                List.of("topic"),
                subagent.metadata().variables().stream().map(v -> v.name()).toList());
        String prompt = subagent.render(org.persona4j.render.RenderOptions.builder()
                        .variable("topic", "Kafka")
                        .build())
                .systemText();
        assertTrue(prompt.contains("Find news about Kafka"), prompt);
    }

    @Test
    void aCrewAiFileLongerThanAFrontMatterIsReadWholeBecauseTheWholeFileIsItsYaml() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; yaml.length() < 200_000; i++) {
            yaml.append("agent_")
                    .append(i)
                    .append(":\n  role: Role ")
                    .append(i)
                    .append("\n  goal: Find things about topic ")
                    .append(i)
                    .append("\n  backstory: >\n    A long backstory line that fills the file up to size.\n");
        }
        List<org.persona4j.ReadResult> read = new org.persona4j.markdown.internal.CrewAiAgentsParser()
                .readAll(
                        new org.persona4j.spi.SourceInput(
                                "config/agents.yaml",
                                null,
                                "agents",
                                yaml.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        org.persona4j.ReadOptions.defaults());
        assertTrue(read.size() > 1000, "agents read: " + read.size());
        assertTrue(
                read.stream().allMatch(r -> r.findPersona().isPresent() && !r.hasErrors()),
                read.stream()
                        .flatMap(r -> r.diagnostics().stream())
                        .limit(3)
                        .toList()
                        .toString());
    }
}
