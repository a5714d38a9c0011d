package org.persona4j.spring;

import java.util.Map;
import org.persona4j.Persona;
import org.persona4j.catalog.Lookup;
import org.persona4j.render.RenderOptions;

/**
 * Rendered personas for a chat client's system prompt:
 * {@code ChatClient.builder(model).defaultSystem(prompts.system("code-reviewer", Map.of("team", "payments")))}.
 * Always renders from the current snapshot of {@link PersonaCatalogs}.
 */
public final class PersonaPrompts {

    private final PersonaCatalogs catalogs;

    PersonaPrompts(PersonaCatalogs catalogs) {
        this.catalogs = catalogs;
    }

    /**
     * {@return the persona's system prompt, with these variables}
     *
     * @param persona   an id, a name or a unique end of an id
     * @param variables values for the persona's placeholders
     */
    public String system(String persona, Map<String, String> variables) {
        return persona(persona)
                .render(RenderOptions.builder().variables(variables).build())
                .systemText();
    }

    /**
     * {@return the persona's system prompt}
     *
     * @param persona an id, a name or a unique end of an id
     */
    public String system(String persona) {
        return system(persona, Map.of());
    }

    /**
     * {@return the persona an id, a name or a unique end of an id stands for}
     *
     * @param name an id, a name or a unique end of an id
     * @throws IllegalArgumentException saying what matched instead: nothing (with suggestions) or several
     */
    public Persona persona(String name) {
        var catalog = catalogs.current();
        Lookup found = catalog.lookup(name);
        if (!found.isFound()) {
            throw new IllegalArgumentException(found.message());
        }
        return catalog.find(found.expectId()).orElseThrow();
    }
}
