package org.persona4j.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.persona4j.PersonaMetadata;
import org.persona4j.catalog.SearchHit;
import org.persona4j.dialect.KeyRole;

/**
 * The index counts what {@link Words#terms} gives, field by field, for every persona: checked term by term against
 * counts made the plain way, with the work split into runs in pools of one and of several threads.
 */
class SearchIndexTest {

    private static final String[] WORDS = {
        "cache", "caching", "caches", "index", "indexes", "the", "and", "Kafka", "naïve", "café", "日本語", "データ", "C++",
        "C#", "query", "queries", "résumé", "stream", "streams", "under"
    };
    private static final String[] FIELDS = {"title", "keywords", "description", "body"};

    @Test
    void countsPerFieldEqualThePlainCountsInPoolsOfAnySize() throws Exception {
        List<CatalogEntry> personas = personas(new Random(8), 120);
        for (int threads : new int[] {1, 3}) {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                SearchIndex index = pool.submit(() -> new SearchIndex(personas)).get();
                for (String word : WORDS) {
                    List<String> terms = Words.terms(word);
                    if (terms.isEmpty()) {
                        continue; // a stop word
                    }
                    String term = terms.get(0);
                    Map<String, Map<String, Integer>> expected = plainCounts(personas, term);
                    Map<String, Map<String, Integer>> actual = new HashMap<>();
                    for (SearchHit hit : index.search(word, personas.size())) {
                        for (SearchHit.Match m : hit.matches()) {
                            actual.computeIfAbsent(hit.persona().id(), k -> new HashMap<>())
                                    .put(m.field(), m.count());
                        }
                    }
                    assertEquals(expected, actual, word + " with " + threads + " threads");
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    private static Map<String, Map<String, Integer>> plainCounts(List<CatalogEntry> personas, String term) {
        Map<String, Map<String, Integer>> out = new HashMap<>();
        for (CatalogEntry p : personas) {
            String[] texts = {
                p.title(),
                String.join(" ", p.metadata().keywords()),
                p.metadata().description().orElse(""),
                new String(
                        p.bodyUtf8(),
                        p.bodyFrom(),
                        p.bodyUtf8().length - p.bodyFrom(),
                        java.nio.charset.StandardCharsets.UTF_8)
            };
            for (int f = 0; f < texts.length; f++) {
                int n = Collections.frequency(Words.terms(texts[f]), term);
                if (n > 0) {
                    out.computeIfAbsent(p.id(), k -> new HashMap<>()).put(FIELDS[f], n);
                }
            }
        }
        return out;
    }

    private static List<CatalogEntry> personas(Random r, int n) {
        StubParser parser = new StubParser();
        List<CatalogEntry> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PersonaMetadata metadata = PersonaMetadata.builder()
                    .put(KeyRole.TITLE, text(r, 3))
                    .put(KeyRole.DESCRIPTION, text(r, 8))
                    .put(KeyRole.KEYWORDS, List.of(text(r, 1), text(r, 1)))
                    .build();
            out.add(parser.entry(
                    "p" + i, metadata, "# " + text(r, 4) + "\n\n- **" + text(r, 2) + "**: " + text(r, 30) + "\n"));
        }
        return out;
    }

    private static String text(Random r, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append(i > 0 ? " " : "").append(WORDS[r.nextInt(WORDS.length)]);
        }
        return s.toString();
    }
}
