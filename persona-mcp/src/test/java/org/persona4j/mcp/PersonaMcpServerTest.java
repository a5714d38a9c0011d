package org.persona4j.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persona4j.Persona;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.catalog.SearchHit;
import org.persona4j.render.RenderOptions;

/**
 * The server over Streamable HTTP, asked by the MCP SDK's own Java client: prompts with declared variables as
 * arguments, rendered as persona4j renders them; search; resources inside the catalog; list changes after a reload;
 * and the HTTP guard (origin, token, sessions).
 */
class PersonaMcpServerTest {

    static final String REVIEWER = """
            ---
            title: Reviewer
            description: Reviews changes for a team.
            variables:
              team: {type: string, required: true, description: The team whose code it is}
              strict: {type: boolean, default: "false"}
            ---
            ## Role Summary

            You review changes for {{team}}. Strict: {{strict}}.

            ## Constraints

            - Never approve without tests.
            """;

    static McpSyncClient client(PersonaMcpServer server) {
        return client(server, null);
    }

    static McpSyncClient client(PersonaMcpServer server, java.util.function.Consumer<List<McpSchema.Prompt>> changes) {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(
                        "http://127.0.0.1:" + server.port())
                .jsonMapper(new JacksonMcpJsonMapper(new ObjectMapper()))
                .build();
        McpClient.SyncSpec spec = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30));
        if (changes != null) {
            spec.promptsChangeConsumer(changes);
        }
        McpSyncClient client = spec.build();
        client.initialize();
        return client;
    }

    static List<McpSchema.Prompt> allPrompts(McpSyncClient client) {
        List<McpSchema.Prompt> all = new ArrayList<>();
        String cursor = null;
        do {
            McpSchema.ListPromptsResult page = client.listPrompts(cursor);
            all.addAll(page.prompts());
            cursor = page.nextCursor();
        } while (cursor != null);
        return all;
    }

    @Test
    void aPromptsArgumentsAreItsDeclaredVariablesAndGetRendersAsPersona4jDoes(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("reviewer.md"), REVIEWER);
        PersonaCatalog catalog = PersonaCatalog.builder().directory(dir).build();
        try (PersonaMcpServer server = PersonaMcpServer.builder(() -> catalog).http(0);
                McpSyncClient client = client(server)) {
            McpSchema.Prompt prompt = allPrompts(client).get(0);
            assertEquals("reviewer", prompt.name());
            assertEquals("Reviews changes for a team.", prompt.description());
            assertEquals(
                    List.of("team", "strict"),
                    prompt.arguments().stream()
                            .map(McpSchema.PromptArgument::name)
                            .toList());
            assertTrue(prompt.arguments().get(0).required()
                    && !prompt.arguments().get(1).required());

            McpSchema.GetPromptResult got = client.getPrompt(
                    new McpSchema.GetPromptRequest("reviewer", Map.of("team", "payments", "strict", "true")));
            String expected = catalog.expect("reviewer")
                    .render(RenderOptions.builder()
                            .variables(Map.of("team", "payments", "strict", "true"))
                            .build())
                    .systemText();
            assertEquals(
                    expected, ((McpSchema.TextContent) got.messages().get(0).content()).text());

            McpError missing = assertThrows(
                    McpError.class, () -> client.getPrompt(new McpSchema.GetPromptRequest("reviewer", Map.of())));
            assertTrue(missing.getMessage().contains("team"), missing.getMessage());
            McpError wrongType = assertThrows(
                    McpError.class,
                    () -> client.getPrompt(
                            new McpSchema.GetPromptRequest("reviewer", Map.of("team", "a", "strict", "maybe"))));
            assertTrue(wrongType.getMessage().contains("strict"), wrongType.getMessage());
            McpError huge = assertThrows(
                    McpError.class,
                    () -> client.getPrompt(
                            new McpSchema.GetPromptRequest("reviewer", Map.of("team", "x".repeat(70_000)))));
            assertTrue(huge.getMessage().contains("team"), huge.getMessage());

            McpSchema.CompleteResult completed = client.completeCompletion(new McpSchema.CompleteRequest(
                    new McpSchema.PromptReference("reviewer"),
                    new McpSchema.CompleteRequest.CompleteArgument("strict", "t")));
            assertEquals(List.of("true"), completed.completion().values());
        }
    }

    @Test
    void findPersonasRanksAsTheCatalogsTextQueryAndRenderPersonaGivesTheFingerprint() throws IOException {
        PersonaCatalog catalog = PersonaCatalog.builder()
                .directory(org.persona4j.testing.Corpus.require())
                .build();
        try (PersonaMcpServer server = PersonaMcpServer.builder(() -> catalog).http(0);
                McpSyncClient client = client(server)) {
            String task = "review a pull request for security problems";
            McpSchema.CallToolResult found =
                    client.callTool(new McpSchema.CallToolRequest("find_personas", Map.of("task", task, "limit", 3)));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> results =
                    (List<Map<String, Object>>) ((Map<String, Object>) found.structuredContent()).get("results");
            assertEquals(
                    catalog.query().text(task).limit(3).hits().stream()
                            .map(SearchHit::persona)
                            .map(Persona::id)
                            .toList(),
                    results.stream().map(r -> r.get("id")).toList());
            Persona first = catalog.personas().get(0);
            McpSchema.CallToolResult rendered =
                    client.callTool(new McpSchema.CallToolRequest("render_persona", Map.of("id", first.id())));
            if (!Boolean.TRUE.equals(rendered.isError())) {
                @SuppressWarnings("unchecked")
                Map<String, Object> out = (Map<String, Object>) rendered.structuredContent();
                assertEquals(first.render(RenderOptions.builder().build()).fingerprint(), out.get("fingerprint"));
            }
            McpSchema.CallToolResult unknown =
                    client.callTool(new McpSchema.CallToolRequest("render_persona", Map.of("id", "no-such-persona")));
            assertTrue(unknown.isError());
            List<String> tools = client.listTools().tools().stream()
                    .map(McpSchema.Tool::name)
                    .toList();
            assertEquals(
                    List.of("find_personas", "render_persona", "list_skills", "load_skill", "read_skill_file"), tools);
            client.listTools().tools().forEach(t -> {
                assertFalse(t.description().isBlank(), t.name());
                assertTrue(t.outputSchema() != null && t.inputSchema() != null, t.name());
            });
        }
    }

    @Test
    void resourcesAreTheCatalogsFilesAndNoUriReadsOutsideIt(@TempDir Path dir) throws IOException {
        Path skill = Files.createDirectories(dir.resolve("skills/notes/references"));
        Files.writeString(dir.resolve("skills/notes/SKILL.md"), "---\nname: notes\ndescription: Notes.\n---\nRead.\n");
        Files.writeString(skill.resolve("guide.md"), "Guide.\n");
        Files.writeString(dir.resolve("secret.txt"), "secret\n");
        Files.createDirectories(dir.resolve("team"));
        Files.writeString(dir.resolve("team/reviewer.md"), REVIEWER);
        PersonaCatalog catalog = PersonaCatalog.builder().directory(dir).build();
        try (PersonaMcpServer server = PersonaMcpServer.builder(() -> catalog).http(0);
                McpSyncClient client = client(server)) {
            List<String> uris = client.listResources().resources().stream()
                    .map(McpSchema.Resource::uri)
                    .sorted()
                    .toList();
            assertEquals(
                    List.of(
                            "persona://personas/skills%2Fnotes",
                            "persona://personas/team%2Freviewer", "persona://skills/notes/references%2Fguide.md"),
                    uris);
            assertEquals(
                    REVIEWER,
                    text(client.readResource(new McpSchema.ReadResourceRequest("persona://personas/team%2Freviewer"))));
            assertEquals(
                    "Guide.\n",
                    text(client.readResource(
                            new McpSchema.ReadResourceRequest("persona://skills/notes/references%2Fguide.md"))));
            for (String escape : List.of(
                    "persona://skills/notes/..%2F..%2Fsecret.txt",
                    "persona://skills/notes/%2Fetc%2Fpasswd",
                    "persona://personas/..%2Fsecret",
                    "persona://personas/%2E%2E%2Fsecret.txt",
                    "file:///etc/passwd",
                    "persona://skills/notes/references%2Fguide.md%00")) {
                assertThrows(
                        McpError.class, () -> client.readResource(new McpSchema.ReadResourceRequest(escape)), escape);
            }
            assertEquals(
                    List.of("persona://personas/{id}", "persona://skills/{skill}/{path}"),
                    client.listResourceTemplates().resourceTemplates().stream()
                            .map(McpSchema.ResourceTemplate::uriTemplate)
                            .toList());
        }
    }

    @Test
    void aRefreshAfterAReloadTellsClientsThePromptListChanged(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("one.md"), "---\ntitle: One\n---\n## Role Summary\n\nOne.\n");
        AtomicReference<PersonaCatalog> current = new AtomicReference<>(PersonaCatalog.builder()
                .directory(dir)
                .settleTime(Duration.ZERO)
                .build());
        CountDownLatch changed = new CountDownLatch(1);
        AtomicReference<List<String>> seen = new AtomicReference<>();
        try (PersonaMcpServer server = PersonaMcpServer.builder(current::get).http(0);
                McpSyncClient client = client(server, prompts -> {
                    seen.set(prompts.stream()
                            .map(McpSchema.Prompt::name)
                            .sorted()
                            .toList());
                    if (prompts.size() == 2) {
                        changed.countDown();
                    }
                })) {
            assertFalse(server.refresh(), "nothing changed yet");
            Files.writeString(dir.resolve("two.md"), "---\ntitle: Two\n---\n## Role Summary\n\nTwo.\n");
            current.set(current.get().reload());
            assertTrue(server.refresh());
            assertTrue(changed.await(30, TimeUnit.SECONDS), "no list_changed reached the client: " + seen.get());
            assertEquals(List.of("one", "two"), seen.get());
        }
    }

    @Test
    void theHttpGuardRefusesOtherOriginsRequestsWithoutTheTokenAndSessionsPastTheLimit(@TempDir Path dir)
            throws Exception {
        Files.writeString(dir.resolve("one.md"), "---\ntitle: One\n---\n## Role Summary\n\nOne.\n");
        PersonaCatalog catalog = PersonaCatalog.builder().directory(dir).build();
        HttpClient http = HttpClient.newHttpClient();
        String initialize = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";
        try (PersonaMcpServer server = PersonaMcpServer.builder(() -> catalog)
                .token("s3cret")
                .maxSessions(2)
                .http(0)) {
            URI endpoint = URI.create("http://127.0.0.1:" + server.port() + "/mcp");
            java.util.function.Function<String[], Integer> post = headers -> {
                HttpRequest.Builder b = HttpRequest.newBuilder(endpoint)
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json, text/event-stream")
                        .POST(HttpRequest.BodyPublishers.ofString(initialize));
                for (int i = 0; i < headers.length; i += 2) {
                    b.header(headers[i], headers[i + 1]);
                }
                try {
                    return http.send(b.build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                } catch (IOException | InterruptedException e) {
                    throw new AssertionError(e);
                }
            };
            assertEquals(401, post.apply(new String[0]), "no token");
            assertEquals(401, post.apply(new String[] {"Authorization", "Bearer wrong"}));
            assertEquals(
                    403,
                    post.apply(new String[] {"Authorization", "Bearer s3cret", "Origin", "http://evil.example"}),
                    "DNS rebinding: another origin");
            assertEquals(200, post.apply(new String[] {"Authorization", "Bearer s3cret"}));
            assertEquals(
                    200,
                    post.apply(new String[] {"Authorization", "Bearer s3cret", "Origin", "http://localhost:3000"}));
            assertEquals(503, post.apply(new String[] {"Authorization", "Bearer s3cret"}), "past two sessions");
        }
    }

    static String text(McpSchema.ReadResourceResult result) {
        return ((McpSchema.TextResourceContents) result.contents().get(0)).text();
    }
}
