package org.persona4j.spring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.persona4j.render.RenderOptions;
import org.springframework.ai.chat.client.ChatClientRequest;
import org.springframework.ai.chat.client.ChatClientResponse;
import org.springframework.ai.chat.client.advisor.api.CallAdvisor;
import org.springframework.ai.chat.client.advisor.api.CallAdvisorChain;
import org.springframework.ai.chat.client.advisor.api.StreamAdvisor;
import org.springframework.ai.chat.client.advisor.api.StreamAdvisorChain;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.core.Ordered;
import reactor.core.publisher.Flux;

/**
 * A Spring AI advisor that makes a persona the system message of a {@code ChatClient} call. It acts after the
 * client has rendered the user's and the system's templates, so {@code .param(…)} never reaches the persona's text
 * and a brace in a persona is text, never a template Spring AI must fill. Each call renders from the catalog's
 * current snapshot, so a reload shows on the next call.
 *
 * <pre>{@code
 * String answer = chatClient.prompt()
 *         .advisors(personaAdvisor)
 *         .advisors(a -> a.param(PersonaAdvisor.PERSONA, "code-reviewer").param(PersonaAdvisor.VARIABLES, Map.of("team", "payments")))
 *         .user(u -> u.text("Review {diff}").param("diff", diff))
 *         .call()
 *         .content();
 * }</pre>
 *
 * <p>The persona is the advisor's default (the {@code persona4j.persona} property for the starter's bean) or
 * the one named in the request's advisor context under {@link #PERSONA}; its variables come from the context under
 * {@link #VARIABLES} (a map of names to values). The persona's text comes first; a system text the call gives
 * itself follows it, after a blank line. Without a persona for the call the request goes on unchanged.
 */
public final class PersonaAdvisor implements CallAdvisor, StreamAdvisor {

    /** The advisor-context key for the persona of one call: an id, a name or a unique end of an id. */
    public static final String PERSONA = "persona4j.persona";
    /** The advisor-context key for the variables of one call: a {@code Map} of names to values. */
    public static final String VARIABLES = "persona4j.variables";

    private final PersonaPrompts prompts;
    private final String defaultPersona;
    private final int order;

    /**
     * @param prompts        renders personas from the current catalog
     * @param defaultPersona the persona of calls that name none, or {@code null} for none
     * @param order          where the advisor runs among others (lower runs first)
     */
    public PersonaAdvisor(PersonaPrompts prompts, String defaultPersona, int order) {
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.defaultPersona = defaultPersona == null || defaultPersona.isBlank() ? null : defaultPersona;
        this.order = order;
    }

    /**
     * An advisor with a default persona that runs before most others.
     *
     * @param prompts        renders personas from the current catalog
     * @param defaultPersona the persona of calls that name none, or {@code null} for none
     */
    public PersonaAdvisor(PersonaPrompts prompts, String defaultPersona) {
        this(prompts, defaultPersona, Ordered.HIGHEST_PRECEDENCE + 1000);
    }

    @Override
    public String getName() {
        return "persona4j";
    }

    @Override
    public int getOrder() {
        return order;
    }

    @Override
    public ChatClientResponse adviseCall(ChatClientRequest request, CallAdvisorChain chain) {
        return chain.nextCall(withPersona(request));
    }

    @Override
    public Flux<ChatClientResponse> adviseStream(ChatClientRequest request, StreamAdvisorChain chain) {
        return chain.nextStream(withPersona(request));
    }

    /**
     * The request with the persona's text as its system message, or the request itself when it has no persona.
     *
     * @param request the request, its templates rendered
     * @return a new request; {@code request} is not changed
     * @throws IllegalArgumentException when the persona named matches no persona or several, or a variable is not a
     *     string-to-string map
     */
    public ChatClientRequest withPersona(ChatClientRequest request) {
        Object named = request.context().get(PERSONA);
        String persona = named != null ? String.valueOf(named) : defaultPersona;
        if (persona == null) {
            return request;
        }
        String text = prompts.persona(persona)
                .render(RenderOptions.builder()
                        .variables(variables(request.context().get(VARIABLES)))
                        .build())
                .systemText();
        SystemMessage existing = request.prompt().getSystemMessage();
        String own = existing == null ? "" : Objects.requireNonNullElse(existing.getText(), "");
        String system = own.isBlank() ? text : text + "\n\n" + own;
        return request.mutate()
                .prompt(request.prompt().augmentSystemMessage(system))
                .build();
    }

    private static Map<String, String> variables(Object value) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("the advisor parameter " + VARIABLES + " is a "
                    + value.getClass().getName() + "; give a Map of variable names to values");
        }
        Map<String, String> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        return out;
    }
}
