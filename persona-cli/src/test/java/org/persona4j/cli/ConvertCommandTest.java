package org.persona4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code persona convert}: where files go, what it says was lost, and that it never overwrites unasked. */
class ConvertCommandTest {

    private static final String PERSONA = "---\ntitle: Backend Engineer\nversion: 1.0.0\ndescription: Builds APIs\n"
            + "---\n## Role Summary\n\nBuilds APIs.\n";

    @Test
    void writesTheDialectsLayoutListsLossesAndRefusesToOverwrite(@TempDir Path dir) throws IOException {
        Path source = dir.resolve("backend.md");
        Files.writeString(source, PERSONA);
        Path out = dir.resolve("out");
        Path report = dir.resolve("loss.json");
        ShowCommandTest.Run run = ShowCommandTest.persona(
                "convert",
                source.toString(),
                "--to",
                "claude-subagent",
                "--out",
                out.toString(),
                "--loss-report",
                report.toString(),
                "--check");
        assertEquals(0, run.exit(), run.err());
        Path written = out.resolve(".claude/agents/backend-engineer.md");
        assertTrue(Files.readString(written).startsWith("---\nname: backend-engineer\ndescription: Builds APIs\n"));
        assertTrue(run.out().contains("2 mapped, 1 transformed, 1 lost"), run.out());
        assertTrue(
                run.out()
                        .contains("lost key 'version' (" + source + ":3): Claude Code subagents have no "
                                + "'version' key"),
                run.out());
        JsonNode ledger = new ObjectMapper().readTree(report.toFile()).at("/files/0/ledger");
        assertEquals("title", ledger.get(0).get("name").asText());
        assertEquals("transformed", ledger.get(0).get("outcome").asText());
        assertEquals("section", ledger.get(3).get("origin").asText());

        Files.writeString(written, "mine");
        ShowCommandTest.Run again = ShowCommandTest.persona(
                "convert", source.toString(), "--to", "CLAUDE_SUBAGENT", "--out", out.toString());
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("convert.exists"), again.err());
        assertEquals("mine", Files.readString(written));
        assertEquals(
                0,
                ShowCommandTest.persona(
                                "convert",
                                source.toString(),
                                "--to",
                                "claude_subagent",
                                "--out",
                                out.toString(),
                                "--force")
                        .exit());
        assertTrue(Files.readString(written).startsWith("---\nname: backend-engineer"));
    }

    @Test
    void twoPersonasForOneFileAreAClashNotAnOverwrite(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("a/backend.md"), PERSONA);
        Files.writeString(dir.resolve("b/backend.md"), PERSONA.replace("Builds APIs", "Other"));
        ShowCommandTest.Run run = ShowCommandTest.persona(
                "convert",
                dir.resolve("a").toString(),
                dir.resolve("b").toString(),
                "--to",
                "cursor-rule",
                "--out",
                dir.resolve("out").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("convert.clash"), run.err());
        assertTrue(Files.readString(dir.resolve("out/.cursor/rules/backend-engineer.mdc"))
                .contains("Builds APIs"));
    }

    @Test
    void schemaPrintsADialectsSchemaOrWritesThemAll(@TempDir Path dir) throws IOException {
        ShowCommandTest.Run one = ShowCommandTest.persona("schema", "--dialect", "agent-skill");
        assertEquals(0, one.exit(), one.err());
        JsonNode schema = new ObjectMapper().readTree(one.out());
        assertEquals(
                "https://json-schema.org/draft/2020-12/schema",
                schema.get("$schema").asText());
        assertEquals(64, schema.at("/properties/name/maxLength").asInt());
        ShowCommandTest.Run all = ShowCommandTest.persona("schema", "--out", dir.toString());
        assertEquals(0, all.exit(), all.err());
        assertTrue(Files.exists(dir.resolve("cursor-rule.json")) && Files.exists(dir.resolve("persona-lint.json")));
    }

    /** The repository of every tool's files that persona-validation's dialect tests read. */
    private static final Path REPO = Path.of("..", "persona-validation", "src", "test", "resources", "dialect-repo");

    @Test
    void aCursorRulesGlobsAreFoundByAppliesToAndCrewAiAgentsAreShownAndConverted(@TempDir Path dir) {
        ShowCommandTest.Run query = ShowCommandTest.persona("query", REPO.toString(), "--applies-to", "src/Main.java");
        assertEquals(0, query.exit(), query.err());
        assertTrue(query.out().contains(".cursor/rules/java-style"), query.out());
        ShowCommandTest.Run show = ShowCommandTest.persona(
                "show", REPO.resolve("crew/config/agents.yaml").toString(), "-f", "json");
        assertEquals(0, show.exit(), show.err());
        assertTrue(show.out().contains("\"reporting_analyst\"") && show.out().contains("\"researcher\""), show.out());
        ShowCommandTest.Run convert = ShowCommandTest.persona(
                "convert", REPO.resolve("crew").toString(), "--to", "agent-skill", "--out", dir.toString(), "--check");
        assertEquals(0, convert.exit(), convert.err());
        assertTrue(Files.exists(dir.resolve("skills/reporting-analyst/SKILL.md")), convert.out());
        ShowCommandTest.Run refused = ShowCommandTest.persona(
                "convert", REPO.resolve("crew").toString(), "--to", "crewai-agent", "--out", dir.toString());
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("not written"), refused.err());
    }

    @Test
    void anUnknownDialectIsAUsageErrorThatListsTheDialects(@TempDir Path dir) {
        ShowCommandTest.Run run = ShowCommandTest.persona("convert", "x.md", "--to", "vim", "--out", dir.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("'vim' is not a dialect") && run.err().contains("agent-skill"), run.err());
    }

    /**
     * Each way a front matter can fail to read: the keys it lost would be missing from the converted file, and the
     * ledger, made from what was read, would say nothing was lost.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "---\ndescription: \"unterminated\nallowed-tools: Bash(git:*)\n---\nDeploy $ARGUMENTS.\n",
                "---\n- deploy\n- ship\n---\nDeploy $ARGUMENTS.\n",
                "---\ndescription: &d Deploy\nargument-hint: *d\n---\nDeploy $ARGUMENTS.\n",
                "---\ndescription: !!binary ZGVwbG95\n---\nDeploy $ARGUMENTS.\n",
                "---\ndescription: Deploy\nallowed-tools: Bash(git:*)\nDeploy $ARGUMENTS.\n"
            })
    void aFileWhoseFrontMatterDidNotReadIsNotConverted(String text, @TempDir Path dir) throws IOException {
        Path command = dir.resolve("repo/.claude/commands/deploy.md");
        Files.createDirectories(command.getParent());
        Files.writeString(command, text);
        Path out = dir.resolve("out");
        ShowCommandTest.Run run = ShowCommandTest.persona(
                "convert", command.toString(), "--to", "copilot-prompt", "--out", out.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("convert.unread-front-matter"), run.err());
        assertTrue(run.err().contains("front-matter."), "the reading error comes first: " + run.err());
        assertTrue(Files.notExists(out), run.out());
    }

    @Test
    void aFrontMatterWithARepeatedKeyReadsWholeAndIsConverted(@TempDir Path dir) throws IOException {
        Path command = dir.resolve("repo/.claude/commands/deploy.md");
        Files.createDirectories(command.getParent());
        Files.writeString(command, "---\ndescription: Ship\ndescription: Deploy\n---\nDeploy $ARGUMENTS.\n");
        Path out = dir.resolve("out");
        ShowCommandTest.Run run = ShowCommandTest.persona(
                "convert", command.toString(), "--to", "copilot-prompt", "--out", out.toString());
        assertEquals(1, run.exit(), "the repeated key is still an error: " + run.err());
        String written = Files.readString(out.resolve(".github/prompts/deploy.prompt.md"));
        assertTrue(written.contains("description: Deploy\n") && !written.contains("Ship"), written);
    }
}
