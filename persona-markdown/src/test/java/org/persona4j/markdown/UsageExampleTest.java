package org.persona4j.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.persona4j.Persona;
import org.persona4j.PersonaReader;
import org.persona4j.Personas;
import org.persona4j.ReadOptions;
import org.persona4j.ReadResult;
import org.persona4j.catalog.Lookup;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.catalog.PersonaQuery;
import org.persona4j.catalog.SearchHit;

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
        assertEquals(
                "Java 17+",
                persona.body().capability("Languages").orElseThrow().items().get(0));
        assertEquals(38, persona.constraints().get(0).span().startLine());
        assertTrue(json.startsWith("{"));
        assertEquals(java.util.List.of("json", "markdown", "text", "yaml"), Personas.writeFormats());
    }

    @Test
    void readmeReaderSnippetWorks() throws IOException {
        Path file = Fixtures.path("reference-layout.md");
        // --- as in README.md ---
        PersonaReader reader = Personas.reader()
                .options(ReadOptions.builder().strict(true).build())
                .build();
        ReadResult r = reader.read(file);
        r.text();
        // --- end ---
        assertEquals("Sample Engineer", r.expectPersona().title());
        assertTrue(r.text().startsWith("---\n"));
    }

    @Test
    void readmeCatalogSnippetWorks(@org.junit.jupiter.api.io.TempDir Path personas) throws IOException {
        java.nio.file.Files.writeString(personas.resolve("cr-only.md"), "---\ntitle: Project Override\n---\n");
        // --- as in README.md, with this module's fixtures as the packaged personas ---
        PersonaCatalog catalog = PersonaCatalog.builder()
                .classpath("fixtures")
                .directory(personas)
                .exclude("drafts/**")
                .build();
        List<Persona> fits = catalog.query()
                .keyword("services")
                .capability("Java")
                .appliesTo(Path.of("src/Main.java"))
                .scoreAtLeast(4.0)
                .orderBy(PersonaQuery.BY_SCORE)
                .limit(5)
                .list();
        Persona one = catalog.query().keyword("services").expectFirst();
        List<SearchHit> hits = catalog.search("my API is slow under high load");
        List<SearchHit> ranked = catalog.query()
                .text("slow API under load")
                .capability("PostgreSQL")
                .limit(5)
                .hits();
        Lookup found = catalog.lookup("backend-engineer");
        PersonaCatalog next = catalog.reload();
        // --- end ---
        assertTrue(ranked.size() <= 5);
        assertTrue(!found.isFound() || found.matches().size() == 1);
        assertEquals("Sample Engineer", one.title());
        assertEquals(
                List.of("bom-crlf-no-final-newline", "reference-layout"),
                fits.stream().map(Persona::id).toList());
        assertEquals("Project Override", catalog.expect("cr-only").title());
        assertTrue(hits.size() <= 10);
        assertEquals(catalog.size(), next.size());
    }
}
