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

    /**
     * {@return assertions on a persona and on its rendered prompt}
     *
     * @param persona the persona under test
     */
    public static PersonaAssert assertThatPersona(Persona persona) {
        return new PersonaAssert(persona);
    }
}
