package org.persona4j.markdown.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.catalog.SearchHit;
import org.persona4j.spi.EmbeddingProvider;

/**
 * With an embedding model and a query that shares no word with any persona, the ranking is the ranking by meaning
 * alone: the hundred personas closest to the query by cosine, closest first, as sorting all of them would give,
 * checked with a model of seeded random vectors.
 */
class MeaningRankingTest {

    /** Vectors seeded by the text; each persona's is remembered by the title its embedded text starts with. */
    private static final class Seeded implements EmbeddingProvider {
        final Map<String, float[]> byTitle = new ConcurrentHashMap<>();

        @Override
        public String model() {
            return "seeded";
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            List<float[]> out = new ArrayList<>();
            for (String t : texts) {
                Random r = new Random(t.hashCode());
                float[] v = new float[16];
                for (int i = 0; i < v.length; i++) {
                    v[i] = (float) r.nextGaussian();
                }
                int dot = t.indexOf('.');
                byTitle.put(dot < 0 ? t : t.substring(0, dot), v);
                out.add(v);
            }
            return out;
        }
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    @Test
    void aQueryOfNoSharedWordRanksTheClosestHundredByCosine(@TempDir Path dir) throws IOException {
        for (int i = 0; i < 300; i++) {
            Files.writeString(
                    dir.resolve("p" + i + ".md"),
                    "---\nname: p" + i + "\ndescription: alpha beta " + i + "\n---\n## Role Summary\n\nGamma " + i
                            + ".\n");
        }
        Seeded model = new Seeded();
        PersonaCatalog catalog =
                PersonaCatalog.builder().directory(dir).embeddings(model).build();
        String query = "zzqx wvut";
        List<SearchHit> hits = catalog.search(query, 300);
        float[] q = model.embed(List.of(query)).get(0);
        List<String> closest = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            closest.add("p" + i);
        }
        closest.sort(Comparator.comparingDouble((String id) -> -cosine(q, model.byTitle.get(id)))
                .thenComparing(Comparator.naturalOrder()));
        assertEquals(
                closest.subList(0, 100),
                hits.stream().map(h -> h.persona().id()).toList());
        for (SearchHit h : hits) {
            assertEquals(SearchHit.MEANING, h.matches().get(0).field());
            assertEquals(
                    cosine(q, model.byTitle.get(h.persona().id())),
                    h.matches().get(0).contribution(),
                    1e-5);
        }
    }

    @Test
    void aModelThatFailsToRunLeavesTheSearchByWordsAndStopWordsFindNothing(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("kafka.md"),
                "---\nname: kafka\ndescription: Runs Kafka clusters.\n---\n## Role Summary\n\nYou run Kafka.\n");
        EmbeddingProvider broken = new EmbeddingProvider() {
            @Override
            public String model() {
                return "broken";
            }

            @Override
            public List<float[]> embed(List<String> texts) {
                throw new UnsatisfiedLinkError("no native library here");
            }
        };
        PersonaCatalog catalog =
                PersonaCatalog.builder().directory(dir).embeddings(broken).build();
        assertEquals(
                List.of("kafka"),
                catalog.search("kafka lag", 5).stream()
                        .map(h -> h.persona().id())
                        .toList());
        PersonaCatalog seeded =
                PersonaCatalog.builder().directory(dir).embeddings(new Seeded()).build();
        assertEquals(
                List.of(), seeded.search("the and of", 5), "a text of stop words ranks nothing, by meaning either");
    }

    @Test
    void aLongQueryReachesTheModelCutToTheLengthOfAPersonasText(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("kafka.md"),
                "---\nname: kafka\ndescription: Runs Kafka clusters.\n---\n## Role Summary\n\nYou run Kafka.\n");
        List<Integer> lengths = new ArrayList<>();
        EmbeddingProvider measuring = new EmbeddingProvider() {
            @Override
            public String model() {
                return "measuring";
            }

            @Override
            public List<float[]> embed(List<String> texts) {
                texts.forEach(t -> lengths.add(t.length()));
                return new Seeded().embed(texts);
            }
        };
        PersonaCatalog catalog =
                PersonaCatalog.builder().directory(dir).embeddings(measuring).build();
        catalog.search("kafka ".repeat(100_000), 5);
        assertEquals(1_500, lengths.get(lengths.size() - 1), "the query as the model saw it");
    }
}
