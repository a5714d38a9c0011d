package org.persona4j.markdown;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import org.persona4j.Diagnostic;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.ReadOptions;
import org.persona4j.ReadResult;

/**
 * The reader's one declared outcome is a result with diagnostics: whatever the bytes, no exception escapes, and a
 * persona that was built can be viewed and written in every format. In {@code mvn verify} these run once per file
 * under {@code ReaderFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes them (see the README).
 */
// A quadratic regression fails here rather than passing slowly.
@org.junit.jupiter.api.Timeout(value = 2, unit = java.util.concurrent.TimeUnit.MINUTES)
class ReaderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void anyBytesGiveAResultAndNeverAnException(byte[] data) {
        check(Personas.parse(data, "fuzz.md", ReadOptions.defaults()));
    }

    @FuzzTest(maxDuration = "60s")
    void anyBytesReadHeadFirstGiveTheSamePersonaAsAWholeRead(byte[] data) {
        ReadResult whole = Personas.parse(data, "fuzz.md", ReadOptions.defaults());
        org.persona4j.spi.PersonaParser parser = new org.persona4j.markdown.internal.MarkdownPersonaParser();
        org.persona4j.spi.PersonaHead head = parser.readHead(
                new org.persona4j.spi.SourceInput("fuzz.md", null, "fuzz", data), ReadOptions.defaults());
        if (whole.persona() == null) {
            return; // refused before parsing (too large, binary): a catalog refuses it the same way
        }
        String body = head.bodyText() != null
                ? head.bodyText()
                : new String(
                        data,
                        head.bodyByteOffset(),
                        data.length - head.bodyByteOffset(),
                        java.nio.charset.StandardCharsets.UTF_8);
        org.persona4j.Persona lazy = org.persona4j.Persona.of(
                head.id(),
                head.dialect(),
                head.metadata(),
                head.source(),
                parser.readBody(head, body, ReadOptions.defaults()),
                head.diagnostics());
        org.junit.jupiter.api.Assertions.assertEquals(whole.persona(), lazy);
    }

    @FuzzTest(maxDuration = "60s")
    void anyFrontMatterIsReadOrRejected(@NotNull @WithUtf8Length(max = 2000) String yaml) {
        ReadResult r = Personas.parse("---\n" + yaml + "\n---\n# Body\n", "fuzz.md");
        check(r);
        assertTrue(r.findPersona().isPresent(), "a file that is not too large always gives a persona");
    }

    private static void check(ReadResult r) {
        assertNotNull(r);
        for (Diagnostic d : r.diagnostics()) {
            assertTrue(d.line() >= 1 && d.column() >= 1, d::toString);
        }
        r.findPersona().ifPresent(ReaderFuzzTest::touch);
    }

    private static void touch(Persona p) {
        p.diagnostics();
        p.sections().forEach(s -> assertNotNull(s.kind()));
        p.roleSummary();
        p.capabilities();
        p.examples();
        p.templates();
        for (String format : Personas.writeFormats()) {
            assertNotNull(Personas.write(p, format));
        }
    }
}
