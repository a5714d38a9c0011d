package org.persona4j.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.persona4j.Dialect;
import org.persona4j.Persona;
import org.persona4j.PersonaMetadata;
import org.persona4j.Personas;
import org.persona4j.convert.Conversion;
import org.persona4j.convert.LedgerEntry;
import org.persona4j.convert.LedgerEntry.Outcome;

/**
 * Converting keeps what a file means, not only its keys: no tool, file or model more than the source had, and what
 * cannot be said in the target is in the ledger.
 */
class ConvertKeepsMeaningTest {

    private static Persona read(String text, String label) {
        return Personas.parse(text, label).expectPersona();
    }

    private static PersonaMetadata converted(Conversion c) {
        return c.readBack().expectPersona().metadata();
    }

    private static LedgerEntry entry(Conversion c, String name) {
        return c.ledger().stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not in the ledger: " + c.ledger()));
    }

    @Test
    void aToolListThatAllowsNothingStaysOneThatAllowsNothing() {
        Persona none = read("---\nname: a\ndescription: d\ntools: []\n---\nX.\n", ".github/agents/a.agent.md");
        Conversion subagent = Personas.convert(none, Dialect.CLAUDE_SUBAGENT);
        assertTrue(subagent.text().contains("tools: []"), subagent.text());
        assertEquals(List.of(), converted(subagent).tools());

        Persona onlyAPattern =
                read("---\nname: a\ndescription: d\ntools: Bash(git diff:*)\n---\nX.\n", ".claude/agents/a.md");
        Conversion agent = Personas.convert(onlyAPattern, Dialect.COPILOT_AGENT);
        assertTrue(agent.text().contains("tools: []"), agent.text());
        assertTrue(
                entry(agent, "tools").note().contains("Bash(git diff:*)"),
                entry(agent, "tools").note());
    }

    @Test
    void aPermissionPatternIsKeptWhereTheTargetTakesPatterns() {
        Persona subagent =
                read("---\nname: a\ndescription: d\ntools: Read, Bash(git diff:*)\n---\nX.\n", ".claude/agents/a.md");
        Conversion skill = Personas.convert(subagent, Dialect.AGENT_SKILL);
        assertTrue(converted(skill).tools().contains("Bash(git diff:*)"), skill.text());
    }

    @Test
    void aRuleAppliedAlwaysAppliesToEveryFileWhateverItsGlobsSay() {
        Persona always = read(
                "---\ndescription: Style\nglobs: src/**/*.ts\nalwaysApply: true\n---\nUse tabs.\n",
                ".cursor/rules/style.mdc");
        for (Dialect d : List.of(Dialect.COPILOT_INSTRUCTIONS, Dialect.CLAUDE_RULE)) {
            Conversion c = Personas.convert(always, d);
            assertEquals(List.of("**"), converted(c).filePatterns(), d + ": " + c.text());
            assertEquals(Outcome.LOST, entry(c, "globs").outcome(), d.toString());
        }
    }

    @Test
    void aRuleAppliedOnlyWhenAskedForIsNotMadeOneThatAlwaysApplies() {
        Persona manual = read(
                "---\ndescription: Release steps\nalwaysApply: false\n---\nTag, then push.\n",
                ".cursor/rules/release.mdc");
        Conversion instructions = Personas.convert(manual, Dialect.COPILOT_INSTRUCTIONS);
        assertTrue(converted(instructions).filePatterns().isEmpty(), instructions.text());
        assertTrue(
                instructions.ledger().stream().anyMatch(e -> e.name().equals("applyTo") && e.outcome() == Outcome.LOST),
                instructions.ledger().toString());

        Conversion rule = Personas.convert(manual, Dialect.CLAUDE_RULE);
        LedgerEntry always = entry(rule, "alwaysApply");
        assertEquals(Outcome.LOST, always.outcome());
        assertTrue(always.note().contains("applies to every file"), always.note());
    }

    @Test
    void aModelKeepsItsVariantOrIsLostButNeverBecomesItsFamilysMainModel() {
        Map<String, String> toCopilot = Map.of(
                "gpt-4o-mini", "GPT-4o mini",
                "gpt-5-codex", "GPT-5-Codex",
                "claude-3-5-sonnet-20241022", "Claude 3.5 Sonnet",
                "claude-sonnet-4-5", "Claude Sonnet 4.5",
                "gemini-2.5-pro", "Gemini 2.5 Pro");
        toCopilot.forEach((model, expected) -> {
            Persona p = read("---\nname: a\ndescription: d\nmodel: " + model + "\n---\nX.\n", ".claude/agents/a.md");
            assertEquals(
                    expected,
                    converted(Personas.convert(p, Dialect.COPILOT_AGENT))
                            .model()
                            .orElse("(none)"),
                    model);
        });
        // A dated snapshot has no name in Copilot's picker; GPT-4o would be another model.
        Persona dated =
                read("---\nname: a\ndescription: d\nmodel: gpt-4o-2024-08-06\n---\nX.\n", ".claude/agents/a.md");
        Conversion agent = Personas.convert(dated, Dialect.COPILOT_AGENT);
        assertTrue(converted(agent).model().isEmpty(), agent.text());
        assertEquals(Outcome.LOST, entry(agent, "model").outcome());

        Persona copilot3 =
                read("---\nname: a\ndescription: d\nmodel: Claude 3.7 Sonnet\n---\nX.\n", ".github/agents/a.agent.md");
        assertEquals(
                "claude-3-7-sonnet-latest",
                converted(Personas.convert(copilot3, Dialect.CLAUDE_SUBAGENT))
                        .model()
                        .orElseThrow());
    }

    @Test
    void aMakefileInAnApplyToIsAFileNotAnAudience() {
        Persona makefile =
                read("---\ntitle: Make\napplyTo: Makefile\n---\n## Role Summary\n\nBuilds.\n", "personas/make.md");
        Conversion rule = Personas.convert(makefile, Dialect.CURSOR_RULE);
        assertEquals(List.of("Makefile"), converted(rule).filePatterns(), rule.text());
        assertFalse(converted(rule).alwaysApply().orElse(false), rule.text());
    }

    @Test
    void aLongMultiLineDescriptionBecomesOneLineForADialectReadALineAtATime() {
        String description = "first line\n" + "   \n".repeat(5_000) + "  second line  ";
        Persona p = read(
                "---\nname: a\ndescription: |\n"
                        + description
                                .lines()
                                .map(l -> "  " + l)
                                .reduce((x, y) -> x + "\n" + y)
                                .orElseThrow()
                        + "\n---\nX.\n",
                ".claude/agents/a.md");
        Conversion rule = Personas.convert(p, Dialect.CURSOR_RULE);
        assertEquals("first line second line", converted(rule).description().orElseThrow());
    }
}
