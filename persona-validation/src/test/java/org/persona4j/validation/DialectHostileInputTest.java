package org.persona4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.persona4j.Diagnostic;
import org.persona4j.Dialect;
import org.persona4j.Personas;

/**
 * Values that a dialect's table checks by pattern or converts line by line, at the size limit of front matter: a
 * finding or a result, never a stack overflow or quadratic work. Runs with the adversarial suite's small stack.
 */
@Tag("adversarial")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DialectHostileInputTest {

    private static final Linter LINTER =
            Linter.builder().serviceLoaderRules(false).build();

    private static List<Diagnostic> lintSkill(String name) {
        return LINTER.lint("---\nname: " + name + "\ndescription: d\n---\nX.\n", "skills/" + "s/SKILL.md")
                .files()
                .get(0)
                .diagnostics();
    }

    @Test
    void aSkillNameOfThousandsOfHyphenatedWordsIsAFindingNotACrash() {
        for (String name : List.of("a-".repeat(30_000) + "a", "ab-".repeat(20_000), "-".repeat(60_000))) {
            List<Diagnostic> found = lintSkill(name);
            assertTrue(found.stream().noneMatch(d -> d.code().equals(Linter.RULE_FAILED)), found.toString());
            assertTrue(found.stream().anyMatch(d -> d.code().startsWith("dialect.")), found.toString());
            Personas.convert(
                    Personas.parse("---\nname: " + name + "\ndescription: d\n---\nX.\n", "skills/s/SKILL.md")
                            .expectPersona(),
                    Dialect.CLAUDE_SUBAGENT);
        }
        // The positive control: a name the pattern accepts is not reported for its form.
        assertEquals(
                List.of(),
                lintSkill("s").stream()
                        .filter(d -> d.code().equals("dialect.name"))
                        .toList());
    }

    @Test
    void aDescriptionOfSixtyThousandBlankLinesConvertsToOneLine() {
        String yaml = "---\nname: a\ndescription: \"x" + " \\n".repeat(20_000) + "y\"\n---\nX.\n";
        String description = Personas.convert(
                        Personas.parse(yaml, ".claude/agents/a.md").expectPersona(), Dialect.CURSOR_RULE)
                .readBack()
                .expectPersona()
                .metadata()
                .description()
                .orElseThrow();
        assertEquals("x y", description);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {"\u200B", "\u2060", "\uFEFF", "\u00AD", "\u202E", "\u180E", "\u200D", "\uDB40\uDC41"})
    void aNameOrAgentKeyHidingAnInvisibleCharacterIsAnErrorInEveryDialectThatNamesAgents(String hidden) {
        String name = "research" + hidden + "agent";
        List<String> where = List.of(".claude/agents/a.md", ".github/agents/a.agent.md", "skills/a/SKILL.md");
        for (String path : where) {
            List<Diagnostic> found = LINTER.lint("---\nname: \"" + name + "\"\ndescription: d\n---\nX.\n", path)
                    .files()
                    .get(0)
                    .diagnostics();
            assertTrue(
                    found.stream()
                            .anyMatch(d -> d.code().equals("dialect.hidden-name")
                                    && d.severity() == org.persona4j.Severity.ERROR),
                    path + ": " + found);
        }
        List<Diagnostic> crew =
                LINTER.lint(name + ":\n  role: R\n  goal: G\n  backstory: B\n", "config/agents.yaml").files().stream()
                        .flatMap(f -> f.diagnostics().stream())
                        .toList();
        assertTrue(crew.stream().anyMatch(d -> d.code().equals("dialect.hidden-name")), crew.toString());
        // The control: the same name without the character is not reported.
        assertTrue(
                LINTER
                        .lint("researchagent:\n  role: R\n  goal: G\n  backstory: B\n", "config/agents.yaml")
                        .files()
                        .stream()
                        .flatMap(f -> f.diagnostics().stream())
                        .noneMatch(d -> d.code().equals("dialect.hidden-name")));
    }
}
