package org.persona4j.mcp.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.persona4j.Persona;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.catalog.SearchHit;
import org.persona4j.render.RenderFormat;
import org.persona4j.render.RenderOptions;
import org.persona4j.render.RenderedPrompt;
import org.persona4j.skills.SkillTools;
import org.persona4j.skills.Skills;

/**
 * The server's tools over the catalog's current snapshot: {@code find_personas} (the ranking of
 * {@code persona query --text}), {@code render_persona} (the renderer of {@code persona render}) and the skill tools
 * of {@link SkillTools}, each with the input and output schemas of this module's resources. A tool's failure is a
 * result marked as an error that says what to change, never a protocol error.
 */
public final class CatalogTools {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<PersonaCatalog> catalog;
    private final Skills skills;

    /**
     * @param catalog the current snapshot, asked at each call
     * @param skills  the catalog's skills, read within their folders
     */
    public CatalogTools(Supplier<PersonaCatalog> catalog, Skills skills) {
        this.catalog = catalog;
        this.skills = skills;
    }

    /**
     * {@return the tools: search, render, and (unless left out) the skill tools, with their schemas from this module's
     * resources}
     *
     * @param withSkillTools whether to add the skill tools
     */
    public List<SyncToolSpecification> tools(boolean withSkillTools) {
        List<SyncToolSpecification> out = new ArrayList<>();
        out.add(tool(
                "find_personas",
                "Finds the personas that fit a task described in words, best first, with why each ranks where it "
                        + "does (the ranking of `persona query --text`).",
                schema("find_personas.input"),
                (x, req) -> find(req.arguments())));
        out.add(tool(
                "render_persona",
                "Renders a persona as a system prompt (the renderer of `persona render`), with values for its "
                        + "variables, in a shape and within a token budget.",
                schema("render_persona.input"),
                (x, req) -> render(req.arguments())));
        if (!withSkillTools) {
            return out;
        }
        SkillTools skillTools = new SkillTools(skills);
        for (SkillTools.Tool t : SkillTools.tools()) {
            out.add(tool(
                    t.name(),
                    t.description(),
                    parse(t.inputSchema()),
                    (x, req) -> skillAnswer(skillTools.call(t.name(), write(req.arguments())))));
        }
        return out;
    }

    private static SyncToolSpecification tool(
            String name,
            String description,
            Map<String, Object> input,
            BiFunction<McpSyncServerExchange, McpSchema.CallToolRequest, McpSchema.CallToolResult> handler) {
        return SyncToolSpecification.builder()
                .tool(McpSchema.Tool.builder(name, input)
                        .description(description)
                        .outputSchema(schema(name + ".output"))
                        .build())
                .callHandler(handler)
                .build();
    }

    private McpSchema.CallToolResult find(Map<String, Object> args) {
        String task = String.valueOf(args.get("task"));
        int limit = args.get("limit") instanceof Number n ? Math.max(1, Math.min(50, n.intValue())) : 3;
        List<Map<String, Object>> results = new ArrayList<>();
        for (SearchHit hit : catalog.get().query().text(task).limit(limit).hits()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", hit.persona().id());
            r.put("title", hit.persona().title());
            r.put("score", hit.score());
            r.put("why", hit.explain());
            results.add(r);
        }
        return structured(Map.of("results", results));
    }

    private McpSchema.CallToolResult render(Map<String, Object> args) {
        String id = String.valueOf(args.get("id"));
        Optional<Persona> p = catalog.get().find(id);
        if (p.isEmpty()) {
            return error("no persona with id '" + CatalogFeatures.shorten(id) + "'; find_personas lists ids");
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (args.get("variables") instanceof Map<?, ?> given) {
            given.forEach((k, v) -> values.put(String.valueOf(k), String.valueOf(v)));
        }
        RenderOptions.Builder options = RenderOptions.builder().variables(values);
        if (args.get("format") instanceof String f) {
            options.format(RenderFormat.valueOf(f.toUpperCase(Locale.ROOT).replace('-', '_')));
        }
        if (args.get("model") instanceof String m) {
            options.model(m);
        }
        if (args.get("token_budget") instanceof Number n) {
            options.maxTokens(n.intValue());
        }
        RenderedPrompt rendered;
        try {
            rendered = p.get().render(options.build());
        } catch (RuntimeException e) { // a variable without a value, a model the body cannot name, a bound
            return error(e.getMessage() == null ? "the persona cannot be rendered" : e.getMessage());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("text", rendered.text());
        out.put("fingerprint", rendered.fingerprint());
        out.put("tokens", rendered.tokens());
        out.put("fits", rendered.fits());
        out.put("dropped", rendered.dropped().stream().map(d -> d.heading()).toList());
        return structured(out);
    }

    private static McpSchema.CallToolResult skillAnswer(String json) {
        Map<String, Object> answer = parse(json);
        if (answer.containsKey("error")) {
            return McpSchema.CallToolResult.builder()
                    .addTextContent(json)
                    .isError(true)
                    .build();
        }
        return McpSchema.CallToolResult.builder()
                .addTextContent(json)
                .structuredContent(answer)
                .build();
    }

    private static McpSchema.CallToolResult structured(Map<String, Object> value) {
        return McpSchema.CallToolResult.builder()
                .addTextContent(write(value))
                .structuredContent(value)
                .build();
    }

    private static McpSchema.CallToolResult error(String message) {
        return McpSchema.CallToolResult.builder()
                .addTextContent(message)
                .isError(true)
                .build();
    }

    /** A JSON schema of this module's resources ({@code org/persona4j/mcp/tools/NAME.json}). */
    private static Map<String, Object> schema(String name) {
        try (InputStream in = CatalogTools.class.getResourceAsStream("/org/persona4j/mcp/tools/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no schema " + name + " in the module's resources");
            }
            return JSON.readValue(in, new TypeReference<Map<String, Object>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> parse(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not a JSON object: " + e.getMessage(), e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value == null ? Map.of() : value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a value could not be written as JSON", e);
        }
    }
}
