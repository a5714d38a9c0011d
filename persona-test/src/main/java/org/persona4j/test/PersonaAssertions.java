package org.persona4j.test;

import org.persona4j.Persona;

/**
 * The entry point of persona assertions, for a static import:
 *
 * <pre>{@code
 * assertThatPersona(catalog.find("code-reviewer").orElseThrow())
 *         .hasSection(SectionKind.CONSTRAINTS)
 *         .withVariable("team", "payments")
 *         .rendersWithin(1_500)
 *         .keeps(SectionKind.ROLE_SUMMARY, SectionKind.CONSTRAINTS)
 *         .lintsClean("reference")
 *         .matchesSnapshot();
 * }</pre>
 */
public final class PersonaAssertions {

    private PersonaAssertions() {}

    /** Assertions on a persona and on its rendered prompt. */
    public static PersonaAssert assertThatPersona(Persona persona) {
        return new PersonaAssert(persona);
    }
}
