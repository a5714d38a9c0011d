package org.persona4j.markdown.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.persona4j.markdown.catalog.PersonaCatalogTest.persona;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persona4j.DiagnosticCodes;
import org.persona4j.Persona;
import org.persona4j.catalog.PersonaCatalog;

/** Reloading: readers always see a whole snapshot, and a file that breaks keeps its last good version. */
class CatalogReloadTest {

    @Test
    void aBrokenFileKeepsItsPreviousVersionAndTheFailureIsReported(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.md"), persona("Alpha", "1.0.0", ""));
        PersonaCatalog first = PersonaCatalog.builder()
                .directory(dir)
                .settleTime(java.time.Duration.ZERO)
                .build();
        Files.writeString(dir.resolve("a.md"), "---\ntitle: [broken\n---\n");
        Files.writeString(dir.resolve("b.md"), persona("Beta", "1.0.0", ""));
        PersonaCatalog second = first.reload();
        assertEquals("Alpha", second.expect("a").title());
        assertEquals("Beta", second.expect("b").title());
        List<String> codes = second.failures().values().iterator().next().stream()
                .map(d -> d.code())
                .toList();
        assertTrue(
                codes.contains("front-matter.syntax") && codes.contains(DiagnosticCodes.CATALOG_FAILED.code()),
                codes.toString());
        assertEquals(List.of("a"), first.personas().stream().map(Persona::id).toList(), "snapshots never change");
        Files.delete(dir.resolve("b.md"));
        assertTrue(second.reload().find("b").isEmpty());
    }

    @Test
    void queriesUnderLoadAlwaysSeeAWholeSnapshot(@TempDir Path dir) throws Exception {
        for (int i = 0; i < 20; i++) {
            Files.writeString(
                    dir.resolve("stable-" + i + ".md"), persona("Stable " + i, "1.0.0", "\nkeywords: [stable]"));
        }
        Files.writeString(dir.resolve("fragile.md"), persona("Fragile", "1.0.0", "\nkeywords: [stable]"));
        AtomicReference<PersonaCatalog> current = new AtomicReference<>(PersonaCatalog.builder()
                .directory(dir)
                .settleTime(java.time.Duration.ZERO)
                .build());
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                readers.add(pool.submit(() -> {
                    int checks = 0;
                    while (!done.get() || checks == 0) {
                        PersonaCatalog snapshot = current.get();
                        List<Persona> stable =
                                snapshot.query().keyword("stable").list();
                        assertTrue(stable.size() >= 21, "every stable file and the fragile one: " + stable.size());
                        assertEquals(stable, snapshot.query().keyword("stable").list(), "a snapshot never changes");
                        assertEquals("Fragile", snapshot.expect("fragile").title());
                        checks++;
                    }
                    return checks;
                }));
            }
            Future<?> writer = pool.submit(() -> {
                for (int round = 0; round < 30; round++) {
                    Files.writeString(
                            dir.resolve("added-" + round + ".md"),
                            persona("Added " + round, "1.0.0", "\nkeywords: [stable]"));
                    Files.writeString(
                            dir.resolve("stable-" + (round % 20) + ".md"),
                            persona("Edited " + round, "1.0." + round, "\nkeywords: [stable]"));
                    Files.writeString(
                            dir.resolve("fragile.md"),
                            round % 2 == 0
                                    ? "---\ntitle: [broken\n---\n"
                                    : persona("Fragile", "1.0.0", "\nkeywords: [stable]"));
                    if (round > 5) {
                        Files.deleteIfExists(dir.resolve("added-" + (round - 5) + ".md"));
                    }
                    current.set(current.get().reload());
                }
                return null;
            });
            writer.get();
            done.set(true);
            for (Future<Integer> reader : readers) {
                assertTrue(reader.get() > 0);
            }
        } finally {
            done.set(true);
            pool.shutdownNow();
        }
        assertEquals("Fragile", current.get().expect("fragile").title());
    }
}
