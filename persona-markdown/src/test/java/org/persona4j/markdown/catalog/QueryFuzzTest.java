package org.persona4j.markdown.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.persona4j.Persona;
import org.persona4j.catalog.AppliesTo;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.catalog.PersonaFilter;

/** Any text as a keyword, capability, search or applyTo value: an answer that equals a scan, never an exception. */
// A quadratic regression fails here rather than passing slowly.
@org.junit.jupiter.api.Timeout(value = 2, unit = java.util.concurrent.TimeUnit.MINUTES)
class QueryFuzzTest {

    private static final PersonaCatalog CATALOG = load();

    private static PersonaCatalog load() {
        try {
            return PersonaCatalog.builder().classpath("fixtures").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void anyQueryTextIsAnsweredLikeAScan(@NotNull @WithUtf8Length(max = 200) String text) {
        for (PersonaFilter f : List.of(PersonaFilter.keyword(text), PersonaFilter.capability(text))) {
            List<Persona> scanned = CATALOG.personas().stream().filter(f::test).toList();
            assertEquals(scanned, CATALOG.query().where(f).list());
        }
        CATALOG.search(text, 5);
        AppliesTo.of(List.of(text)).explain(Path.of("src/Main.java"));
    }
}
