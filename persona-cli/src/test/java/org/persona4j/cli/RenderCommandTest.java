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

class RenderCommandTest {

    @Test
    void withNoArgumentItRendersABundledPersona() {
        ShowCommandTest.Run run = ShowCommandTest.persona("render");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("# Code Reviewer\n"), run.out());
    }

    @Test
    void budgetsSectionsAndFormats() throws IOException {
        ShowCommandTest.Run run = ShowCommandTest.persona(
                "render",
                "incident-responder",
                "--max-tokens",
                "300",
                "--sections",
                "role_summary,constraints,directives,examples",
                "-f",
                "openai",
                "--user",
                "site down",
                "--model",
                "gpt-4o",
                "--max-output-tokens",
                "200",
                "--temperature",
                "0.3");
        assertEquals(0, run.exit(), run.err());
        JsonNode body = new ObjectMapper().readTree(run.out());
        assertEquals("site down", body.at("/messages/1/content").asText());
        assertEquals("gpt-4o", body.get("model").asText());
        assertEquals(200, body.get("max_completion_tokens").asInt());
        assertEquals(0.3, body.get("temperature").asDouble());
        for (String format : new String[] {"openai", "anthropic"}) {
            ShowCommandTest.Run noModel = ShowCommandTest.persona("render", "incident-responder", "-f", format);
            assertEquals(2, noModel.exit());
            assertTrue(noModel.err().contains("--model"), noModel.err());
        }
        JsonNode anthropic = new ObjectMapper()
                .readTree(ShowCommandTest.persona(
                                "render",
                                "incident-responder",
                                "-f",
                                "anthropic",
                                "--model",
                                "claude-sonnet-4-5",
                                "--max-output-tokens",
                                "700",
                                "--user",
                                "hi")
                        .out());
        assertEquals(700, anthropic.get("max_tokens").asInt());
        assertEquals("claude-sonnet-4-5", anthropic.get("model").asText());
        JsonNode responses = new ObjectMapper()
                .readTree(ShowCommandTest.persona(
                                "render",
                                "incident-responder",
                                "-f",
                                "openai-responses",
                                "--model",
                                "gpt-4.1",
                                "--max-output-tokens",
                                "300",
                                "--user",
                                "hi")
                        .out());
        assertEquals("hi", responses.get("input").asText());
        assertEquals(300, responses.get("max_output_tokens").asInt());
        assertTrue(responses.get("instructions").asText().startsWith("# Incident Responder"), responses.toString());
        ShowCommandTest.Run gemini = ShowCommandTest.persona(
                "render", "incident-responder", "-f", "GEMINI", "--max-output-tokens", "300", "--user", "hi");
        assertEquals(0, gemini.exit(), "Gemini's model is in the URL, so none is needed: " + gemini.err());
        JsonNode g = new ObjectMapper().readTree(gemini.out());
        assertEquals("hi", g.at("/contents/0/parts/0/text").asText());
        assertEquals(300, g.at("/generationConfig/maxOutputTokens").asInt());
        assertTrue(!g.has("model"), g.toString());
        ShowCommandTest.Run tooFew = ShowCommandTest.persona(
                "render",
                "incident-responder",
                "-f",
                "openai-responses",
                "--model",
                "gpt-4.1",
                "--max-output-tokens",
                "8");
        assertEquals(2, tooFew.exit());
        assertTrue(tooFew.err().contains("at least 16"), tooFew.err());
        ShowCommandTest.Run unknown = ShowCommandTest.persona("render", "incident-responder", "-f", "bard\u001b[2J");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("openai-responses") && !unknown.err().contains("\u001b"), unknown.err());
        JsonNode json = new ObjectMapper()
                .readTree(ShowCommandTest.persona("render", "incident-responder", "-f", "json", "--provenance")
                        .out());
        assertTrue(
                json.has("fingerprint")
                        && json.has("tokens")
                        && json.get("lines").size() > 10,
                json.toString());
        assertTrue(run.err().contains("dropped EXAMPLES: 8. Example Workflows"), run.err());
        ShowCommandTest.Run tiny = ShowCommandTest.persona("render", "incident-responder", "--max-tokens", "5");
        assertEquals(1, tiny.exit(), "does not fit");
    }

    @Test
    void aBudgetBelowTheKeptSectionsExitsOneSayingWhatTheyNeedAndABudgetBelowOneIsAUsageError() {
        ShowCommandTest.Run small = ShowCommandTest.persona("render", "code-reviewer", "--max-tokens", "50");
        assertEquals(1, small.exit());
        assertTrue(
                small.err().contains("the kept sections need ")
                        && small.err().contains("more than the budget " + "of 50"),
                small.err());
        assertEquals("", small.out(), "nothing is printed that does not fit");
        int needed = Integer.parseInt(small.err().replaceAll("(?s).*the kept sections need (\\d+) tokens.*", "$1"));
        ShowCommandTest.Run fits =
                ShowCommandTest.persona("render", "code-reviewer", "--max-tokens", String.valueOf(needed));
        assertEquals(0, fits.exit(), fits.err());
        assertTrue(fits.out().contains("## ") && fits.err().contains("dropped "), fits.err());
        assertEquals(2, fits.out().lines().filter(l -> l.startsWith("## ")).count(), fits.out());
        for (String zero : new String[] {"0", "-3"}) {
            ShowCommandTest.Run bad = ShowCommandTest.persona("render", "code-reviewer", "--max-tokens", zero);
            assertEquals(2, bad.exit(), bad.err());
            assertTrue(bad.err().contains("--max-tokens must be at least 1"), bad.err());
        }
    }

    @Test
    void variablesAndTheirErrors(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("p.md");
        Files.writeString(file, "---\ntitle: Helper\n---\n## Role Summary\nYou help {{team}}.\n");
        ShowCommandTest.Run ok = ShowCommandTest.persona("render", file.toString(), "--var", "team=${x} {{y}}");
        assertTrue(ok.out().contains("You help ${x} {{y}}."), ok.out());
        ShowCommandTest.Run missing = ShowCommandTest.persona("render", file.toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("'team'") && missing.err().contains(":5:10"), missing.err());
        assertEquals(
                0,
                ShowCommandTest.persona("render", file.toString(), "--lenient").exit());
    }

    @Test
    void aFileExtendingACatalogPersonaIsMerged(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("lib"));
        Files.writeString(dir.resolve("lib/base.md"), "---\ntitle: Base\n---\n## Constraints\n- Never guess\n");
        Path child = dir.resolve("child.md");
        Files.writeString(child, "---\ntitle: Child\nextends: base\n---\n## Role Summary\nA child.\n");
        ShowCommandTest.Run run = ShowCommandTest.persona(
                "render", child.toString(), "--catalog", dir.resolve("lib").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("- Never guess") && run.out().contains("A child."), run.out());
    }

    @Test
    void unknownPersonasAndOptionsAreUsageErrors() {
        assertEquals(2, ShowCommandTest.persona("render", "nobody").exit());
        assertEquals(
                2, ShowCommandTest.persona("render", "--sections", "everything").exit());
        assertEquals(2, ShowCommandTest.persona("render", "--tokenizer", "gpt2").exit());
    }

    @org.junit.jupiter.api.Test
    void aSubagentsModelBecomesAModelIdTheProviderTakesOrTheCommandSaysToPassModel() throws Exception {
        java.nio.file.Path agents = java.nio.file.Path.of("src/test/resources/models/.claude/agents");
        ShowCommandTest.Run opus = ShowCommandTest.persona(
                "render", agents.resolve("opus-agent.md").toString(), "-f", "anthropic", "--user", "hi");
        assertEquals(0, opus.exit(), opus.err());
        assertEquals(
                "claude-opus-4-7",
                new ObjectMapper().readTree(opus.out()).get("model").asText());
        ShowCommandTest.Run configured = ShowCommandTest.persona(
                "render",
                agents.resolve("opus-agent.md").toString(),
                "-f",
                "anthropic",
                "--model-alias",
                "opus=claude-opus-5");
        assertEquals(
                "claude-opus-5",
                new ObjectMapper().readTree(configured.out()).get("model").asText());
        for (String format : new String[] {"openai", "anthropic"}) {
            ShowCommandTest.Run inherit = ShowCommandTest.persona(
                    "render", agents.resolve("inherit-agent.md").toString(), "-f", format);
            assertEquals(2, inherit.exit(), inherit.out());
            assertTrue(inherit.err().contains("--model") && inherit.err().contains("'inherit'"), inherit.err());
        }
        ShowCommandTest.Run otherVendor = ShowCommandTest.persona(
                "render", agents.resolve("gpt-4-1-agent.md").toString(), "-f", "anthropic");
        assertEquals(2, otherVendor.exit(), otherVendor.out());
        assertTrue(
                otherVendor.err().contains("openai model") && otherVendor.err().contains("--model"));
        ShowCommandTest.Run sameVendor = ShowCommandTest.persona(
                "render", agents.resolve("gpt-4-1-agent.md").toString(), "-f", "openai");
        assertEquals(
                "gpt-4.1",
                new ObjectMapper().readTree(sameVendor.out()).get("model").asText());
        ShowCommandTest.Run given = ShowCommandTest.persona(
                "render", agents.resolve("inherit-agent.md").toString(), "-f", "openai", "--model", "gpt-5");
        assertEquals(0, given.exit(), given.err());
    }
}
