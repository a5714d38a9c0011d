package org.persona4j.internal.catalog;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.persona4j.catalog.SearchHit;

/**
 * Ranking by words and by meaning together: the BM25 ranking and the embedding ranking fused by reciprocal rank
 * (each list gives a persona {@code 1 / (K + rank)}, and the sums are ranked), which needs no common scale between a
 * BM25 score and a cosine. Each list counts its first {@value #DEPTH} only, so a persona far down both stays out.
 * Measured on the public routing set against weighting the lists unequally (a half or one and a half for meaning) and
 * against K of 5 and 20: none was better on both halves of the set, so the usual, unweighted form stays.
 */
public final class HybridSearch {

    /** The usual constant of reciprocal rank fusion: it keeps a first place from outweighing the rest. */
    static final int K = 60;

    /** How far down each list a persona still counts. */
    static final int DEPTH = 100;

    private HybridSearch() {}

    /**
     * The best {@code limit} personas for the text, best first: each hit's matches are the words it shares with the
     * text and, where the embedding ranking placed it, one {@code meaning} match whose contribution is the cosine.
     */
    public static List<SearchHit> search(
            SearchIndex words, DenseIndex meaning, String text, int limit, BitSet allowed, Twins twins) {
        List<String> terms = SearchIndex.terms(text);
        if (terms.isEmpty()) {
            return List.of(); // stop words or punctuation only: nothing to rank by, in meaning either
        }
        DenseIndex.Ranked lexical = words.rank(terms, allowed);
        DenseIndex.Ranked dense = meaning.rank(text, allowed, DEPTH);
        Map<Integer, Double> fused = new HashMap<>();
        for (int i = 0; i < Math.min(DEPTH, lexical.docs().length); i++) {
            fused.merge(lexical.docs()[i], 1.0 / (K + i + 1), Double::sum);
        }
        Map<Integer, Double> cosine = new HashMap<>();
        for (int i = 0; i < dense.docs().length; i++) {
            fused.merge(dense.docs()[i], 1.0 / (K + i + 1), Double::sum);
            cosine.put(dense.docs()[i], dense.scores()[i]);
        }
        List<Integer> docs = new ArrayList<>(fused.keySet());
        docs.sort((a, b) -> {
            int c = Double.compare(fused.get(b), fused.get(a));
            return c != 0 ? c : words.id(a).compareTo(words.id(b));
        });
        int[] order = docs.stream().mapToInt(Integer::intValue).toArray();
        double[] scores = docs.stream().mapToDouble(fused::get).toArray();
        DenseIndex.Ranked ranked = new DenseIndex.Ranked(order, scores);
        return twins.fold(
                ranked,
                limit,
                r -> {
                    int d = order[r];
                    List<SearchHit.Match> more = cosine.containsKey(d)
                            ? List.of(new SearchHit.Match("", SearchHit.MEANING, 0, cosine.get(d)))
                            : List.of();
                    return words.hit(d, scores[r], terms, more);
                },
                words::id);
    }
}
