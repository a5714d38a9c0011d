package org.persona4j.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persona4j.Diagnostic;
import org.persona4j.Persona;
import org.persona4j.PersonaReader;
import org.persona4j.Personas;
import org.persona4j.ReadOptions;
import org.persona4j.ReadResult;
import org.persona4j.catalog.PersonaCatalog;

/**
 * A persona is the same value whichever way its body was kept before it was parsed: read whole, or read head first
 * by a catalog that keeps the body sliced from the file's bytes (UTF-8 without carriage returns) or decoded and
 * normalised (BOM, CRLF, CR, bytes that are not UTF-8).
 */
class BodyBytesTest {

    @Test
    void aCatalogsPersonaEqualsTheWholeReadOfTheSameBytes(@TempDir Path dir) throws Exception {
        PersonaReader reader = PersonaReader.builder().build();
        for (int seed = 0; seed < 60; seed++) {
            String text = new PersonaGenerator(seed).persona();
            if (!text.endsWith("\n")) {
                text += "\n";
            }
            for (Variant v : Variant.values()) {
                Path file = dir.resolve("v.md");
                Files.write(file, v.bytes(text));
                ReadResult read = reader.read(file);
                Persona whole = read.expectPersona();
                PersonaCatalog catalog = PersonaCatalog.builder().file(file).build();
                if (read.persona().headerDiagnostics().stream().anyMatch(Diagnostic::isError)) {
                    assertEquals(0, catalog.size(), "a catalog leaves out a file whose front matter has errors");
                    continue;
                }
                assertEquals(1, catalog.size(), () -> catalog.failures() + " " + catalog.diagnostics());
                Persona kept = catalog.personas().get(0);
                assertEquals(whole, kept, v + "\n" + text);
            }
        }
    }

    @Test
    void twoPersonasReadFromTheSameBytesAreEqualWithoutEitherBodyBeingParsedAgain() {
        CountingParser parser = new CountingParser();
        PersonaReader reader = PersonaReader.builder().parser(parser).build();
        byte[] bytes = "---\ntitle: T\n---\n\n# T\n\n## Constraints\n- never\n".getBytes(StandardCharsets.UTF_8);
        Persona a = reader.parse(bytes, "same.md").expectPersona();
        Persona b = reader.parse(bytes, "same.md").expectPersona();
        assertEquals(2, parser.bodies.get());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(2, parser.bodies.get(), "equals and hashCode compare values; they parse nothing");
    }

    @Test
    void bodyLinesCountFromTheFileWhetherSlicedOrDecoded() {
        String text = "---\ntitle: T\n---\n\n# T\n\n## Constraints\n- never\n";
        for (Variant v : Variant.values()) {
            Persona p = Personas.parse(v.bytes(text), "v.md", ReadOptions.defaults())
                    .expectPersona();
            assertEquals(7, p.sections().get(0).span().startLine(), v::toString);
        }
    }

    private enum Variant {
        PLAIN,
        BOM,
        CRLF,
        CR,
        INVALID_BYTE;

        byte[] bytes(String text) {
            return switch (this) {
                case PLAIN -> text.getBytes(StandardCharsets.UTF_8);
                case BOM -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
                case CRLF -> text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
                case CR -> text.replace("\n", "\r").getBytes(StandardCharsets.UTF_8);
                case INVALID_BYTE -> {
                    byte[] b = (text + "tail  ").getBytes(StandardCharsets.UTF_8);
                    b[b.length - 1] = (byte) 0x92;
                    yield b;
                }
            };
        }
    }
}
