package org.persona4j.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcontextprotocol.client.McpSyncClient;
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
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.render.RenderOptions;

/**
 * Hostile personas and hostile requests leave the server answering, exact, and inside its catalog: text that would
 * break JSON, HTML or a terminal goes out as data; huge arguments, unknown methods and ten thousand sessions are
 * refused; a persona rewritten a thousand times while it is asked for is never served torn.
 */
@Tag("adversarial")
class HostileMcpTest {

    static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
            + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void hostilePersonaTextReachesTheClientExactlyAsPersona4jRendersIt(@TempDir Path dir) throws IOException {
        String hostile = "---\ntitle: \"Quote \\\" and </script><script>alert(1)</script>\"\n"
                + "description: \"Breaks \\\"JSON\\\" and \\u001b[2J terminals\"\n---\n## Role Summary\n\n"
                + "You answer. \u0007\u001b]0;owned\u0007 \"}]}\n\\\"\n</script>\n\n## Constraints\n\n- "
                + "x".repeat(900_000) + "\n";
        Files.writeString(dir.resolve("hostile.md"), hostile);
        PersonaCatalog catalog = PersonaCatalog.builder().directory(dir).build();
        try (PersonaMcpServer server = PersonaMcpServer.builder(() -> catalog).http(0);
                McpSyncClient client = PersonaMcpServerTest.client(server)) {
            String expected = catalog.expect("hostile")
                    .render(RenderOptions.builder().lenient(true).build())
                    .systemText();
            McpSchema.GetPromptResult got = client.getPrompt(new McpSchema.GetPromptRequest("hostile", Map.of()));
            assertEquals(
                    expected, ((McpSchema.TextContent) got.messages().get(0).content()).text());
            assertEquals(
                    Files.readString(dir.resolve("hostile.md")),
                    PersonaMcpServerTest.text(
                            client.readResource(new McpSchema.ReadResourceRequest("persona://personas/hostile"))));
            assertTrue(client.listPrompts().prompts().get(0).title().contains("</script>"));
            client.ping();
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void hugeArgumentsUnknownMethodsAndTenThousandSessionsAreRefusedAndTheServerGoesOn(@TempDir Path dir)
            throws Exception {
        Files.writeString(dir.resolve("reviewer.md"), PersonaMcpServerTest.REVIEWER);
        PersonaCatalog catalog = PersonaCatalog.builder().directory(dir).build();
        try (PersonaMcpServer server =
                        PersonaMcpServer.builder(() -> catalog).maxSessions(64).http(0);
                McpSyncClient client = PersonaMcpServerTest.client(server)) {
            Map<String, Object> many = new java.util.HashMap<>();
            for (int i = 0; i < 1_000; i++) {
                many.put("v" + i, "x");
            }
            assertThrows(McpError.class, () -> client.getPrompt(new McpSchema.GetPromptRequest("reviewer", many)));
            McpSchema.CallToolResult longTask = client.callTool(
                    new McpSchema.CallToolRequest("find_personas", Map.of("task", "y".repeat(100_000))));
            assertTrue(longTask.isError(), "a task past the schema's bound is refused");
            assertThrows(
                    McpError.class,
                    () -> client.getPrompt(new McpSchema.GetPromptRequest("../../etc/passwd", Map.of())));

            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            URI endpoint = URI.create("http://127.0.0.1:" + server.port() + "/mcp");
            HttpResponse<String> tooLarge = http.send(
                    HttpRequest.newBuilder(endpoint)
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/json, text/event-stream")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"a\":\"" + "z".repeat(2 << 20) + "\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(413, tooLarge.statusCode());

            // An unknown method in an open session: a JSON-RPC error, and the session goes on.
            HttpResponse<String> opened = http.send(
                    HttpRequest.newBuilder(endpoint)
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/json, text/event-stream")
                            .POST(HttpRequest.BodyPublishers.ofString(INITIALIZE))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String session = opened.headers().firstValue("Mcp-Session-Id").orElseThrow();
            HttpResponse<String> unknown = http.send(
                    HttpRequest.newBuilder(endpoint)
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/json, text/event-stream")
                            .header("Mcp-Session-Id", session)
                            .header("MCP-Protocol-Version", "2025-06-18")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"shell/exec\",\"params\":{}}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(unknown.body().contains("-32601"), unknown.statusCode() + " " + unknown.body());
            int refused = 0;
            Set<Integer> statuses = new java.util.TreeSet<>();
            for (int i = 0; i < 10_000; i++) {
                int status = http.send(
                                HttpRequest.newBuilder(endpoint)
                                        .header("Content-Type", "application/json")
                                        .header("Accept", "application/json, text/event-stream")
                                        .POST(HttpRequest.BodyPublishers.ofString(INITIALIZE))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                statuses.add(status);
                if (status == 503) {
                    refused++;
                }
            }
            assertEquals(Set.of(200, 503), statuses);
            assertTrue(refused >= 10_000 - 62, "sessions past the limit are refused: " + refused);
            // The client's own session was opened first and still works.
            client.ping();
            assertEquals("reviewer", client.listPrompts().prompts().get(0).name());
            client.ping();
        }
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aThousandGetsWhileThePersonaIsRewrittenAreNeverTornNorFailed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("duty.md");
        Files.writeString(file, version(0));
        AtomicReference<PersonaCatalog> current = new AtomicReference<>(PersonaCatalog.builder()
                .directory(dir)
                .settleTime(Duration.ofMillis(100))
                .build());
        List<String> whole = new ArrayList<>();
        for (int v = 0; v < 50; v++) {
            whole.add(PersonaCatalog.builder()
                    .source("duty", version(v))
                    .build()
                    .expect("duty")
                    .render(RenderOptions.builder().lenient(true).build())
                    .systemText());
        }
        AtomicBoolean stop = new AtomicBoolean();
        try (PersonaMcpServer server = PersonaMcpServer.builder(current::get).http(0);
                McpSyncClient client = PersonaMcpServerTest.client(server)) {
            Thread writer = new Thread(() -> {
                int v = 0;
                while (!stop.get()) {
                    v = (v + 1) % 50;
                    try {
                        // Rewritten in place in two writes: a reload between them reads it half-written.
                        String text = version(v);
                        Files.writeString(file, text.substring(0, text.length() / 2));
                        current.set(current.get().reload());
                        server.refresh();
                        Files.writeString(file, text);
                        // Reloads until the whole new version is served (it must read the same for the settle
                        // time first), so the readers see many versions, each whole.
                        String served = "Duty " + v + ".";
                        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                        while (!stop.get()
                                && System.nanoTime() < until
                                && !current.get()
                                        .expect("duty")
                                        .metadata()
                                        .description()
                                        .orElse("")
                                        .equals(served)) {
                            current.set(current.get().reload());
                            server.refresh();
                        }
                    } catch (IOException | RuntimeException e) {
                        // a failed reload keeps the snapshot; the readers must still see whole personas
                    }
                }
            });
            writer.start();
            int failures = 0;
            Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < 1_000; i++) {
                try {
                    McpSchema.GetPromptResult got = client.getPrompt(new McpSchema.GetPromptRequest("duty", Map.of()));
                    String text = ((McpSchema.TextContent) got.messages().get(0).content()).text();
                    if (!whole.contains(text)) {
                        failures++;
                    }
                    seen.add(text);
                } catch (McpError e) {
                    failures++;
                }
            }
            stop.set(true);
            writer.join();
            assertEquals(0, failures, "torn or failed answers among 1,000");
            assertTrue(seen.size() > 1, "the rewrites were served: " + seen.size() + " version(s)");
        }
    }

    private static String version(int v) {
        return "---\ntitle: Duty\ndescription: Duty " + v + ".\n---\n## Role Summary\n\nDuty number " + v
                + ".\n\n## Constraints\n\n- Rule " + v + ".\n- " + "Keep it whole. ".repeat(200) + v + "\n";
    }
}
