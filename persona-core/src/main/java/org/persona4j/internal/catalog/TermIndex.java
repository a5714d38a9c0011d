package org.persona4j.internal.catalog;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.persona4j.Persona;

/**
 * Which personas contain which words in one field: the candidates for a facet condition, found by intersecting
 * bit sets instead of testing every persona. Candidates are then tested exactly, so answers equal a linear scan.
 */
public final class TermIndex {

    private final Map<String, BitSet> postings;

    private TermIndex(Map<String, BitSet> postings) {
        this.postings = postings;
    }

    /** Indexes the words of the texts {@code field} gives for each persona. */
    public static TermIndex build(List<Persona> personas, Function<Persona, List<String>> field) {
        Map<String, BitSet> postings = new HashMap<>();
        for (int i = 0; i < personas.size(); i++) {
            for (String text : field.apply(personas.get(i))) {
                for (String w : Words.words(text)) {
                    postings.computeIfAbsent(w, k -> new BitSet()).set(i);
                }
            }
        }
        return new TermIndex(Map.copyOf(postings));
    }

    /** The personas containing every word of the phrase (a superset of those containing the phrase itself). */
    public BitSet candidates(String phrase) {
        List<String> words = Words.words(phrase);
        BitSet result = null;
        for (String w : words) {
            BitSet p = postings.get(w);
            if (p == null) {
                return new BitSet();
            }
            if (result == null) {
                result = (BitSet) p.clone();
            } else {
                result.and(p);
            }
        }
        return result == null ? new BitSet() : result;
    }
}
