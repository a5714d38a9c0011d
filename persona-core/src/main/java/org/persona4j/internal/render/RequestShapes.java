package org.persona4j.internal.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.persona4j.Persona;
import org.persona4j.internal.json.JsonArray;
import org.persona4j.internal.json.JsonObject;
import org.persona4j.render.DroppedSection;
import org.persona4j.render.Provenance;
import org.persona4j.render.RenderOptions;

/**
 * A rendered system text in its output format, built as a JSON tree: the JSON form with the counts, the
 * fingerprint, what was dropped and (when asked) where each line came from; or the request body of a provider's API,
 * with the fields its OpenAPI description names (tested against it in {@code RequestBodySchemasTest}). The
 * fingerprint is the SHA-256 of the output, for the JSON form of the document without its fingerprint.
 */
final class RequestShapes {

    /** The least max_output_tokens the Responses API takes (its OpenAPI description's minimum). */
    private static final int MIN_RESPONSES_OUTPUT_TOKENS = 16;

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
                JsonObject o = new JsonObject();
                o.put("id", persona.id());
                o.put("title", persona.title());
                o.put("system", system);
                o.put("tokens", tokens);
                o.put("tokenizer", options.counter().name());
                o.put("fits", fits);
                if (options.maxTokens() > 0) {
                    o.put("budget", options.maxTokens());
                }
                JsonArray d = o.putArray("dropped");
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
                return body(chatCompletions(persona, system, user, options));
            }
            case OPENAI_RESPONSES -> {
                return body(responses(persona, system, user, options));
            }
            case ANTHROPIC -> {
                return body(messages(persona, system, user, options));
            }
            case GEMINI -> {
                return body(generateContent(system, user, options));
            }
            default -> throw new IllegalStateException("no shape for " + options.format());
        }
    }

    /** OpenAI Chat Completions: the system text as the first message, the answer limited by max_completion_tokens. */
    private static JsonObject chatCompletions(Persona persona, String system, String user, RenderOptions options) {
        JsonObject o = new JsonObject();
        o.put("model", ModelNames.of(persona, options));
        JsonArray messages = o.putArray("messages");
        messages.addObject().put("role", "system").put("content", system);
        if (user != null) {
            messages.addObject().put("role", "user").put("content", user);
        }
        if (options.maxOutputTokens() > 0) {
            // Chat Completions' current name: max_tokens is deprecated and refused by the reasoning models.
            o.put("max_completion_tokens", options.maxOutputTokens());
        }
        temperature(o, options);
        return o;
    }

    /** OpenAI Responses: the system text as instructions, the user's message as the input. */
    private static JsonObject responses(Persona persona, String system, String user, RenderOptions options) {
        JsonObject o = new JsonObject();
        o.put("model", ModelNames.of(persona, options));
        o.put("instructions", system);
        if (user != null) {
            o.put("input", user);
        }
        if (options.maxOutputTokens() > 0) {
            if (options.maxOutputTokens() < MIN_RESPONSES_OUTPUT_TOKENS) {
                throw new IllegalArgumentException("the openai-responses format takes an answer limit of at least "
                        + MIN_RESPONSES_OUTPUT_TOKENS + " tokens (its max_output_tokens), not "
                        + options.maxOutputTokens() + ": pass --max-output-tokens " + MIN_RESPONSES_OUTPUT_TOKENS
                        + " or more (RenderOptions.Builder.maxOutputTokens in Java)");
            }
            o.put("max_output_tokens", options.maxOutputTokens());
        }
        temperature(o, options);
        return o;
    }

    /** Anthropic Messages: the system text as system, max_tokens always (the API requires it). */
    private static JsonObject messages(Persona persona, String system, String user, RenderOptions options) {
        JsonObject o = new JsonObject();
        o.put("model", ModelNames.of(persona, options));
        o.put(
                "max_tokens",
                options.maxOutputTokens() > 0 ? options.maxOutputTokens() : RenderOptions.DEFAULT_ANTHROPIC_MAX_TOKENS);
        o.put("system", system);
        JsonArray messages = o.putArray("messages");
        if (user != null) {
            messages.addObject().put("role", "user").put("content", user);
        }
        temperature(o, options);
        return o;
    }

    /**
     * Gemini generateContent: the system text as systemInstruction's one part, the user's message as the one
     * content, limits in generationConfig. The model is in the request's URL, so the body names none.
     */
    private static JsonObject generateContent(String system, String user, RenderOptions options) {
        JsonObject o = new JsonObject();
        o.putObject("systemInstruction").putArray("parts").addObject().put("text", system);
        JsonArray contents = o.putArray("contents");
        if (user != null) {
            JsonObject content = contents.addObject().put("role", "user");
            content.putArray("parts").addObject().put("text", user);
        }
        if (options.maxOutputTokens() > 0 || options.temperature() != null) {
            JsonObject config = o.putObject("generationConfig");
            if (options.maxOutputTokens() > 0) {
                config.put("maxOutputTokens", options.maxOutputTokens());
            }
            temperature(config, options);
        }
        return o;
    }

    private static void temperature(JsonObject o, RenderOptions options) {
        if (options.temperature() != null) {
            o.put("temperature", options.temperature());
        }
    }

    private static Renderer.Shaped body(JsonObject o) {
        String text = write(o);
        return new Renderer.Shaped(text, sha256(text));
    }

    /** For every line of the system text, the file, section and line it came from. */
    private static void lines(JsonArray out, String system, List<Provenance> provenance) {
        int line = 1;
        for (int start = 0; start < system.length(); line++) {
            int end = system.indexOf('\n', start);
            end = end < 0 ? system.length() : end + 1;
            JsonObject l = out.addObject().put("line", line);
            for (Provenance p : provenance) {
                if (p.start() <= start && start < p.end()) {
                    l.put("file", p.source()).put("section", p.heading()).put("sourceLine", p.line());
                    break;
                }
            }
            start = end;
        }
    }

    private static String write(JsonObject o) {
        return o.write() + "\n";
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
