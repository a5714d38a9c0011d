package org.persona4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code persona serve} as the agents of the README start it: each configuration block of the README's MCP section,
 * run as written by the MCP SDK's own stdio client (the command is this build's, the folder a copy of the bundled
 * personas).
 */
class ServeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The JSON blocks of the README's MCP section. */
    static List<JsonNode> readmeConfigurations() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int from = readme.indexOf("## Serving personas to agents (MCP)");
        int to = readme.indexOf("\n## ", from + 1);
        String section = readme.substring(from, to);
        List<JsonNode> out = new ArrayList<>();
        for (int i = section.indexOf("```json\n"); i >= 0; i = section.indexOf("```json\n", i + 1)) {
            int start = i + "```json\n".length();
            out.add(JSON.readTree(section.substring(start, section.indexOf("```", start))));
        }
        return out;
    }

    @Test
    void everyReadmeConfigurationStartsAServerThatListsAndRendersThePersonas(@TempDir Path dir) throws IOException {
        Path personas = Files.createDirectories(dir.resolve("personas"));
        Path bundled = Path.of("src/main/resources/org/persona4j/cli/bundled");
        try (Stream<Path> files = Files.list(bundled)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                Files.copy(f, personas.resolve(f.getFileName().toString()));
            }
        }
        long count;
        try (Stream<Path> files = Files.list(personas)) {
            count = files.count();
        }
        List<JsonNode> configurations = readmeConfigurations();
        assertEquals(3, configurations.size(), "Claude Code, VS Code and Cursor");
        for (JsonNode configuration : configurations) {
            JsonNode server = configuration.has("mcpServers")
                    ? configuration.get("mcpServers").get("personas")
                    : configuration.get("servers").get("personas");
            assertEquals("persona", server.get("command").asText());
            List<String> args = new ArrayList<>();
            args.add("-cp");
            args.add(System.getProperty("java.class.path"));
            args.add(PersonaCommand.class.getName());
            server.get("args").forEach(a -> args.add(a.asText().equals("personas") ? personas.toString() : a.asText()));
            StdioClientTransport transport = new StdioClientTransport(
                    ServerParameters.builder(Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString())
                            .args(args)
                            .build(),
                    new JacksonMcpJsonMapper(new ObjectMapper()));
            try (McpSyncClient client = McpClient.sync(transport)
                    .requestTimeout(Duration.ofSeconds(60))
                    .build()) {
                client.initialize();
                List<McpSchema.Prompt> prompts = client.listPrompts().prompts();
                assertEquals(count, prompts.size(), configuration.toString());
                McpSchema.GetPromptResult got =
                        client.getPrompt(new McpSchema.GetPromptRequest("code-reviewer", java.util.Map.of()));
                assertTrue(((McpSchema.TextContent) got.messages().get(0).content())
                        .text()
                        .startsWith("# Code Reviewer"));
            }
        }
    }

    @Test
    void contradictoryTransportsAnEmptyTokenFileAndAMissingFolderExitTwoSayingWhy(@TempDir Path dir)
            throws IOException {
        ShowCommandTest.Run both = ShowCommandTest.persona("serve", "--stdio", "--http", "0");
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("--stdio and --http"), both.err());
        Path token = Files.writeString(dir.resolve("token"), "  \n");
        ShowCommandTest.Run empty = ShowCommandTest.persona("serve", "--http", "0", "--token-file", token.toString());
        assertEquals(2, empty.exit());
        assertTrue(empty.err().contains("is empty"), empty.err());
        ShowCommandTest.Run missing =
                ShowCommandTest.persona("serve", dir.resolve("none").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no such file or directory"), missing.err());
    }

    /**
     * While serving over stdio, standard output carries protocol messages only: anything else the process prints with
     * {@code System.out} (a logging binding on PERSONA_CLASSPATH, a library's println) goes to standard error, and
     * {@code System.out} is the protocol's stream again when the server ends.
     */
    @Test
    @Timeout(120)
    void whileServingOverStdioAStrayPrintGoesToStandardErrorNotIntoTheProtocol() throws Exception {
        InputStream stdin = System.in;
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        PipedOutputStream toServer = new PipedOutputStream();
        PipedInputStream fromServer = new PipedInputStream(1 << 16);
        PrintStream protocol = new PrintStream(new PipedOutputStream(fromServer), true, StandardCharsets.UTF_8);
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        int[] exit = {-1};
        Thread serving = new Thread(() -> exit[0] = PersonaCommand.run(
                new String[] {"serve", "--stdio"}, new PrintWriter(new StringWriter()), new PrintWriter(errStream)));
        serving.setDaemon(true); // a failed assertion must not leave the fork waiting for it
        PrintStream duringServing;
        PrintStream afterServing;
        try {
            System.setIn(new PipedInputStream(toServer, 1 << 16));
            System.setOut(protocol);
            System.setErr(errStream);
            serving.start();
            BufferedReader replies = new BufferedReader(new InputStreamReader(fromServer, StandardCharsets.UTF_8));
            send(
                    toServer,
                    request(1, "initialize")
                            .set(
                                    "params",
                                    JSON.createObjectNode()
                                            .put("protocolVersion", "2025-06-18")
                                            .<com.fasterxml.jackson.databind.node.ObjectNode>set(
                                                    "capabilities", JSON.createObjectNode())
                                            .set(
                                                    "clientInfo",
                                                    JSON.createObjectNode()
                                                            .put("name", "test")
                                                            .put("version", "1"))));
            assertEquals(1, JSON.readTree(replies.readLine()).get("id").asInt());
            duringServing = System.out;
            System.out.println("a stray line");
            System.out.flush();
            send(toServer, JSON.createObjectNode().put("jsonrpc", "2.0").put("method", "notifications/initialized"));
            send(toServer, request(2, "ping"));
            String next = replies.readLine();
            assertEquals(2, JSON.readTree(next).get("id").asInt(), next);
            toServer.close();
            serving.join();
            afterServing = System.out;
        } finally {
            toServer.close();
            System.setIn(stdin);
            System.setErr(stderr);
            System.setOut(stdout);
        }
        assertEquals(0, exit[0]);
        assertNotSame(protocol, duringServing);
        assertSame(protocol, afterServing, "System.out is the protocol's stream again when the server ends");
        assertTrue(errBytes.toString(StandardCharsets.UTF_8).contains("a stray line"), errBytes::toString);
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode request(int id, String method) {
        return JSON.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", method);
    }

    private static void send(OutputStream to, JsonNode message) throws IOException {
        to.write(JSON.writeValueAsBytes(message));
        to.write('\n');
        to.flush();
    }
}
