package org.persona4j.internal.catalog;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Term counts of a run of personas, per field, against a vocabulary of the run's own, so that runs can be counted
 * in parallel without sharing anything and merged afterwards. The body is tokenised from the UTF-8 bytes the
 * catalog entry keeps: no Markdown is parsed and no text is decoded.
 */
final class TermCounts implements TermScanner.Sink {

    /** Fields in the order of {@link SearchIndex}: title, keywords, description, body. */
    static final int FIELDS = 4;

    final int first;
    /** The run's search terms. */
    final Vocabulary vocabulary = new Vocabulary();
    /** The words met so far, each with its term ({@link #termOf}), so a word is stemmed only once per run. */
    private final Vocabulary words = new Vocabulary();

    private int[] termOf = new int[1024]; // -1 for a stop word
    private int knownWords;
    /** Per persona of the run: {term, tf(title), tf(keywords), tf(description), tf(body)} for each distinct term. */
    final int[][] entries;
    /** Per persona of the run: the number of terms in each field. */
    final int[][] lengths;

    private final TermScanner scanner = new TermScanner();
    /** Per term: 1 + the persona that last counted it, then its count in each field; one cache line per term. */
    private int[] counts = new int[1024 * (1 + FIELDS)];

    private final int[] fieldLengths = new int[FIELDS];
    private int[] touched = new int[256];
    private int touchedSize;
    private int field;
    private int doc;

    private TermCounts(int first, int end) {
        this.first = first;
        this.entries = new int[end - first][];
        this.lengths = new int[end - first][FIELDS];
    }

    /** Counts the terms of {@code personas[first..end)}. */
    static TermCounts count(List<CatalogEntry> personas, int first, int end) {
        TermCounts c = new TermCounts(first, end);
        for (int d = first; d < end; d++) {
            c.add(d - first, personas.get(d));
        }
        return c;
    }

    private void add(int d, CatalogEntry p) {
        doc = d;
        touchedSize = 0;
        java.util.Arrays.fill(fieldLengths, 0);
        scanField(0, p.title());
        scanField(1, String.join(" ", p.metadata().keywords()));
        scanField(2, p.metadata().description().orElse(""));
        byte[] body = p.bodyUtf8();
        field = 3;
        scanner.scan(body, p.bodyFrom(), body.length, this);
        int[] out = new int[touchedSize * (1 + FIELDS)];
        for (int k = 0; k < touchedSize; k++) {
            int id = touched[k];
            out[k * (1 + FIELDS)] = id;
            System.arraycopy(counts, id * (1 + FIELDS) + 1, out, k * (1 + FIELDS) + 1, FIELDS);
        }
        entries[d] = out;
        System.arraycopy(fieldLengths, 0, lengths[d], 0, FIELDS);
    }

    private void scanField(int f, String text) {
        if (!text.isEmpty()) {
            field = f;
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            scanner.scan(utf8, 0, utf8.length, this);
        }
    }

    @Override
    public void word(char[] word, int length, int hash) {
        int w = words.add(word, length, hash);
        if (w == termOf.length) {
            termOf = Arrays.copyOf(termOf, w * 2);
        }
        int id;
        if (w == knownWords) { // ids are dense: a word met for the first time gets the next one
            int term = TermScanner.term(word, length, hash); // stems in place; the word is already copied
            // The stem's own hash: a stem may differ from its word at the same length ("query" → "queri").
            id = term < 0 ? -1 : vocabulary.add(word, term, Vocabulary.hash(word, term));
            termOf[w] = id;
            knownWords++;
        } else {
            id = termOf[w];
        }
        if (id < 0) {
            return;
        }
        int at = id * (1 + FIELDS);
        if (at == counts.length) {
            counts = Arrays.copyOf(counts, at * 2);
        }
        if (counts[at] != doc + 1) { // first time in this persona: start its counts afresh
            counts[at] = doc + 1;
            counts[at + 1] = 0;
            counts[at + 2] = 0;
            counts[at + 3] = 0;
            counts[at + 4] = 0;
            if (touchedSize == touched.length) {
                touched = Arrays.copyOf(touched, touchedSize * 2);
            }
            touched[touchedSize++] = id;
        }
        counts[at + 1 + field]++;
        fieldLengths[field]++;
    }
}
