package org.persona4j.internal.catalog;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Which personas contain which words in one field: the candidates for a facet condition, found by intersecting
 * bit sets instead of testing every persona. Candidates are then tested exactly, so answers equal a linear scan.
 */
public final class TermIndex {

    private final Map<String, BitSet> postings;
    /** Per persona, its texts normalised and padded ({@code " a b | c d "}), to check phrases without regexes. */
    private final String[] padded;

    private TermIndex(Map<String, BitSet> postings, String[] padded) {
        this.postings = postings;
        this.padded = padded;
    }

    /** Indexes the words of the texts {@code field} gives for each persona. */
    public static <T> TermIndex build(List<T> personas, Function<? super T, List<String>> field) {
        Map<String, BitSet> postings = new HashMap<>();
        String[] padded = new String[personas.size()];
        for (int i = 0; i < personas.size(); i++) {
            StringBuilder all = new StringBuilder(" ");
            for (String text : field.apply(personas.get(i))) {
                String n = Words.normalise(text);
                all.append(n).append(" | ");
                for (String w : n.isEmpty() ? new String[0] : n.split(" ")) {
                    postings.computeIfAbsent(w, k -> new BitSet()).set(i);
                }
            }
            padded[i] = all.toString();
        }
        return new TermIndex(Map.copyOf(postings), padded);
    }

    /** The personas whose (single) text is exactly the phrase, once both are normalised. */
    public BitSet exactly(String phrase) {
        String whole = " " + Words.normalise(phrase) + " | ";
        return keep(candidates(phrase), text -> text.equals(whole));
    }

    /**
     * The personas in which one of the field's texts contains the phrase as whole words: exactly the answer of
     * {@link Words#containsPhrase} over each text, computed from the index.
     */
    public BitSet matching(String phrase) {
        String needle = " " + Words.normalise(phrase) + " ";
        return keep(candidates(phrase), text -> text.contains(needle));
    }

    /** Clears the candidates whose padded text fails the test. */
    private BitSet keep(BitSet candidates, java.util.function.Predicate<String> test) {
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            if (!test.test(padded[i])) {
                candidates.clear(i);
            }
        }
        return candidates;
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
