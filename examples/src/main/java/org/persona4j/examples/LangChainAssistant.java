package org.persona4j.examples;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import org.persona4j.Persona;
import org.persona4j.render.RenderOptions;
import org.persona4j.render.RenderedPrompt;

/**
 * Applies a persona to a LangChain4j chat model: the rendered persona becomes the system message. Works with any
 * {@link ChatModel} (OpenAI, Ollama, Anthropic…); the test uses a local fake.
 */
public final class LangChainAssistant {

    private final ChatModel model;
    private final RenderedPrompt prompt;

    public LangChainAssistant(ChatModel model, Persona persona, RenderOptions options) {
        this.model = model;
        this.prompt = persona.render(options);
    }

    /** Asks the model, in the persona's role. */
    public String ask(String question) {
        ChatResponse response = model.chat(SystemMessage.from(prompt.systemText()), UserMessage.from(question));
        return response.aiMessage().text();
    }

    /** The system prompt in use, for logging with its fingerprint. */
    public RenderedPrompt prompt() {
        return prompt;
    }
}
