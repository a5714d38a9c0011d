package org.persona4j.mcp.internal;

import io.modelcontextprotocol.server.McpServerFeatures.SyncCompletionSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
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
import org.persona4j.render.InvalidVariableException;
import org.persona4j.render.PromptTooLargeException;
import org.persona4j.render.RenderOptions;
import org.persona4j.render.TokenCounter;
import org.persona4j.render.VariableDeclaration;
import org.persona4j.skills.SkillAnswer;
import org.persona4j.skills.SkillFile;
import org.persona4j.skills.SkillFileText;
import org.persona4j.skills.SkillSummary;
import org.persona4j.skills.Skills;

/**
 * What the server offers, made from the catalog's current snapshot at each request: every persona as a prompt whose
 * arguments are its declared variables, every persona file and skill file as a resource, and the tools. Nothing a
 * client sends is trusted: arguments are bounded and checked, a resource URI is decoded strictly and read only
 * through the catalog (a persona's own file) or {@link Skills} (inside the skill's folder). The tools are
 * {@link CatalogTools}.
 */
public final class CatalogFeatures {

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

    /** {@return the catalog's skills, read within their folders and the file limit} */
    public Skills skills() {
        return skills;
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

    static McpError invalid(String message) {
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
    static String shorten(String s) {
        return s == null ? "" : s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
