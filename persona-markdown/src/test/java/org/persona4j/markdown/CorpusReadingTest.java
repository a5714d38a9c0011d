package org.persona4j.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.persona4j.Diagnostic;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.ReadResult;
import org.persona4j.model.Section;
import org.persona4j.testing.Corpus;

/** Every real persona file reads without error, every section has a kind and a line, and round trip holds. */
class CorpusReadingTest {

    @TestFactory
    Stream<DynamicTest> everyCorpusFileReadsCleanlyAndRoundTrips() {
        Path root = Corpus.require();
        List<Path> files = Corpus.personaFiles(root);
        assertTrue(files.size() >= 400, "expected both corpus folders, found " + files.size() + " files");
        return files.stream()
                .map(file -> DynamicTest.dynamicTest(root.relativize(file).toString(), () -> {
                    ReadResult r = Personas.read(file);
                    List<Diagnostic> errors =
                            r.diagnostics().stream().filter(Diagnostic::isError).toList();
                    assertTrue(errors.isEmpty(), () -> errors.toString());
                    Persona p = r.expectPersona();
                    for (Section s : p.sections()) {
                        assertTrue(s.line() >= 1, () -> s.toString());
                        assertTrue(s.kind() != null);
                    }
                    RoundTrip.assertRoundTrip(p);
                }));
    }

    @Test
    void referencePersonaHasEveryPartDoneWhenAsksFor() throws IOException {
        Persona p = Personas.read(Corpus.require("ai-ley-personas/engineer/backend-engineer.md"))
                .expectPersona();
        assertEquals("Backend Engineer", p.metadata().title().orElseThrow());
        assertEquals("1.0.0", p.metadata().version().orElseThrow());
        assertEquals(3.0, p.metadata().summaryScore().orElseThrow());
        assertEquals(List.of(), p.metadata().keywords());
        assertEquals(10, p.sections().size());
        assertEquals(
                List.of("Python 3.12+", "Node.js 20+", "Go 1.22+", "Java 21+", "TypeScript", "Rust", "SQL"),
                p.body().capability("Languages").orElseThrow().items());
        assertEquals(3, p.examples().size());
        p.examples()
                .forEach(e -> assertEquals(
                        List.of("User", "Agent"),
                        e.exchanges().stream().map(x -> x.role()).toList()));
        assertEquals(4, p.templates().size());
        p.templates().forEach(t -> assertEquals("python", t.language()));
        assertEquals("2.0", p.body().bodyMetadata("Version").orElseThrow());
        assertFalse(p.diagnostics().stream().anyMatch(Diagnostic::isError));
    }
}
