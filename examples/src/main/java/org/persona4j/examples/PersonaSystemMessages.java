package org.persona4j.examples;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.persona4j.Persona;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.render.RenderOptions;

/**
 * A LangChain4j AI Services {@code systemMessageProvider}: for each memory id (a conversation, a user, a tenant)
 * the system message is the persona chosen for it, rendered. The choice is a function of the memory id, so one
 * service can speak as different personas in different conversations; each persona is rendered once and reused.
 *
 * <pre>{@code
 * Assistant assistant = AiServices.builder(Assistant.class)
 *         .chatModel(model)
 *         .chatMemoryProvider(id -> MessageWindowChatMemory.withMaxMessages(20))
 *         .systemMessageProvider(PersonaSystemMessages.of(catalog, id -> roles.get(id), options))
 *         .build();
 * }</pre>
 */
public final class PersonaSystemMessages implements Function<Object, String> {

    private final PersonaCatalog catalog;
    private final Function<Object, String> personaFor;
    private final RenderOptions options;
    private final Map<String, String> rendered = new ConcurrentHashMap<>();

    private PersonaSystemMessages(PersonaCatalog catalog, Function<Object, String> personaFor, RenderOptions options) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.personaFor = Objects.requireNonNull(personaFor, "personaFor");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * @param catalog    where the personas are
     * @param personaFor the persona (an id, a name or a unique id end) for a memory id
     * @param options    how to render them
     */
    public static PersonaSystemMessages of(
            PersonaCatalog catalog, Function<Object, String> personaFor, RenderOptions options) {
        return new PersonaSystemMessages(catalog, personaFor, options);
    }

    /**
     * The system message for a memory id.
     *
     * @throws IllegalArgumentException when the name the function gives stands for no persona, or for several
     */
    @Override
    public String apply(Object memoryId) {
        String name = Objects.requireNonNull(personaFor.apply(memoryId), "no persona chosen for " + memoryId);
        return rendered.computeIfAbsent(name, n -> {
            org.persona4j.catalog.Lookup found = catalog.lookup(n);
            if (!found.isFound()) {
                throw new IllegalArgumentException(found.message());
            }
            Persona persona = catalog.find(found.expectId()).orElseThrow();
            return persona.render(options).systemText();
        });
    }
}
