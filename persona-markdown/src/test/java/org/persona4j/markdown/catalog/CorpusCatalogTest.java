package org.persona4j.markdown.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.persona4j.Persona;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.catalog.PersonaFilter;
import org.persona4j.catalog.SearchHit;
import org.persona4j.testing.Corpus;

/** The catalog over the real personas: ranked search finds the right one, and facet queries equal a linear scan. */
class CorpusCatalogTest {

    private static PersonaCatalog catalog;

    @BeforeAll
    static void load() throws IOException {
        if (Corpus.find().isPresent()) {
            catalog = PersonaCatalog.builder()
                    .directory(Corpus.find().get().resolve("ai-ley-personas"))
                    .build();
        }
    }

    @Test
    void searchRanksTheBackendEngineerAmongTheFirstThree() {
        Corpus.require();
        List<SearchHit> hits = catalog.search("slow API responses under high load, caching and database indexing", 3);
        assertTrue(
                hits.stream().anyMatch(h -> h.persona().id().equals("engineer/backend-engineer")),
                () -> hits.stream()
                        .map(h -> h.persona().id() + " " + h.explain())
                        .toList()
                        .toString());
        assertTrue(hits.get(0).explain().contains("'cach'")
                || hits.get(0).explain().contains("'index'"));
    }

    @Test
    void theTitleOfEveryCorpusPersonaIsTheSameUnparsedAndParsedAndOpeningHeadingsTitleFilesWithoutATitleKey()
            throws IOException {
        PersonaCatalog all =
                PersonaCatalog.builder().directory(Corpus.require()).build();
        List<String> differ = new java.util.ArrayList<>();
        int fromHeading = 0;
        for (org.persona4j.catalog.PersonaSummary s : all.summaries()) {
            org.persona4j.Persona parsed = all.expect(s.id());
            if (!s.title().equals(parsed.title())) {
                differ.add(s.id() + ": '" + s.title() + "' unparsed, '" + parsed.title() + "' parsed");
            }
            if (s.metadata().title().isEmpty()
                    && s.title().equals(parsed.body().title())
                    && !s.title().isEmpty()) {
                fromHeading++;
            }
        }
        assertEquals(List.of(), differ);
        assertEquals(
                "Java 17 to Java 21 Upgrade Guide",
                all.expect("copilot-instructions/instructions/java-17-to-java-21-upgrade")
                        .title());
        assertTrue(fromHeading > 250, "titled by their opening heading: " + fromHeading);
    }

    @Test
    void searchIsDeterministic() {
        Corpus.require();
        List<String> first = catalog.search("security audit", 20).stream()
                .map(h -> h.persona().id())
                .toList();
        List<String> again = catalog.search("security audit", 20).stream()
                .map(h -> h.persona().id())
                .toList();
        assertEquals(first, again);
    }

    @Test
    void keywordAndCapabilityQueriesEqualALinearScanOverTheModels() {
        Corpus.require();
        List<String> vocabulary = vocabulary();
        Random random = new Random(42);
        for (int i = 0; i < 300; i++) {
            String phrase = random.nextInt(10) == 0 ? "zzq" + i : vocabulary.get(random.nextInt(vocabulary.size()));
            PersonaFilter filter =
                    random.nextBoolean() ? PersonaFilter.keyword(phrase) : PersonaFilter.capability(phrase);
            if (random.nextInt(4) == 0) {
                filter = filter.and(PersonaFilter.keyword(vocabulary.get(random.nextInt(vocabulary.size()))));
            }
            if (random.nextInt(4) == 0) {
                filter = filter.and(PersonaFilter.agentMode(random.nextBoolean() ? "general" : "specialized"));
            }
            if (random.nextInt(8) == 0) {
                filter = filter.or(PersonaFilter.agentMode("GENERAL"));
            }
            PersonaFilter f = filter;
            List<String> scanned =
                    catalog.personas().stream().filter(f::test).map(Persona::id).toList();
            List<String> queried =
                    catalog.query().where(f).list().stream().map(Persona::id).toList();
            assertEquals(scanned, queried, f.describe());
            if (f instanceof PersonaFilter.Keyword k) {
                assertEquals(
                        scanned,
                        catalog.query().keyword(k.words()).list().stream()
                                .map(Persona::id)
                                .toList());
            } else if (f instanceof PersonaFilter.Capability c) {
                assertEquals(
                        scanned,
                        catalog.query().capability(c.words()).list().stream()
                                .map(Persona::id)
                                .toList());
            }
        }
    }

    /** Words and phrases taken from the corpus's own keywords and capabilities, in varied case. */
    private static List<String> vocabulary() {
        TreeSet<String> words = new TreeSet<>();
        for (Persona p : catalog.personas()) {
            for (String k : p.metadata().keywords()) {
                words.add(k);
                words.addAll(List.of(k.split("[^\\p{L}\\p{N}]+")));
            }
            p.capabilities().forEach(g -> {
                words.add(g.category().toUpperCase(java.util.Locale.ROOT));
                g.items().stream().limit(2).forEach(words::add);
            });
        }
        return new ArrayList<>(words);
    }
}
