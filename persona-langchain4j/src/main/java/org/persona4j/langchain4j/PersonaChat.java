package org.persona4j.langchain4j;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;
import java.util.Objects;
import org.persona4j.Persona;
import org.persona4j.render.RenderOptions;
import org.persona4j.render.RenderedPrompt;

/**
 * A plain LangChain4j {@link ChatModel} in a persona's role: the persona, rendered once, is the system message of
 * every call, as text (LangChain4j templates nothing here). Works with any model (OpenAI, Anthropic, Ollama…).
 *
 * <pre>{@code
 * PersonaChat reviewer = PersonaChat.of(model, catalog.find("engineer/code-reviewer").orElseThrow());
 * String answer = reviewer.chat("Review this diff: …");
 * }</pre>
 *
 * Thread-safe when the model is.
 */
public final class PersonaChat {

    private final ChatModel model;
    private final RenderedPrompt prompt;

    private PersonaChat(ChatModel model, RenderedPrompt prompt) {
        this.model = model;
        this.prompt = prompt;
    }

    /**
     * @param model   the model to ask
     * @param persona the persona, rendered with the default options
     * @return the chat
     * @throws org.persona4j.render.UnknownVariableException when a placeholder the persona declares has no value
     */
    public static PersonaChat of(ChatModel model, Persona persona) {
        return of(model, persona, RenderOptions.defaults());
    }

    /**
     * @param model   the model to ask
     * @param persona the persona
     * @param options how to render it (variables, budget, sections)
     * @return the chat
     * @throws org.persona4j.render.UnknownVariableException when a declared placeholder has no value
     */
    public static PersonaChat of(ChatModel model, Persona persona, RenderOptions options) {
        return new PersonaChat(
                Objects.requireNonNull(model, "model"), persona.render(Objects.requireNonNull(options, "options")));
    }

    /**
     * Asks the model one question in the persona's role.
     *
     * @param userMessage the question
     * @return the model's answer
     */
    public String chat(String userMessage) {
        return chat(List.of(UserMessage.from(userMessage))).aiMessage().text();
    }

    /**
     * Sends a conversation with the persona's system message before it.
     *
     * @param messages the conversation so far (a system message in it follows the persona's)
     * @return the model's response
     */
    public ChatResponse chat(List<ChatMessage> messages) {
        ChatRequest request = ChatRequest.builder().messages(messages).build();
        return model.chat(PersonaSystemMessage.withSystemMessage(request, prompt.systemText()));
    }

    /**
     * The rendered persona in use, with its fingerprint and token count, for logs.
     *
     * @return the prompt
     */
    public RenderedPrompt prompt() {
        return prompt;
    }
}
