package org.persona4j.markdown.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.render.RenderFormat;
import org.persona4j.render.RenderOptions;
import org.persona4j.render.RenderedPrompt;
import org.persona4j.testing.Corpus;

/**
 * Every request body of every corpus persona validates against its provider's published description of the request
 * (JSON Schemas extracted from the OpenAPI documents and Gemini's discovery document, with their sources and dates in
 * {@code src/test/resources/openapi/README.md}), and carries the persona's whole system text where the API reads it.
 */
class RequestBodySchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<RenderFormat, String> FILES = Map.of(
            RenderFormat.OPENAI, "openai-chat-completions",
            RenderFormat.OPENAI_RESPONSES, "openai-responses",
            RenderFormat.ANTHROPIC, "anthropic-messages",
            RenderFormat.GEMINI, "gemini-generate-content");

    /** Where each API reads the system text. */
    private static final Map<RenderFormat, String> SYSTEM = Map.of(
            RenderFormat.OPENAI, "/messages/0/content",
            RenderFormat.OPENAI_RESPONSES, "/instructions",
            RenderFormat.ANTHROPIC, "/system",
            RenderFormat.GEMINI, "/systemInstruction/parts/0/text");

    /** The model a body names when the persona's own cannot be used. */
    private static final Map<RenderFormat, String> FALLBACK_MODEL = Map.of(
            RenderFormat.OPENAI, "gpt-4.1",
            RenderFormat.OPENAI_RESPONSES, "gpt-4.1",
            RenderFormat.ANTHROPIC, "claude-sonnet-4-6");

    private static final Map<RenderFormat, Schema> SCHEMAS = load();

    private static Map<RenderFormat, Schema> load() {
        Map<RenderFormat, Schema> out = new EnumMap<>(RenderFormat.class);
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        for (Map.Entry<RenderFormat, String> e : FILES.entrySet()) {
            try (InputStream in =
                    RequestBodySchemasTest.class.getResourceAsStream("/openapi/" + e.getValue() + ".schema.json")) {
                out.put(e.getKey(), registry.getSchema(JSON.readTree(in)));
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        }
        return out;
    }

    private static List<String> violations(RenderFormat format, JsonNode body) {
        return SCHEMAS.get(format).validate(body).stream().map(Error::toString).toList();
    }

    /** A body of the persona: with its own model when the target takes it, else with the fallback. */
    private static RenderedPrompt body(Persona persona, RenderFormat format, RenderOptions.Builder options) {
        try {
            return persona.render(options.format(format).build());
        } catch (IllegalArgumentException ownModelRefused) {
            return persona.render(
                    options.format(format).model(FALLBACK_MODEL.get(format)).build());
        }
    }

    @Test
    void everyBodyShapeOfEveryCorpusPersonaValidatesAgainstItsProvidersSchema() throws IOException {
        List<Path> files = Corpus.personaFiles(Corpus.require());
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Path f : files) {
            Persona p = Personas.read(f).expectPersona();
            for (RenderFormat format : FILES.keySet()) {
                RenderedPrompt r;
                try {
                    r = body(
                            p,
                            format,
                            RenderOptions.builder()
                                    .lenient(true)
                                    .userMessage("Review {this} \"change\"")
                                    .maxOutputTokens(512)
                                    .temperature(0.3));
                } catch (RuntimeException e) {
                    failures.add(f + " " + format + ": " + e);
                    continue;
                }
                JsonNode body = JSON.readTree(r.text());
                List<String> v = violations(format, body);
                if (!v.isEmpty()) {
                    failures.add(f + " " + format + ": " + v);
                }
                if (!body.at(SYSTEM.get(format)).asText().equals(r.systemText())) {
                    failures.add(f + " " + format + ": the system text is not at " + SYSTEM.get(format));
                }
                checked++;
            }
        }
        assertEquals(List.of(), failures.stream().limit(20).toList(), failures.size() + " failure(s)");
        assertTrue(checked > 4 * 400, "bodies checked: " + checked);
    }

    @Test
    void anAnswerLimitTheResponsesApiRefusesIsAnErrorNamingItsLeast() {
        Persona p = Personas.parse("---\ntitle: T\n---\n## Role Summary\n\nYou test.\n", "t.md")
                .expectPersona();
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> p.render(RenderOptions.builder()
                        .format(RenderFormat.OPENAI_RESPONSES)
                        .model("gpt-4.1")
                        .maxOutputTokens(10)
                        .build()));
        assertTrue(
                e.getMessage().contains("at least 16") && e.getMessage().contains("--max-output-tokens"),
                e.getMessage());
    }

    @Test
    void theSchemasRefuseWhatTheProvidersRefuse() throws IOException {
        Persona p = Personas.parse("---\ntitle: T\n---\n## Role Summary\n\nYou test.\n", "t.md")
                .expectPersona();
        Map<RenderFormat, String[]> breaks = Map.of(
                RenderFormat.OPENAI, new String[] {"/", "messages"},
                RenderFormat.OPENAI_RESPONSES, new String[] {"/", "max_output_tokens"},
                RenderFormat.ANTHROPIC, new String[] {"/", "max_tokens"},
                RenderFormat.GEMINI, new String[] {"/", "systemInstruction"});
        for (RenderFormat format : FILES.keySet()) {
            ObjectNode body = (ObjectNode) JSON.readTree(
                    body(p, format, RenderOptions.builder().userMessage("hi").maxOutputTokens(64))
                            .text());
            assertEquals(List.of(), violations(format, body), format.name());
            ObjectNode broken = body.deepCopy();
            String field = breaks.get(format)[1];
            switch (format) {
                case OPENAI, ANTHROPIC -> broken.remove(field); // required
                case OPENAI_RESPONSES -> broken.put(field, "many"); // an integer
                default -> broken.put(field, "You test."); // a Content object, not a string
            }
            assertFalse(violations(format, broken).isEmpty(), format + " accepts a body without a valid " + field);
            ObjectNode legacy = body.deepCopy();
            legacy.put("temperature", 7);
            assertFalse(
                    violations(format, legacy).isEmpty() && format != RenderFormat.GEMINI,
                    format + " accepts a temperature of 7");
        }
    }
}
