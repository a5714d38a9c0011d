package org.persona4j.internal.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.persona4j.Persona;
import org.persona4j.render.DroppedSection;
import org.persona4j.render.Provenance;
import org.persona4j.render.RenderOptions;

/**
 * A rendered system text in its output format, built as a JSON tree: the JSON form with the counts, the
 * fingerprint, what was dropped and (when asked) where each line came from; an OpenAI Chat Completions body
 * ({@code max_completion_tokens}); an
 * Anthropic Messages body. The fingerprint is the SHA-256 of the output, for the JSON form of the document without
 * its fingerprint.
 */
final class RequestShapes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RequestShapes() {}

    static Renderer.Shaped shape(
            Persona persona,
            String system,
            List<Provenance> provenance,
            int tokens,
            List<DroppedSection> dropped,
            boolean fits,
            RenderOptions options) {
        String user = options.userMessage();
        switch (options.format()) {
            case TEXT, MARKDOWN -> {
                return new Renderer.Shaped(system, sha256(system));
            }
            case JSON -> {
                ObjectNode o = JSON.createObjectNode();
                o.put("id", persona.id());
                o.put("title", persona.title());
                o.put("system", system);
                o.put("tokens", tokens);
                o.put("tokenizer", options.counter().name());
                o.put("fits", fits);
                if (options.maxTokens() > 0) {
                    o.put("budget", options.maxTokens());
                }
                ArrayNode d = o.putArray("dropped");
                for (DroppedSection s : dropped) {
                    d.addObject()
                            .put("kind", s.kind().name())
                            .put("heading", s.heading())
                            .put("tokens", s.tokens());
                }
                if (options.provenance()) {
                    lines(o.putArray("lines"), system, provenance);
                }
                String fingerprint = sha256(write(o));
                o.put("fingerprint", fingerprint);
                return new Renderer.Shaped(write(o), fingerprint);
            }
            case OPENAI -> {
                ObjectNode o = JSON.createObjectNode();
                o.put("model", model(persona, options));
                ArrayNode messages = o.putArray("messages");
                messages.addObject().put("role", "system").put("content", system);
                if (user != null) {
                    messages.addObject().put("role", "user").put("content", user);
                }
                if (options.maxOutputTokens() > 0) {
                    // Chat Completions' current name: max_tokens is deprecated and refused by the reasoning models.
                    o.put("max_completion_tokens", options.maxOutputTokens());
                }
                if (options.temperature() != null) {
                    o.put("temperature", options.temperature());
                }
                String text = write(o);
                return new Renderer.Shaped(text, sha256(text));
            }
            case ANTHROPIC -> {
                ObjectNode o = JSON.createObjectNode();
                o.put("model", model(persona, options));
                o.put(
                        "max_tokens",
                        options.maxOutputTokens() > 0
                                ? options.maxOutputTokens()
                                : RenderOptions.DEFAULT_ANTHROPIC_MAX_TOKENS);
                o.put("system", system);
                ArrayNode messages = o.putArray("messages");
                if (user != null) {
                    messages.addObject().put("role", "user").put("content", user);
                }
                if (options.temperature() != null) {
                    o.put("temperature", options.temperature());
                }
                String text = write(o);
                return new Renderer.Shaped(text, sha256(text));
            }
            default -> throw new IllegalStateException("no shape for " + options.format());
        }
    }

    /** For every line of the system text, the file, section and line it came from. */
    private static void lines(ArrayNode out, String system, List<Provenance> provenance) {
        int line = 1;
        for (int start = 0; start < system.length(); line++) {
            int end = system.indexOf('\n', start);
            end = end < 0 ? system.length() : end + 1;
            ObjectNode l = out.addObject().put("line", line);
            for (Provenance p : provenance) {
                if (p.start() <= start && start < p.end()) {
                    l.put("file", p.source()).put("section", p.heading()).put("sourceLine", p.line());
                    break;
                }
            }
            start = end;
        }
    }

    /**
     * The model of a request: the option's as given; else the persona's own, when it names a model of the target's
     * vendor: an alias ({@code opus}) becomes the id the alias table gives, {@code inherit} or another vendor's model
     * asks for {@code --model}.
     */
    private static String model(Persona persona, RenderOptions options) {
        String format = options.format().name().toLowerCase(java.util.Locale.ROOT);
        if (options.model() != null && !options.model().isBlank()) {
            return options.model().strip();
        }
        String own = persona.metadata().model().map(String::strip).orElse("");
        if (own.isEmpty()) {
            throw new IllegalArgumentException("the " + format + " format needs a model: pass --model "
                    + "(RenderOptions.Builder.model in Java), or give the persona a 'model:' key");
        }
        String resolved = options.modelAliases().getOrDefault(own.toLowerCase(java.util.Locale.ROOT), own);
        java.util.Optional<org.persona4j.dialect.ModelRef> ownRef =
                persona.dialect().spec().models().read(own);
        if (own.equalsIgnoreCase("inherit")
                || ownRef.isPresent() && ownRef.get().equals(org.persona4j.dialect.ModelRef.INHERIT)) {
            throw new IllegalArgumentException("the persona's model is '" + org.persona4j.TerminalText.escape(own)
                    + "', the model of whoever runs it, which " + an(format) + " request cannot name: pass --model "
                    + "(RenderOptions.Builder.model in Java)");
        }
        java.util.Optional<org.persona4j.dialect.ModelRef> ref = resolved.equals(own)
                ? ownRef
                : org.persona4j.Dialect.CLAUDE_SUBAGENT.spec().models().read(resolved);
        String vendor = options.format() == org.persona4j.render.RenderFormat.ANTHROPIC ? "anthropic" : "openai";
        String named = org.persona4j.TerminalText.escape(own)
                + (resolved.equals(own) ? "" : "' (" + org.persona4j.TerminalText.escape(resolved) + ")");
        if (ref.isPresent() && !ref.get().vendor().equals(vendor)) {
            throw new IllegalArgumentException("the persona's model '" + named + (resolved.equals(own) ? "'" : "")
                    + " is " + an(ref.get().vendor()) + " model, not one " + an(format) + " request takes: pass "
                    + "--model (RenderOptions.Builder.model in Java)");
        }
        if (!resolved.equals(own)) {
            return resolved;
        }
        if (ref.isPresent() && ref.get().version().isEmpty()) {
            throw new IllegalArgumentException("the persona's model '" + named + "' is an alias with no model id: "
                    + "pass --model, or --model-alias " + own.toLowerCase(java.util.Locale.ROOT)
                    + "=ID (RenderOptions.Builder.modelAlias in Java)");
        }
        if (ref.isPresent()) { // a name the API does not take as written (Copilot's "GPT-4.1"): the API's id
            org.persona4j.Dialect naming = vendor.equals("anthropic")
                    ? org.persona4j.Dialect.CLAUDE_SUBAGENT
                    : org.persona4j.Dialect.CREWAI_AGENT;
            java.util.Optional<String> id = naming.spec().models().write(ref.get());
            if (id.isPresent()) {
                return id.get().startsWith("openai/") ? id.get().substring("openai/".length()) : id.get();
            }
        }
        return own;
    }

    /** A word with its indefinite article. */
    private static String an(String word) {
        return ("aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an " : "a ") + word;
    }

    private static String write(ObjectNode o) {
        try {
            return JSON.writeValueAsString(o) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
