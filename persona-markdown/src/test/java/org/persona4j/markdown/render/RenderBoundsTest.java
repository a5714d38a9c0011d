package org.persona4j.markdown.render;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.render.PromptTooLargeException;
import org.persona4j.render.RenderOptions;

/**
 * The rendered prompt is bounded as a whole, not line by line: a persona of many placeholders filled with a long
 * value, its own declared default or a long {@code --var}, is refused once the prompt passes the bound, before it
 * can fill the heap.
 */
@Tag("adversarial")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RenderBoundsTest {

    private static final String LINES = "{{x}}\n".repeat(150_000); // about a mebibyte of placeholders

    @Test
    void aLongVariableInManyPlaceholdersIsRefusedAsAWhole() {
        Persona p = Personas.parse("---\ntitle: Wide\n---\n## Role Summary\n" + LINES, "wide.md")
                .expectPersona();
        assertThrows(
                PromptTooLargeException.class,
                () -> p.render(RenderOptions.builder()
                        .variable("x", "y".repeat(100_000))
                        .build()));
        assertThrows(
                PromptTooLargeException.class,
                () -> p.render(
                        RenderOptions.builder().variable("x", "y".repeat(40)).build()));
    }

    @Test
    void aLongDeclaredDefaultInManyPlaceholdersIsRefusedAsAWhole() {
        String def = "z".repeat(60_000);
        Persona p = Personas.parse(
                        "---\ntitle: Wide\nvariables:\n  x:\n    type: string\n    default: " + def + "\n---\n"
                                + "## Role Summary\n" + "{{x}}\n".repeat(2_000),
                        "wide.md")
                .expectPersona();
        assertThrows(PromptTooLargeException.class, p::render);
    }

    @Test
    void anOrdinaryPersonaStillRenders() {
        Persona p = Personas.parse(
                        "---\ntitle: Small\n---\n## Role Summary\nHelps {{who}}.\n" + "Line.\n".repeat(1000),
                        "small.md")
                .expectPersona();
        assertTrue(p.render(RenderOptions.builder().variable("who", "you").build())
                .systemText()
                .contains("Helps you."));
    }
}
