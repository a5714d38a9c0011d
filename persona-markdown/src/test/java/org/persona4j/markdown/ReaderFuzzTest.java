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
class ReaderFuzzTest {

    private static final ReadOptions LAZY = ReadOptions.builder().lazyBody(true).build();

    @FuzzTest(maxDuration = "60s")
    void anyBytesGiveAResultAndNeverAnException(byte[] data) {
        check(Personas.parse(data, "fuzz.md", ReadOptions.defaults()));
    }

    @FuzzTest(maxDuration = "60s")
    void anyBytesReadLazilyGiveAResultAndNeverAnException(byte[] data) {
        ReadResult r = Personas.parse(data, "fuzz.md", LAZY);
        check(r);
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
