package org.persona4j.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.persona4j.Persona;
import org.persona4j.Personas;

/** Round-trip checks: read(write(p)) equals p, positions, source and diagnostics aside. */
final class RoundTrip {

    private RoundTrip() {}

    /** The JSON form without what legitimately differs between a file and its rewrite. */
    static String comparable(Persona p) {
        return Personas.write(p, "json")
                .replaceAll("(?m)^\\s*\"(line|column|label|sha256)\" : .*$", "")
                .replaceAll("(?s)\"diagnostics\" : \\[.*\\]", "");
    }

    /** Writes {@code p} as Markdown, reads it back, and asserts that nothing changed; returns the Markdown. */
    static String assertRoundTrip(Persona p) {
        String markdown = Personas.write(p, "markdown");
        Persona again = Personas.parse(markdown, p.source().label()).expectPersona();
        assertEquals(
                comparable(p),
                comparable(again),
                () -> "round trip changed " + p.source().label());
        assertEquals(markdown, Personas.write(again, "markdown"), "writing is not idempotent");
        return markdown;
    }
}
