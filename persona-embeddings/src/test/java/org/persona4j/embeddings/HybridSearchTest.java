package org.persona4j.embeddings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.catalog.SearchHit;
import org.persona4j.routing.Router;
import org.persona4j.routing.RoutingEvaluation;
import org.persona4j.routing.RoutingReport;
import org.persona4j.spi.EmbeddingProvider;
import org.persona4j.testing.Corpus;
import org.persona4j.validation.RoutingSet;

/**
 * With this module on the class path, a catalog's text search ranks by meaning as well as by words: a task that shares
 * no word with the persona that should take it finds it, each public routing set routes at least as well as by words
 * alone and better on its paraphrased half, and a reload embeds only what changed.
 */
class HybridSearchTest {

    private static void write(Path dir, String id, String description, String body) throws IOException {
        Files.writeString(
                dir.resolve(id + ".md"),
                "---\nname: " + id + "\ndescription: " + description + "\n---\n## Role Summary\n\n" + body + "\n");
    }

    private static void fixture(Path dir) throws IOException {
        write(
                dir,
                "kafka-operator",
                "Runs Kafka clusters: partitions, consumer lag, broker upgrades.",
                "You operate Apache Kafka clusters and keep consumers from falling behind.");
        write(
                dir,
                "traffic-engineer",
                "Plans road traffic signals and junction layouts.",
                "You design traffic signal timing for city roads.");
        write(
                dir,
                "pastry-chef",
                "Bakes bread, cakes and pastries for a restaurant.",
                "You plan the bakery's recipes and ovens.");
    }

    @Test
    void theModuleIsFoundAndATaskWithNoSharedWordFindsItsPersona(@TempDir Path dir) throws IOException {
        fixture(dir);
        String task = "messages pile up unread in our event streaming platform";
        PersonaCatalog byWords =
                PersonaCatalog.builder().directory(dir).embeddings(null).build();
        assertEquals(List.of(), byWords.search(task), "no word of the task is in any persona");
        PersonaCatalog discovered = PersonaCatalog.builder().directory(dir).build();
        List<SearchHit> hits = discovered.search(task);
        assertEquals("kafka-operator", hits.get(0).persona().id());
        assertTrue(
                hits.get(0).explain().contains("close in meaning (cosine "),
                hits.get(0).explain());
    }

    @Test
    void aReloadEmbedsOnlyThePersonasWhoseTextChanged(@TempDir Path dir) throws IOException {
        fixture(dir);
        MiniLmEmbeddings model = new MiniLmEmbeddings();
        AtomicInteger embedded = new AtomicInteger();
        EmbeddingProvider counting = new EmbeddingProvider() {
            @Override
            public String model() {
                return model.model();
            }

            @Override
            public List<float[]> embed(List<String> texts) {
                embedded.addAndGet(texts.size());
                return model.embed(texts);
            }
        };
        PersonaCatalog first = PersonaCatalog.builder()
                .directory(dir)
                .embeddings(counting)
                .settleTime(java.time.Duration.ZERO)
                .build();
        first.search("bread");
        assertEquals(3 + 1, embedded.get(), "three personas and the query");
        write(dir, "pastry-chef", "Bakes sourdough and viennoiserie.", "You run the bakery.");
        PersonaCatalog second = first.reload();
        second.search("bread");
        assertEquals(4 + 1 + 1, embedded.get(), "the changed persona and the query");
        assertEquals(
                "pastry-chef",
                second.search("croissants for breakfast").get(0).persona().id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"shared-corpus.yml", "shared-corpus-second-author.yml", "shared-corpus-third-author.yml"})
    void hybridRoutesEachPublicSetAtLeastAsWellAsWordsAndBetterWhereItIsParaphrased(String file) throws IOException {
        Path corpus = Corpus.require();
        RoutingSet set = RoutingSet.read(Path.of("..", "routing", file));
        PersonaCatalog words =
                PersonaCatalog.builder().directory(corpus).embeddings(null).build();
        PersonaCatalog hybrid = PersonaCatalog.builder()
                .directory(corpus)
                .embeddings(new MiniLmEmbeddings())
                .build();
        RoutingReport byWords = RoutingEvaluation.run(set.cases(), Router.search(words));
        RoutingReport byBoth = RoutingEvaluation.run(set.cases(), Router.search(hybrid));
        List<String> measured = new ArrayList<>();
        for (RoutingReport r : List.of(byWords, byBoth)) {
            measured.add(String.format(
                    Locale.ROOT,
                    "recall@1 %.2f recall@3 %.2f, paraphrased %.2f/%.2f",
                    r.recallAt(1),
                    r.recallAt(3),
                    r.paraphrased().recallAt(1),
                    r.paraphrased().recallAt(3)));
        }
        assertTrue(byBoth.recallAt(3) >= byWords.recallAt(3), measured.toString());
        assertTrue(byBoth.paraphrased().recallAt(3) > byWords.paraphrased().recallAt(3), measured.toString());
        assertTrue(
                byBoth.paraphrased().meanReciprocalRank()
                        > byWords.paraphrased().meanReciprocalRank(),
                measured.toString());
    }
}
