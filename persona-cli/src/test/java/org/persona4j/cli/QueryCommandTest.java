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
                "code-reviewer                            Code Reviewer\n" + "    '**/*.java' matches src/Main.java.\n",
                run.out());
        ShowCommandTest.Run keyword = ShowCommandTest.persona("query", "--keyword", "OpenAPI");
        assertTrue(keyword.out().startsWith("api-designer"), keyword.out());
        ShowCommandTest.Run none = ShowCommandTest.persona("query", "--keyword", "cobol");
        assertEquals("no persona matches\n", none.out());
        assertEquals(0, none.exit());
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
