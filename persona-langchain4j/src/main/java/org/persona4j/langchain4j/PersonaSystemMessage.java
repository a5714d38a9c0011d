package org.persona4j.langchain4j;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.persona4j.Persona;
import org.persona4j.render.RenderOptions;

/**
 * A persona as the system message of LangChain4j AI Services, put into each request after LangChain4j has rendered
 * its own templates, so the persona's text reaches the model as persona4j rendered it: a <code>{{RoleTitle}}</code>
 * in an example, a workflow's <code>${{ github.sha }}</code> or any other brace is text, never a template variable
 * LangChain4j asks a value for. Declared variables are filled by persona4j, once, from the {@link RenderOptions}.
 *
 * <pre>{@code
 * Assistant assistant = AiServices.builder(Assistant.class)
 *         .chatModel(model)
 *         .chatRequestTransformer(PersonaSystemMessage.of(persona))
 *         .build();
 * }</pre>
 *
 * <p>The persona's message comes first; a system message the service declares itself ({@code @SystemMessage}, a
 * {@code systemMessageProvider}) follows it. Chat memory is not touched: the persona is added to every request and
 * never stored, so a conversation continues with the persona's current version. Thread-safe.
 */
public final class PersonaSystemMessage implements BiFunction<ChatRequest, Object, ChatRequest> {

    private final Function<Object, String> textFor;

    private PersonaSystemMessage(Function<Object, String> textFor) {
        this.textFor = textFor;
    }

    /**
     * The persona, rendered once with the default options.
     *
     * @param persona the persona
     * @return the transformer for {@code AiServices.Builder.chatRequestTransformer}
     * @throws org.persona4j.render.UnknownVariableException when a placeholder the persona declares has no value
     */
    public static PersonaSystemMessage of(Persona persona) {
        return of(persona, RenderOptions.defaults());
    }

    /**
     * The persona, rendered once with these options (variables, budget, sections).
     *
     * @param persona the persona
     * @param options how to render it
     * @return the transformer for {@code AiServices.Builder.chatRequestTransformer}
     * @throws org.persona4j.render.UnknownVariableException when a declared placeholder has no value
     */
    public static PersonaSystemMessage of(Persona persona, RenderOptions options) {
        String text = persona.render(Objects.requireNonNull(options, "options")).systemText();
        return new PersonaSystemMessage(memoryId -> text);
    }

    /**
     * A persona chosen per conversation, rendered at each request: for each memory id (a conversation, a user, a
     * tenant; {@code null} when the service has no memory) the function gives the persona, for example from a
     * catalog's current snapshot, so a reload shows on the next call.
     *
     * @param personaFor the persona for a memory id
     * @param options    how to render it
     * @return the transformer for {@code AiServices.Builder.chatRequestTransformer}
     */
    public static PersonaSystemMessage perConversation(Function<Object, Persona> personaFor, RenderOptions options) {
        Objects.requireNonNull(personaFor, "personaFor");
        Objects.requireNonNull(options, "options");
        return new PersonaSystemMessage(memoryId -> Objects.requireNonNull(
                        personaFor.apply(memoryId), () -> "no persona for memory id " + memoryId)
                .render(options)
                .systemText());
    }

    /**
     * The request with the persona's system message first.
     *
     * @param request  the request LangChain4j built, its templates already rendered
     * @param memoryId the conversation's memory id, or {@code null}
     * @return a new request; {@code request} is not changed
     */
    @Override
    public ChatRequest apply(ChatRequest request, Object memoryId) {
        return withSystemMessage(request, textFor.apply(memoryId));
    }

    /**
     * The persona's system message for a memory id, as it is put into requests.
     *
     * @param memoryId the conversation's memory id, or {@code null}
     * @return the rendered text
     */
    public String text(Object memoryId) {
        return textFor.apply(memoryId);
    }

    static ChatRequest withSystemMessage(ChatRequest request, String text) {
        List<ChatMessage> messages = new ArrayList<>(request.messages().size() + 1);
        messages.add(SystemMessage.from(text));
        messages.addAll(request.messages());
        return request.toBuilder().messages(messages).build();
    }
}
