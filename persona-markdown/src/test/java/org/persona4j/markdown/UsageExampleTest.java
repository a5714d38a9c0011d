package org.persona4j.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.ReadResult;

/** The README's usage snippet, compiled and run, so the README cannot drift from the API. */
class UsageExampleTest {

    @Test
    void readmeSnippetWorks() throws IOException {
        Path file = Fixtures.path("reference-layout.md");
        // --- as in README.md ---
        ReadResult result = Personas.read(file);
        result.diagnostics().forEach(System.err::println);
        Persona persona = result.expectPersona();

        persona.metadata().title();
        persona.roleSummary();
        persona.body().capability("Languages");
        persona.constraints().get(0).span();
        String json = Personas.write(persona, "json");
        // --- end ---
        assertEquals("Sample Engineer", persona.metadata().title().orElseThrow());
        assertEquals("Java 17+", persona.body().capability("Languages").orElseThrow().items().get(0));
        assertEquals(38, persona.constraints().get(0).span().startLine());
        assertTrue(json.startsWith("{"));
        assertEquals(java.util.List.of("json", "markdown", "text", "yaml"), Personas.writeFormats());
    }
}
