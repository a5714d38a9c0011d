package org.persona4j.mcp.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.server.McpServerFeatures.SyncCompletionSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CompleteResult;
import io.modelcontextprotocol.spec.McpSchema.GetPromptResult;
import io.modelcontextprotocol.spec.McpSchema.Prompt;
import io.modelcontextprotocol.spec.McpSchema.PromptArgument;
import io.modelcontextprotocol.spec.McpSchema.PromptMessage;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.Resource;
import io.modelcontextprotocol.spec.McpSchema.ResourceTemplate;
import io.modelcontextprotocol.spec.McpSchema.Role;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.persona4j.Persona;
import org.persona4j.PersonaFiles;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.catalog.PersonaSummary;
import org.persona4j.catalog.SearchHit;
import org.persona4j.render.InvalidVariableException;
import org.persona4j.render.PromptTooLargeException;
import org.persona4j.render.RenderOptions;
import org.persona4j.render.TokenCounter;
import org.persona4j.render.VariableDeclaration;
import org.persona4j.skills.SkillAnswer;
import org.persona4j.skills.SkillFile;
import org.persona4j.skills.SkillFileText;
import org.persona4j.skills.SkillSummary;
import org.persona4j.skills.SkillTools;
import org.persona4j.skills.Skills;

/**
 * What the server offers, made from the catalog's current snapshot at each request: every persona as a prompt whose
 * arguments are its declared variables, every persona file and skill file as a resource, and the tools. Nothing a
 * client sends is trusted: arguments are bounded and checked, a resource URI is decoded strictly and read only
 * through the catalog (a persona's own file) or {@link Skills} (inside the skill's folder).
 */
public final class CatalogFeatures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<PersonaCatalog> catalog;
    private final Skills skills;
    private final Limits limits;

    /**
     * The bounds on what a request may ask.
     *
     * @param maxArgumentChars the longest argument value
     * @param maxArguments     the most arguments of one request
     * @param maxFileBytes     the largest file a resource read returns
     */
    public record Limits(int maxArgumentChars, int maxArguments, int maxFileBytes) {}

    /**
     * @param catalog the current snapshot, asked at each request
     * @param limits  the bounds on requests
     */
    public CatalogFeatures(Supplier<PersonaCatalog> catalog, Limits limits) {
        this.catalog = catalog;
        this.limits = limits;
        this.skills = Skills.of(
                catalog,
                org.persona4j.ReadOptions.builder()
                        .maxFileBytes(limits.maxFileBytes())
                        .build());
    }

    // ---- prompts

    /** {@return one prompt per persona of a snapshot, by id} */
    public Map<String, SyncPromptSpecification> prompts(PersonaCatalog snapshot) {
        Map<String, SyncPromptSpecification> out = new LinkedHashMap<>();
        for (PersonaSummary p : snapshot.summaries()) {
            out.put(p.id(), new SyncPromptSpecification(prompt(p), (exchange, request) -> get(request)));
        }
        return out;
    }

    /** The prompt a persona is: its id, title, a description (its own, else its title), its declared variables. */
    static Prompt prompt(PersonaSummary p) {
        List<PromptArgument> arguments = new ArrayList<>();
        for (VariableDeclaration v : p.metadata().variables()) {
            String about = v.description().isBlank()
                    ? v.type().name().toLowerCase(Locale.ROOT)
                    : v.description() + " (" + v.type().name().toLowerCase(Locale.ROOT) + ")";
            arguments.add(PromptArgument.builder(v.name())
                    .description(
                            about + v.defaultText().map(d -> "; default: " + d).orElse(""))
                    .required(v.required() && v.defaultText().isEmpty())
                    .build());
        }
        return Prompt.builder(p.id())
                .title(p.title())
                .description(
                        p.metadata().description().filter(d -> !d.isBlank()).orElse(p.title()))
                .arguments(arguments)
                .build();
    }

    /** A prompt rendered as {@code persona render --lenient} renders it, as one user message. */
    private GetPromptResult get(McpSchema.GetPromptRequest request) {
        Persona p = catalog.get()
                .find(request.name())
                .orElseThrow(() -> invalid("no prompt named '" + shorten(request.name()) + "'; list the prompts"));
        Map<String, String> values = arguments(request.arguments());
        String text;
        try {
            // No budget, so no token count is needed: the estimate spares the exact tokenizer's work, and the text is
            // the same.
            text = p.render(RenderOptions.builder()
                            .variables(values)
                            .lenient(true)
                            .tokenCounter(TokenCounter.estimate())
                            .build())
                    .systemText();
        } catch (InvalidVariableException e) {
            throw invalid("argument '" + e.name() + "': " + e.getMessage());
        } catch (PromptTooLargeException e) {
            throw invalid("the prompt with these arguments would be larger than the server renders");
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
        return GetPromptResult.builder(List.of(PromptMessage.builder(
                                Role.USER, TextContent.builder(text).build())
                        .build()))
                .description(p.metadata().description().orElse(p.title()))
                .build();
    }

    /** The values of a request's arguments as text, bounded. */
    private Map<String, String> arguments(Map<String, Object> given) {
        Map<String, String> values = new LinkedHashMap<>();
        if (given == null) {
            return values;
        }
        if (given.size() > limits.maxArguments()) {
            throw invalid("at most " + limits.maxArguments() + " arguments are taken, not " + given.size());
        }
        for (Map.Entry<String, Object> e : given.entrySet()) {
            Object v = e.getValue();
            if (v == null) {
                continue;
            }
            if (!(v instanceof String || v instanceof Number || v instanceof Boolean)) {
                throw invalid("argument '" + shorten(e.getKey()) + "' must be text");
            }
            String text = String.valueOf(v);
            if (text.length() > limits.maxArgumentChars() || e.getKey().length() > 256) {
                throw invalid("argument '" + shorten(e.getKey()) + "' is longer than " + limits.maxArgumentChars()
                        + " characters");
            }
            values.put(e.getKey(), text);
        }
        return values;
    }

    /** {@return completions for every prompt of a snapshot: a declared variable's default, a boolean's values} */
    public List<SyncCompletionSpecification> completions(PersonaCatalog snapshot) {
        List<SyncCompletionSpecification> out = new ArrayList<>();
        for (PersonaSummary p : snapshot.summaries()) {
            if (!p.metadata().variables().isEmpty()) {
                out.add(new SyncCompletionSpecification(
                        new McpSchema.PromptReference(p.id()), (exchange, request) -> complete(p.id(), request)));
            }
        }
        return out;
    }

    private CompleteResult complete(String id, McpSchema.CompleteRequest request) {
        Optional<Persona> p = catalog.get().find(id);
        List<String> values = new ArrayList<>();
        String prefix = request.argument() == null || request.argument().value() == null
                ? ""
                : request.argument().value();
        if (p.isPresent() && request.argument() != null) {
            for (VariableDeclaration v : p.get().metadata().variables()) {
                if (!v.name().equals(request.argument().name())) {
                    continue;
                }
                v.defaultText().ifPresent(values::add);
                if (v.type() == VariableDeclaration.Type.BOOLEAN) {
                    values.add("true");
                    values.add("false");
                }
            }
        }
        List<String> matching = values.stream()
                .distinct()
                .filter(s -> s.startsWith(prefix))
                .limit(100)
                .toList();
        return new CompleteResult(new CompleteResult.CompleteCompletion(matching, matching.size(), false));
    }

    // ---- resources

    /** {@return one resource per persona file and per file a skill bundles, by URI} */
    public Map<String, SyncResourceSpecification> resources(PersonaCatalog snapshot) {
        Map<String, SyncResourceSpecification> out = new LinkedHashMap<>();
        for (PersonaSummary p : snapshot.summaries()) {
            Optional<Path> file = p.source().file();
            Resource.Builder r = Resource.builder(ResourceUris.persona(p.id()), p.id())
                    .title(p.title())
                    .mimeType(mimeType(p.source().label()));
            p.metadata().description().filter(d -> !d.isBlank()).ifPresent(r::description);
            file.ifPresent(f -> size(f).ifPresent(r::size));
            out.put(
                    ResourceUris.persona(p.id()),
                    new SyncResourceSpecification(r.build(), (x, req) -> read(req.uri())));
        }
        Skills current = Skills.of(snapshot);
        for (SkillSummary s : current.list()) {
            SkillAnswer<List<SkillFile>> files = current.files(s.name());
            if (!files.found()) {
                continue;
            }
            for (SkillFile f : files.orElseThrow()) {
                String uri = ResourceUris.skillFile(s.name(), f.path());
                Resource r = Resource.builder(uri, s.name() + "/" + f.path())
                        .mimeType(f.text() ? mimeType(f.path()) : "application/octet-stream")
                        .size(f.size())
                        .build();
                out.put(uri, new SyncResourceSpecification(r, (x, req) -> read(req.uri())));
            }
        }
        return out;
    }

    /** {@return the templates that read any persona or skill file by URI} */
    public List<SyncResourceTemplateSpecification> templates() {
        return List.of(
                new SyncResourceTemplateSpecification(
                        ResourceTemplate.builder(ResourceUris.PERSONA_TEMPLATE, "persona")
                                .description("A persona file of the catalog, by id (a '/' in the id as %2F)")
                                .mimeType("text/markdown")
                                .build(),
                        (x, req) -> read(req.uri())),
                new SyncResourceTemplateSpecification(
                        ResourceTemplate.builder(ResourceUris.SKILL_TEMPLATE, "skill-file")
                                .description("A file an Agent Skill bundles, by the skill's name and the file's path "
                                        + "in its folder (each '/' in the path as %2F)")
                                .build(),
                        (x, req) -> read(req.uri())));
    }

    /** Reads a resource by URI: a persona's own file, or a skill's bundled file through {@link Skills}. */
    ReadResourceResult read(String uri) {
        if (uri != null && uri.length() <= 4096 && uri.startsWith(ResourceUris.PERSONAS)) {
            String id = ResourceUris.decode(uri.substring(ResourceUris.PERSONAS.length()))
                    .orElseThrow(() -> notFound(uri));
            Persona p = catalog.get().find(id).orElseThrow(() -> notFound(uri));
            Path file = p.source().file().orElseThrow(() -> notFound(uri));
            byte[] bytes;
            try {
                bytes = PersonaFiles.readSmallFile(file, limits.maxFileBytes());
            } catch (IOException e) {
                throw McpError.builder(McpSchema.ErrorCodes.INTERNAL_ERROR)
                        .message("the persona file of '" + shorten(id) + "' cannot be read now")
                        .build();
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            return ReadResourceResult.builder(List.of(TextResourceContents.builder(uri, text)
                            .mimeType(mimeType(p.source().label()))
                            .build()))
                    .build();
        }
        if (uri != null && uri.length() <= 4096 && uri.startsWith(ResourceUris.SKILLS)) {
            String rest = uri.substring(ResourceUris.SKILLS.length());
            int slash = rest.indexOf('/');
            if (slash <= 0) {
                throw notFound(uri);
            }
            String skill = ResourceUris.decode(rest.substring(0, slash)).orElseThrow(() -> notFound(uri));
            String path = ResourceUris.decode(rest.substring(slash + 1)).orElseThrow(() -> notFound(uri));
            SkillAnswer<SkillFileText> answer = skills.read(skill, path);
            if (answer instanceof SkillAnswer.Refused<SkillFileText> r) {
                throw McpError.builder(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND)
                        .message(r.problem().code() + ": " + r.problem().message())
                        .build();
            }
            return ReadResourceResult.builder(List.of(TextResourceContents.builder(
                                    uri, answer.orElseThrow().text())
                            .mimeType(mimeType(path))
                            .build()))
                    .build();
        }
        throw notFound(uri);
    }

    private static Optional<Long> size(Path file) {
        try {
            return Optional.of(Files.size(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String mimeType(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".md") || n.endsWith(".mdc") || n.endsWith(".markdown")) {
            return "text/markdown";
        }
        if (n.endsWith(".yaml") || n.endsWith(".yml")) {
            return "application/yaml";
        }
        if (n.endsWith(".json")) {
            return "application/json";
        }
        if (n.endsWith(".sh")) {
            return "text/x-shellscript";
        }
        if (n.endsWith(".py")) {
            return "text/x-python";
        }
        return "text/plain";
    }

    // ---- tools

    /** {@return the tools: search, render, and the skill tools, with their schemas from this module's resources} */
    public List<SyncToolSpecification> tools() {
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
            java.util.function.BiFunction<
                            io.modelcontextprotocol.server.McpSyncServerExchange,
                            McpSchema.CallToolRequest,
                            McpSchema.CallToolResult>
                    handler) {
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
            return error("no persona with id '" + shorten(id) + "'; find_personas lists ids");
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (args.get("variables") instanceof Map<?, ?> given) {
            given.forEach((k, v) -> values.put(String.valueOf(k), String.valueOf(v)));
        }
        RenderOptions.Builder options = RenderOptions.builder().variables(values);
        if (args.get("format") instanceof String f) {
            options.format(org.persona4j.render.RenderFormat.valueOf(
                    f.toUpperCase(Locale.ROOT).replace('-', '_')));
        }
        if (args.get("model") instanceof String m) {
            options.model(m);
        }
        if (args.get("token_budget") instanceof Number n) {
            options.maxTokens(n.intValue());
        }
        org.persona4j.render.RenderedPrompt rendered;
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
        try (java.io.InputStream in =
                CatalogFeatures.class.getResourceAsStream("/org/persona4j/mcp/tools/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no schema " + name + " in the module's resources");
            }
            return JSON.readValue(in, new TypeReference<Map<String, Object>>() {});
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
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

    private static McpError invalid(String message) {
        return McpError.builder(McpSchema.ErrorCodes.INVALID_PARAMS)
                .message(message)
                .build();
    }

    private static McpError notFound(String uri) {
        return McpError.builder(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND)
                .message("no resource '" + shorten(String.valueOf(uri)) + "'")
                .build();
    }

    /** A name from a request, cut for a message. */
    private static String shorten(String s) {
        return s == null ? "" : s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
