package org.persona4j.spring;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persona4j.mcp.PersonaMcpFeatures;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * {@code persona4j.mcp.enabled=true} in a whole web application with Spring AI's Streamable HTTP MCP server: a client
 * of the MCP Java SDK lists and gets the catalog's personas as prompts, calls its tools, and sees a reload of the
 * catalog as a changed prompt list.
 */
class PersonaMcpApplicationTest {

    /** The application: nothing but auto-configuration. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {}

    private static ConfigurableApplicationContext start(String... properties) {
        SpringApplication app = new SpringApplication(App.class);
        app.setWebApplicationType(WebApplicationType.SERVLET);
        // Streamable HTTP unless the properties choose; a key given twice would bind as a list of both values.
        Map<String, String> args = new LinkedHashMap<>();
        args.put("server.port", "0");
        args.put("server.address", "127.0.0.1");
        args.put("spring.ai.mcp.server.protocol", "STREAMABLE");
        // A client's event stream would hold a graceful shutdown for its full 30 s.
        args.put("server.shutdown", "immediate");
        for (String p : properties) {
            args.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
        }
        return app.run(args.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new));
    }

    private static McpSyncClient client(ConfigurableApplicationContext ctx, LinkedBlockingQueue<List<String>> changes) {
        String port = ctx.getEnvironment().getProperty("local.server.port");
        McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + port)
                        .jsonMapper(new JacksonMcpJsonMapper(new ObjectMapper()))
                        .build())
                .requestTimeout(Duration.ofSeconds(30))
                .promptsChangeConsumer(prompts -> changes.add(
                        prompts.stream().map(McpSchema.Prompt::name).sorted().toList()))
                .build();
        client.initialize();
        return client;
    }

    private static void write(Path dir, String id, String description, String body) throws IOException {
        Files.writeString(
                dir.resolve(id + ".md"),
                "---\nname: " + id + "\ndescription: " + description + "\nvariables:\n"
                        + "  language: {type: string, required: true}\n---\n## Role Summary\n\n" + body
                        + "\n");
    }

    @Test
    void theCatalogIsServedThroughSpringAisMcpServerAndFollowsItsReloads(@TempDir Path dir) throws Exception {
        write(dir, "reviewer", "Reviews pull requests for correctness", "You review {{language}} code.");
        try (ConfigurableApplicationContext ctx = start(
                        "persona4j.mcp.enabled=true", "persona4j.locations=file:" + dir, "persona4j.settle-time=0s");
                McpSyncClient client = client(ctx, new LinkedBlockingQueue<>())) {
            List<McpSchema.Prompt> prompts = client.listPrompts().prompts();
            assertEquals(
                    List.of("reviewer"),
                    prompts.stream().map(McpSchema.Prompt::name).toList());
            assertEquals("language", prompts.get(0).arguments().get(0).name());
            assertTrue(prompts.get(0).arguments().get(0).required());

            McpSchema.GetPromptResult got =
                    client.getPrompt(new McpSchema.GetPromptRequest("reviewer", Map.of("language", "Java")));
            String text = ((McpSchema.TextContent) got.messages().get(0).content()).text();
            assertEquals(ctx.getBean(PersonaPrompts.class).system("reviewer", Map.of("language", "Java")), text);

            McpError missing = assertThrows(
                    McpError.class, () -> client.getPrompt(new McpSchema.GetPromptRequest("reviewer", Map.of())));
            assertTrue(missing.getMessage().contains("language"), missing.getMessage());

            List<String> tools = client.listTools().tools().stream()
                    .map(McpSchema.Tool::name)
                    .sorted()
                    .toList();
            assertEquals(
                    List.of("find_personas", "list_skills", "load_skill", "read_skill_file", "render_persona"), tools);
            McpSchema.CallToolResult found = client.callTool(
                    new McpSchema.CallToolRequest("find_personas", Map.of("task", "review a pull request")));
            assertFalse(Boolean.TRUE.equals(found.isError()));
            assertTrue(String.valueOf(found.structuredContent()).contains("reviewer"));

            assertEquals(
                    List.of("persona://personas/reviewer"),
                    client.listResources().resources().stream()
                            .map(McpSchema.Resource::uri)
                            .toList());
        }
    }

    @Test
    void aReloadThatAddsChangesAndRemovesPersonasChangesThePromptList(@TempDir Path dir) throws Exception {
        write(dir, "reviewer", "Reviews pull requests", "You review {{language}} code.");
        LinkedBlockingQueue<List<String>> changes = new LinkedBlockingQueue<>();
        try (ConfigurableApplicationContext ctx = start(
                        "persona4j.mcp.enabled=true", "persona4j.locations=file:" + dir, "persona4j.settle-time=0s");
                McpSyncClient client = client(ctx, changes)) {
            PersonaCatalogs catalogs = ctx.getBean(PersonaCatalogs.class);

            write(dir, "tester", "Writes tests", "You test {{language}} code.");
            catalogs.reload();
            assertEquals(List.of("reviewer", "tester"), changes.poll(30, TimeUnit.SECONDS));

            write(dir, "tester", "Writes property tests", "You test {{language}} code with properties.");
            catalogs.reload();
            assertEquals(List.of("reviewer", "tester"), changes.poll(30, TimeUnit.SECONDS));
            assertEquals(
                    "Writes property tests",
                    client.listPrompts().prompts().stream()
                            .filter(p -> p.name().equals("tester"))
                            .findFirst()
                            .orElseThrow()
                            .description());

            Files.delete(dir.resolve("reviewer.md"));
            catalogs.reload();
            assertEquals(List.of("tester"), changes.poll(30, TimeUnit.SECONDS));
            assertEquals(
                    List.of("tester"),
                    client.listPrompts().prompts().stream()
                            .map(McpSchema.Prompt::name)
                            .toList());
        }
    }

    /** The README's configuration of the MCP server, as {@code key=value} pairs. */
    private static String[] readmeConfiguration() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int section = readme.indexOf("## Serving personas to agents (MCP)");
        int from = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        int to = readme.indexOf("```", from);
        assertTrue(section >= 0 && from > section && to > from, "the README's MCP section has a yaml block");
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(readme.substring(from, to));
        List<String> pairs = new ArrayList<>();
        flatten("", root, pairs);
        return pairs.toArray(String[]::new);
    }

    private static void flatten(String prefix, Object value, List<String> out) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, out));
        } else {
            out.add(prefix + "=" + value);
        }
    }

    @Test
    void theReadmesConfigurationServesTheApplicationsPersonas() throws Exception {
        try (ConfigurableApplicationContext ctx = start(readmeConfiguration());
                McpSyncClient client = client(ctx, new LinkedBlockingQueue<>())) {
            assertEquals(
                    List.of("helper", "reviewer"),
                    client.listPrompts().prompts().stream()
                            .map(McpSchema.Prompt::name)
                            .sorted()
                            .toList());
        }
    }

    @Test
    void withSkillToolsAsCallbacksTheServerOffersEachToolOnce(@TempDir Path dir) throws Exception {
        write(dir, "reviewer", "Reviews pull requests", "You review {{language}} code.");
        try (ConfigurableApplicationContext ctx = start(
                        "persona4j.mcp.enabled=true", "persona4j.skill-tools=true", "persona4j.locations=file:" + dir);
                McpSyncClient client = client(ctx, new LinkedBlockingQueue<>())) {
            List<String> tools = client.listTools().tools().stream()
                    .map(McpSchema.Tool::name)
                    .sorted()
                    .toList();
            assertEquals(
                    List.of("find_personas", "list_skills", "load_skill", "read_skill_file", "render_persona"), tools);
        }
    }

    @Test
    void withoutTheSwitchNothingOfTheCatalogReachesTheMcpServer(@TempDir Path dir) throws Exception {
        write(dir, "reviewer", "Reviews pull requests", "You review {{language}} code.");
        try (ConfigurableApplicationContext ctx = start("persona4j.locations=file:" + dir);
                McpSyncClient client = client(ctx, new LinkedBlockingQueue<>())) {
            assertTrue(ctx.getBeansOfType(PersonaMcpFeatures.class).isEmpty());
            assertTrue(client.listTools().tools().isEmpty());
        }
    }
}
