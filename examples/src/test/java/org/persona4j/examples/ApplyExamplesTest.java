package org.persona4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.render.RenderOptions;
import org.persona4j.render.RenderedPrompt;

class ApplyExamplesTest {

    private static final Path BUNDLED =
            Path.of("..", "persona-cli", "src", "main", "resources", "org", "persona4j", "cli", "bundled");

    @Test
    void picksThePersonaForATaskAndRendersItWithinBudget() throws IOException {
        RenderedPrompt prompt = PickAndRender.pick(BUNDLED, "checkout errors after a deploy, roll back?", 400);
        assertTrue(prompt.systemText().startsWith("# Incident Responder"), prompt.systemText());
        assertTrue(prompt.fits() && prompt.tokens() <= 400);
    }

    @Test
    void theRenderedPersonaIsTheSystemMessageOfALangChainCall() throws IOException {
        List<ChatMessage> seen = new ArrayList<>();
        ChatModel fake = fakeModel(seen, "Roll back first.");
        Persona persona =
                Personas.read(BUNDLED.resolve("incident-responder.md")).expectPersona();
        org.persona4j.langchain4j.PersonaChat assistant = org.persona4j.langchain4j.PersonaChat.of(fake, persona);
        assertEquals("Roll back first.", assistant.chat("Checkout is failing."));
        assertEquals(2, seen.size());
        assertEquals(assistant.prompt().systemText(), ((SystemMessage) seen.get(0)).text());
        assertEquals("Checkout is failing.", ((UserMessage) seen.get(1)).singleText());
    }

    /** A chat model that answers {@code answer} and remembers every message it was sent. */
    private static ChatModel fakeModel(List<ChatMessage> seen, String answer) {
        return new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                seen.addAll(request.messages());
                return ChatResponse.builder().aiMessage(AiMessage.from(answer)).build();
            }
        };
    }

    /** An AI Service: the memory id picks the conversation, and with it the persona. */
    interface Assistant {
        String chat(
                @dev.langchain4j.service.MemoryId String conversation,
                @dev.langchain4j.service.UserMessage String message);
    }

    @Test
    void anAiServiceSpeaksAsThePersonaChosenForEachConversation() throws IOException {
        List<ChatMessage> all = new ArrayList<>();
        ChatModel fake = fakeModel(all, "ok");
        org.persona4j.catalog.PersonaCatalog catalog = org.persona4j.catalog.PersonaCatalog.builder()
                .directory(BUNDLED)
                .build();
        java.util.Map<String, String> roles = java.util.Map.of("ops", "incident-responder", "api", "api-designer");
        Assistant assistant = dev.langchain4j.service.AiServices.builder(Assistant.class)
                .chatModel(fake)
                .chatMemoryProvider(id -> dev.langchain4j.memory.chat.MessageWindowChatMemory.withMaxMessages(10))
                .chatRequestTransformer(org.persona4j.langchain4j.PersonaSystemMessage.perConversation(
                        id -> catalog.find(roles.get(String.valueOf(id))).orElseThrow(), RenderOptions.defaults()))
                .build();
        assertEquals("ok", assistant.chat("ops", "Checkout is failing."));
        assertEquals("ok", assistant.chat("api", "Name this endpoint."));
        List<ChatMessage> seen =
                all.stream().filter(SystemMessage.class::isInstance).toList();
        assertEquals(
                catalog.find("incident-responder").orElseThrow().render().systemText(),
                ((SystemMessage) seen.get(0)).text());
        assertTrue(
                ((SystemMessage) seen.get(1)).text().startsWith("# API Designer"),
                seen.get(1).toString());
    }

    @Test
    void buildsAnOpenAiChatRequestWithoutSendingIt() throws IOException {
        Persona persona = Personas.read(BUNDLED.resolve("api-designer.md")).expectPersona();
        HttpRequest request = OpenAiRequest.request(
                URI.create("http://127.0.0.1:9/v1/"), "test-key", persona, "gpt-4o-mini", "Name this \"endpoint\"");
        assertEquals("POST", request.method());
        assertEquals("http://127.0.0.1:9/v1/chat/completions", request.uri().toString());
        assertEquals(
                "Bearer test-key", request.headers().firstValue("Authorization").orElseThrow());
        JsonNode body = new ObjectMapper().readTree(bodyOf(request));
        assertEquals("gpt-4o-mini", body.get("model").asText());
        assertEquals("system", body.at("/messages/0/role").asText());
        assertTrue(body.at("/messages/0/content").asText().startsWith("# API Designer"));
        assertEquals("Name this \"endpoint\"", body.at("/messages/1/content").asText());
    }

    /** Reads a request's body publisher, as the HTTP client would. */
    private static String bodyOf(HttpRequest request) {
        StringBuilder out = new StringBuilder();
        request.bodyPublisher().orElseThrow().subscribe(new Flow.Subscriber<ByteBuffer>() {
            @Override
            public void onSubscribe(Flow.Subscription s) {
                s.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                out.append(StandardCharsets.UTF_8.decode(item));
            }

            @Override
            public void onError(Throwable t) {
                throw new AssertionError(t);
            }

            @Override
            public void onComplete() {}
        });
        return out.toString();
    }
}
