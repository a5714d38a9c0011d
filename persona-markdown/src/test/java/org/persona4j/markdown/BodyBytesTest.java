package org.persona4j.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.ReadOptions;

/**
 * A persona's body text is the same whichever way the reader stores it: sliced from the file's bytes (UTF-8 without
 * carriage returns) or decoded and normalised (BOM, CRLF, CR, bytes that are not UTF-8), lazily or eagerly.
 */
class BodyBytesTest {

    private static final ReadOptions LAZY = ReadOptions.builder().lazyBody(true).build();

    @Test
    void bodyTextIsTheSameWhetherSlicedFromBytesOrDecodedAndNormalised() {
        for (int seed = 0; seed < 300; seed++) {
            String text = new PersonaGenerator(seed).persona();
            if (!text.endsWith("\n")) {
                text += "\n";
            }
            for (ReadOptions options : List.of(ReadOptions.defaults(), LAZY)) {
                String sliced = Personas.parse(text.getBytes(StandardCharsets.UTF_8), "v.md", options)
                        .expectPersona().bodyMarkdown();
                assertTrue(text.endsWith(sliced), text);
                for (Variant v : Variant.values()) {
                    Persona p = Personas.parse(v.bytes(text), "v.md", options).expectPersona();
                    assertEquals(v.expectedBody(sliced), p.bodyMarkdown(), v + "\n" + text);
                }
            }
        }
    }

    @Test
    void bodyLinesCountFromTheFileWhetherSlicedOrDecoded() {
        String text = "---\ntitle: T\n---\n\n# T\n\n## Constraints\n- never\n";
        for (Variant v : Variant.values()) {
            Persona p = Personas.parse(v.bytes(text), "v.md", ReadOptions.defaults()).expectPersona();
            assertEquals(7, p.sections().get(0).span().startLine(), v::toString);
        }
    }

    private enum Variant {
        PLAIN, BOM, CRLF, CR, INVALID_BYTE;

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

        String expectedBody(String body) {
            return this == INVALID_BYTE ? body + "tail \uFFFD" : body;
        }
    }
}
