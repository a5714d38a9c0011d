package org.persona4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.persona4j.testing.Corpus;

class ShowCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one run printed and returned. */
    record Run(int exit, String out, String err) {}

    static Run persona(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PersonaCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void referencePersonaAsJsonHasWhatTheFoundationIssueAsksFor() throws IOException {
        Path file = Corpus.require("ai-ley-personas/engineer/backend-engineer.md");
        Run run = persona("show", file.toString(), "--format", "json");
        assertEquals(0, run.exit(), run.err());
        JsonNode p = JSON.readTree(run.out());
        assertEquals("Backend Engineer", p.at("/metadata/title").asText());
        assertEquals("1.0.0", p.at("/metadata/version").asText());
        assertEquals(3.0, p.at("/metadata/summaryScore").asDouble());
        assertTrue(p.at("/metadata/summaryScore").isDouble());
        assertTrue(p.at("/metadata/keywords").isArray());
        assertEquals(0, p.at("/metadata/keywords").size());
        List<String> kinds = new ArrayList<>();
        p.get("sections").forEach(s -> {
            kinds.add(s.get("kind").asText());
            assertTrue(s.get("line").asInt() > 0);
        });
        assertEquals(
                List.of(
                        "ROLE_SUMMARY",
                        "GOALS",
                        "CAPABILITIES",
                        "KNOWLEDGE",
                        "CONSTRAINTS",
                        "DIRECTIVES",
                        "INTERACTION",
                        "EXAMPLES",
                        "TEMPLATES",
                        "METADATA"),
                kinds);
        assertEquals(
                List.of("Python 3.12+", "Node.js 20+", "Go 1.22+", "Java 21+", "TypeScript", "Rust", "SQL"),
                texts(p.at("/capabilities/Languages")));
        assertEquals(3, p.get("examples").size());
        for (JsonNode example : p.get("examples")) {
            List<String> roles = new ArrayList<>();
            example.get("exchanges").forEach(x -> roles.add(x.get("role").asText()));
            assertEquals(List.of("User", "Agent"), roles);
        }
        assertEquals("Microservices Architecture", p.at("/examples/0/title").asText());
        assertEquals(4, p.get("templates").size());
        p.get("templates").forEach(t -> assertEquals("python", t.get("language").asText()));
        assertEquals("2.0", p.at("/bodyMetadata/Version").asText());
    }

    @Test
    void jsonAlwaysHasEveryKey() throws IOException {
        Run run = persona("show", fixture("no-front-matter.md").toString(), "-f", "json");
        JsonNode p = JSON.readTree(run.out());
        for (String key : List.of(
                "id",
                "source",
                "metadata",
                "sections",
                "roleSummary",
                "goals",
                "capabilities",
                "knowledge",
                "constraints",
                "directives",
                "interaction",
                "examples",
                "templates",
                "bodyMetadata",
                "diagnostics")) {
            assertTrue(p.has(key), key);
        }
        assertTrue(p.at("/metadata/extra").isObject());
        assertTrue(p.at("/metadata/title").isNull());
        assertEquals("front-matter.missing", p.at("/diagnostics/0/code").asText());
    }

    @Test
    void withNoFileItShowsTheBundledPersonas() throws IOException {
        Run run = persona("show", "--format", "json");
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        JsonNode all = JSON.readTree(run.out());
        assertEquals(BundledPersonas.ids().size(), all.size());
        assertEquals("Code Reviewer", all.at("/0/metadata/title").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"code-reviewer", "api-designer", "incident-responder"})
    void bundledPersonasAreCleanAndComplete(String id) throws IOException {
        Run run = persona("show", id, "-f", "json");
        assertEquals(0, run.exit());
        assertEquals("", run.err(), "bundled personas must have no findings at all");
        JsonNode p = JSON.readTree(run.out());
        assertEquals(id, p.get("id").asText());
        assertEquals(10, p.get("sections").size());
        for (JsonNode s : p.get("sections")) {
            assertTrue(!s.get("kind").asText().equals("OTHER"), s.toString());
        }
        assertTrue(p.get("examples").size() >= 2);
        assertTrue(p.get("templates").size() >= 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "yaml", "markdown"})
    void everyFormatPrintsSomething(String format) {
        Run run = persona("show", "code-reviewer", "--format", format);
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("Code Reviewer"), run.out());
    }

    @Test
    void markdownOutputReadsBackToTheSamePersona(@TempDir Path dir) throws IOException {
        Run first = persona("show", "api-designer", "-f", "markdown");
        Path copy = dir.resolve("api-designer.md");
        Files.writeString(copy, first.out());
        Run second = persona("show", copy.toString(), "-f", "markdown");
        assertEquals(first.out(), second.out());
    }

    @Test
    void errorLevelFindingsExitWithOneAndPointAtTheLine() {
        Run run = persona("show", fixture("duplicate-key.md").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("duplicate-key.md:3:1: error front-matter.duplicate-key"), run.err());
    }

    @Test
    void warningsAloneExitWithZero() {
        Run run = persona("show", fixture("invalid-utf8.md").toString());
        assertEquals(0, run.exit());
        assertTrue(run.err().contains("warning encoding.invalid-utf8"), run.err());
    }

    @Test
    void unknownInputIsAUsageErrorThatSuggestsCloseIds() {
        Run run = persona("show", "no-such-persona");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("no file or persona with id 'no-such-persona'"), run.err());
        Run typo = persona("show", "code-reviwer");
        assertEquals(2, typo.exit());
        assertTrue(typo.err().contains("did you mean code-reviewer?"), typo.err());
    }

    @Test
    void unknownFormatIsAUsageError() {
        assertEquals(2, persona("show", "code-reviewer", "--format", "pdf").exit());
    }

    @Test
    void aDirectoryShowsThePersonasFoundInIt(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.md"), "---\ntitle: Alpha\n---\n## Role Summary\nAlpha.\n");
        Files.writeString(dir.resolve("README.md"), "# Read me\n\nNotes.\n");
        Run run = persona("show", dir.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Alpha"), run.out());
        assertTrue(run.err().contains("file.not-a-persona"), run.err());
    }

    private static Path fixture(String name) {
        return Path.of("src", "test", "resources", "fixtures", name);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void versionComesFromTheBuildNotFromTheSource() {
        Run run = persona("--version");
        assertEquals(0, run.exit());
        String version = org.persona4j.Personas.version();
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+.*"), "the filtered resource was written: " + version);
        assertTrue(run.out().startsWith("persona " + version + "\n"), run.out());
    }
}
