package org.persona4j.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How {@link HybridSearch#fuse} weighs the ranking by words against the ranking by meaning. */
class HybridFusionTest {

    private static DenseIndex.Ranked ranked(int[] docs, double... scores) {
        return new DenseIndex.Ranked(docs, scores);
    }

    private static final DenseIndex.Ranked NONE = ranked(new int[0]);

    @Test
    void aPersonaFarAheadByWordsStaysAheadOfOneCloseInMeaningOnly() {
        Map<Integer, Double> fused =
                HybridSearch.fuse(ranked(new int[] {1, 2, 3}, 30, 3, 2), ranked(new int[] {2, 1, 3}, 0.62, 0.60, 0.20));

        assertTrue(fused.get(1) > fused.get(2), fused.toString());
        assertEquals(0.5 + 0.5 * (0.60 - 0.20) / (0.62 - 0.20), fused.get(1), 1e-9);
    }

    @Test
    void theLastWordMatchOfAShortListStillCountsAgainstAPersonaWithNoWordInCommon() {
        Map<Integer, Double> fused = HybridSearch.fuse(ranked(new int[] {7}, 4.2), ranked(new int[] {8, 7}, 0.5, 0.4));

        assertEquals(0.5 + 0, fused.get(7), 1e-9, "scaled by the first score from BM25's floor of 0");
        assertEquals(0.5, fused.get(8), 1e-9);
    }

    @Test
    void aRankingWithoutSpreadOrWithScoresThatAreNotNumbersOrdersNothing() {
        Map<Integer, Double> flat =
                HybridSearch.fuse(ranked(new int[] {1, 2}, 3, 1), ranked(new int[] {2, 1, 5}, 0.3, 0.3, 0.3));
        assertEquals(Map.of(1, 0.5, 2, 0.5 / 3, 5, 0.0), flat, "an all-equal ranking adds 0 to each");

        Map<Integer, Double> broken = HybridSearch.fuse(
                ranked(new int[] {1, 2}, 3, 1), ranked(new int[] {2, 1}, Double.NaN, Double.POSITIVE_INFINITY));
        assertEquals(Map.of(1, 0.5, 2, 0.5 / 3), broken, "non-finite cosines are left out");
    }

    @Test
    void eitherRankingAloneDecidesWhenTheOtherIsEmpty() {
        assertEquals(Map.of(4, 0.5, 9, 0.25), HybridSearch.fuse(ranked(new int[] {4, 9}, 2, 1), NONE));
        assertEquals(Map.of(4, 0.5, 9, 0.0), HybridSearch.fuse(NONE, ranked(new int[] {4, 9}, 0.9, 0.1)));
        assertEquals(Map.of(), HybridSearch.fuse(NONE, NONE));
    }

    @Test
    void onlyTheFirstHundredOfEachRankingCount() {
        int[] docs = new int[150];
        double[] scores = new double[150];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = i;
            scores[i] = 150 - i;
        }
        Map<Integer, Double> fused = HybridSearch.fuse(ranked(docs, scores), NONE);

        assertEquals(HybridSearch.DEPTH, fused.size());
        assertTrue(fused.containsKey(HybridSearch.DEPTH - 1) && !fused.containsKey(HybridSearch.DEPTH));
    }
}
