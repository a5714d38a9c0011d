package org.persona4j.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.persona4j.Persona;
import org.persona4j.PersonaMetadata;
import org.persona4j.dialect.KeyRole;

class CatalogEntryTest {

    @Test
    void metadataIsReadWithoutParsingTheBody() {
        StubParser parser = new StubParser();
        CatalogEntry e = parser.entry(
                "x", PersonaMetadata.builder().put(KeyRole.TITLE, "X").build(), "# X\n");
        assertEquals("X", e.title());
        assertEquals("X", e.metadata().title().orElseThrow());
        assertFalse(e.isParsed());
        assertEquals(0, parser.bodies.get());
        Persona p = e.persona();
        assertTrue(e.isParsed());
        assertSame(p, e.persona());
        assertEquals(1, parser.bodies.get());
    }

    @Test
    void theBodyIsParsedOnceWhenManyThreadsAskAtOnce() throws Exception {
        StubParser parser = new StubParser();
        CatalogEntry e = parser.entry("x", PersonaMetadata.empty(), "# X\n");
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Persona>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<Persona> task = () -> {
                    start.await();
                    return e.persona();
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            Persona first = results.get(0).get();
            for (Future<Persona> f : results) {
                assertSame(first, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, parser.bodies.get());
    }

    @Test
    void theBodyIsReadFromWhereItStartsInTheFilesBytes() {
        byte[] file = "---\ntitle: X\n---\n# Café 日本語\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int from = "---\ntitle: X\n---\n".length();
        org.persona4j.spi.PersonaHead head = new org.persona4j.spi.PersonaHead(
                "x",
                org.persona4j.Dialect.AI_LEY,
                PersonaMetadata.empty(),
                new org.persona4j.PersonaSource("x.md", null, "00"),
                List.of(),
                4,
                from,
                null,
                true);
        CatalogEntry e = CatalogEntry.lazy(head, file, new StubParser(), org.persona4j.ReadOptions.defaults());
        assertEquals(
                "# Café 日本語\n",
                new String(
                        e.bodyUtf8(),
                        e.bodyFrom(),
                        e.bodyUtf8().length - e.bodyFrom(),
                        java.nio.charset.StandardCharsets.UTF_8));
    }
}
