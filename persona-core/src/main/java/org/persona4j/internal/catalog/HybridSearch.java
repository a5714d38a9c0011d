package org.persona4j.internal.catalog;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.persona4j.catalog.SearchHit;

/**
 * Ranking by words and by meaning together: each ranking's scores over its first {@value #DEPTH} are scaled to 0–1
 * (the first is 1, the last 0), and a persona's two scaled scores are added, each counting half; a persona absent
 * from a list gets 0 from it, so one far down both stays out. This is the convex combination of normalised scores
 * that Bruch, Gai and Ingber found better than reciprocal rank fusion ("An Analysis of Fusion Functions for Hybrid
 * Retrieval", ACM TOIS 2023), where a list's lead counts: a persona far ahead by words is not pulled level by one
 * that is close in meaning only. Measured on both routing sets of routing/ (160 tasks, one written by an author who
 * saw neither the other nor the search): recall@3 0.82 and 0.82 with reciprocal rank fusion (K 20; 0.81 and 0.78
 * with the usual K 60), 0.86 and 0.87 this way; recall@1 0.72 and 0.67 against 0.74 and 0.70. Halves other than
 * equal (0.4 or 0.6 for words) did no better on both sets, so the untuned form stays.
 */
public final class HybridSearch {

    /** How far down each list a persona still counts, and what its scores are scaled over. */
    static final int DEPTH = 100;

    /** What the ranking by words counts for; meaning counts for the rest. */
    static final double WORDS = 0.5;

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
        add(fused, lexical, WORDS);
        add(fused, dense, 1 - WORDS);
        Map<Integer, Double> cosine = new HashMap<>();
        for (int i = 0; i < dense.docs().length; i++) {
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

    /**
     * Adds each of the first {@value #DEPTH} of a ranking its score scaled to 0–1 over them, times {@code weight}. A
     * ranking whose first and last scores are equal (one persona, or a tie throughout) gives each its full weight.
     */
    private static void add(Map<Integer, Double> fused, DenseIndex.Ranked ranking, double weight) {
        int n = Math.min(DEPTH, ranking.docs().length);
        if (n == 0) {
            return;
        }
        double top = ranking.scores()[0];
        double range = top - ranking.scores()[n - 1];
        for (int i = 0; i < n; i++) {
            double scaled = range > 0 ? (ranking.scores()[i] - ranking.scores()[n - 1]) / range : 1;
            fused.merge(ranking.docs()[i], weight * scaled, Double::sum);
        }
    }
}
