package org.persona4j.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void caseAndAccentsAreFolded() {
        assertEquals("resume cafe zurich", Words.normalise("Résumé, CAFÉ — Zürich!"));
        assertTrue(Words.containsPhrase("Apache Kafka Streams", "kafka"));
        assertTrue(Words.containsPhrase("Schéma Design", "schema design"));
    }

    @Test
    void phrasesMatchWholeWordsOnly() {
        assertFalse(Words.containsPhrase("kafkaesque", "kafka"));
        assertFalse(Words.containsPhrase("PostgreSQL 16+", "sql"));
        assertTrue(Words.containsPhrase("C++ and C#", "c++"));
    }

    @Test
    void theSmallWordsOfATaskAreDroppedButTheOnesThatCarryANeedAreKept() {
        assertEquals(List.of("find"), Words.terms("How should each of these be, if I didn't find them?"));
        assertEquals(
                List.of("scale", "out", "not", "down", "no", "code", "where", "between", "can", "bus", "m", "d"),
                Words.terms("scale out, not down; no-code WHERE BETWEEN, CAN bus, M&A, D"));
    }

    @Test
    void searchTermsDropStopWordsAndJoinWordForms() {
        assertEquals(
                List.of("cach", "index", "respons", "databas"),
                Words.terms("the caching and indexing of responses in databases"));
        assertEquals(Words.terms("cache"), Words.terms("caching"));
    }
}
