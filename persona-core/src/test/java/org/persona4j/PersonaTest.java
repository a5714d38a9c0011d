package org.persona4j;

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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.persona4j.model.PersonaBody;

class PersonaTest {

    private static final PersonaSource SOURCE = new PersonaSource("x.md", null, "00");

    @Test
    void deferredBodyIsNotParsedUntilAsked() {
        AtomicInteger parses = new AtomicInteger();
        Persona p = Persona.deferred("x", PersonaMetadata.builder().title("X").build(), SOURCE, List.of(), () -> {
            parses.incrementAndGet();
            return PersonaBody.EMPTY;
        });
        assertEquals("X", p.title());
        assertEquals("X", p.metadata().title().orElseThrow());
        assertFalse(p.isBodyParsed());
        assertEquals(0, parses.get());
        p.sections();
        assertTrue(p.isBodyParsed());
        p.goals();
        p.diagnostics();
        assertEquals(1, parses.get());
    }

    @Test
    void deferredBodyIsParsedOnceWhenManyThreadsAskAtOnce() throws Exception {
        AtomicInteger parses = new AtomicInteger();
        Persona p = Persona.deferred("x", PersonaMetadata.empty(), SOURCE, List.of(), () -> {
            parses.incrementAndGet();
            return PersonaBody.EMPTY;
        });
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<PersonaBody>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<PersonaBody> task = () -> {
                    start.await();
                    return p.body();
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (Future<PersonaBody> f : results) {
                assertSame(PersonaBody.EMPTY, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, parses.get());
    }

    @Test
    void titleFallsBackToNameThenId() {
        Persona named = Persona.of("a/b", PersonaMetadata.builder().extra("name", "code-reviewer").build(), SOURCE,
                PersonaBody.EMPTY, List.of());
        assertEquals("code-reviewer", named.title());
        Persona bare = Persona.of("a/b", PersonaMetadata.empty(), SOURCE, PersonaBody.EMPTY, List.of());
        assertEquals("a/b", bare.title());
    }

    @Test
    void metadataKeepsUnknownKeysInOrder() {
        PersonaMetadata m = PersonaMetadata.builder().extra("zeta", 1L).extra("alpha", "x").title("T").build();
        assertEquals(List.of("zeta", "alpha"), List.copyOf(m.extra().keySet()));
        assertEquals(List.of("title", "zeta", "alpha"), m.keys());
    }

    @Test
    void aBodyGivenAsBytesIsCopiedFromItsRangeAndReadBackAsText() {
        byte[] file = "---\ntitle: X\n---\n# Café 日本語\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] before = file.clone();
        int from = "---\ntitle: X\n---\n".length();
        Persona p = Persona.deferred("x", PersonaMetadata.empty(), SOURCE, List.of(), file, from, file.length,
                markdown -> PersonaBody.EMPTY);
        assertEquals("# Café 日本語\n", p.bodyMarkdown());
        java.util.Arrays.fill(file, (byte) 'z');
        assertEquals("# Café 日本語\n", p.bodyMarkdown(), "the persona keeps a copy of its own");
        assertFalse(p.isBodyParsed());
        org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class, () -> Persona.deferred("x",
                PersonaMetadata.empty(), SOURCE, List.of(), before, 5, before.length + 1, m -> PersonaBody.EMPTY));
    }

    @Test
    void aParsedBodyGivenWithItsBytesKeepsACopyOfTheRange() {
        byte[] file = "head|# Body ✓\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Persona p = Persona.of("x", PersonaMetadata.empty(), SOURCE, PersonaBody.EMPTY, List.of(), file, 5,
                file.length);
        java.util.Arrays.fill(file, (byte) 'z');
        assertEquals("# Body ✓\n", p.bodyMarkdown());
        assertTrue(p.isBodyParsed());
        assertSame(PersonaBody.EMPTY, p.body());
    }
}
