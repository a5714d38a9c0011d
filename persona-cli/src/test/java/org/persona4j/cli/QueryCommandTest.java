package org.persona4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.persona4j.testing.Corpus;

class QueryCommandTest {

    @Test
    void withNoPathItQueriesTheBundledPersonas() {
        ShowCommandTest.Run run = ShowCommandTest.persona("query");
        assertEquals(0, run.exit(), run.err());
        assertTrue(
                run.out().contains("code-reviewer")
                        && run.out().contains("api-designer")
                        && run.out().contains("incident-responder"),
                run.out());
    }

    @Test
    void facetsAndExplanations() {
        ShowCommandTest.Run run = ShowCommandTest.persona("query", "--applies-to", "src/Main.java", "--explain");
        assertEquals(
                "code-reviewer                            Code Reviewer\n"
                        + "    '**/*.java' matches src/Main.java.\n"
                        + "incident-responder                       Incident Responder\n"
                        + "    'general' names an audience, not files, and means every file.\n",
                run.out(),
                "a pattern that names the file comes before a scope word that means every file");
        ShowCommandTest.Run keyword = ShowCommandTest.persona("query", "--keyword", "OpenAPI");
        assertTrue(keyword.out().startsWith("api-designer"), keyword.out());
        ShowCommandTest.Run none = ShowCommandTest.persona("query", "--keyword", "cobol");
        assertEquals("no persona matches\n", none.out());
        assertEquals(0, none.exit());
    }

    private static final Path INSTRUCTIONS = Path.of("src", "test", "resources", "instructions-repo");

    /** The ids a text answer lists, in order. */
    private static java.util.List<String> ids(String out) {
        return out.lines()
                .filter(l -> !l.startsWith(" ") && !l.isBlank())
                .map(l -> l.split("\\s+")[0])
                .toList();
    }

    @Test
    void everyInstructionFileAndRuleForAPathIsListedTheStrongestFirst() {
        ShowCommandTest.Run run = ShowCommandTest.persona(
                "query",
                INSTRUCTIONS.toString(),
                "--applies-to",
                "services/api/src/Main.java",
                "--explain",
                "--limit",
                "50");
        assertEquals(0, run.exit(), run.err());
        assertEquals(
                java.util.List.of(
                        // the nearest folder's files first: they take precedence over the root's
                        "services/api/AGENTS",
                        "services/api/CLAUDE",
                        // then, at the root, what names the file: a pattern that matches it
                        ".claude/rules/java",
                        ".cursor/rules/api",
                        ".github/instructions/java",
                        // the root's folder-wide files
                        "AGENTS",
                        "CLAUDE",
                        "GEMINI",
                        // rules for every file, and the repository's instructions
                        ".claude/rules/general",
                        ".cursor/rules/always",
                        ".github/copilot-instructions"),
                ids(run.out()),
                run.out());
        assertTrue(
                run.out()
                        .contains("AGENTS.md file in services/api/ covers everything below it; the nearest such "
                                + "file takes precedence"),
                run.out());
        assertTrue(run.out().contains("'**/*.java' matches services/api/src/Main.java"), run.out());
        assertTrue(run.out().contains("always applies: alwaysApply: true"), run.out());
        assertTrue(run.out().contains("a Claude Code rule without 'paths' applies to every file"), run.out());
        assertTrue(!run.out().contains("services/web/AGENTS") && !run.out().contains("react"), run.out());
    }

    @Test
    void aFileInAnotherFolderGetsThatFoldersAgentsMdAndNotTheOthers() {
        ShowCommandTest.Run run =
                ShowCommandTest.persona("query", INSTRUCTIONS.toString(), "--applies-to", "services/web/src/App.tsx");
        java.util.List<String> ids = ids(run.out());
        assertEquals("services/web/AGENTS", ids.get(0), run.out());
        assertTrue(ids.contains(".claude/rules/web/react"), run.out());
        assertTrue(!ids.contains("services/api/AGENTS") && !ids.contains(".cursor/rules/api"), run.out());
    }

    @Test
    void freeTextIsRankedAndExplained() throws IOException {
        ShowCommandTest.Run run = ShowCommandTest.persona(
                "query", "--text", "production outage rollback", "--limit", "1", "--explain", "--format", "json");
        JsonNode results = new ObjectMapper().readTree(run.out());
        assertEquals(1, results.size());
        assertEquals("incident-responder", results.get(0).get("id").asText());
        assertTrue(results.get(0).get("score").asDouble() > 0);
        assertTrue(results.get(0).get("why").asText().contains("'rollback'"), results.toString());
    }

    @Test
    void theCorpusSearchFindsTheBackendEngineer() {
        Path personas = Corpus.require().resolve("ai-ley-personas");
        ShowCommandTest.Run run = ShowCommandTest.persona(
                "query",
                personas.toString(),
                "--text",
                "slow API responses under high load, caching and database indexing",
                "--limit",
                "3");
        assertTrue(run.out().contains("engineer/backend-engineer"), run.out());
    }

    @Test
    void aMissingDirectoryIsAUsageError() {
        assertEquals(2, ShowCommandTest.persona("query", "no/such/dir").exit());
        assertEquals(2, ShowCommandTest.persona("query", "--limit", "-1").exit());
    }
}
