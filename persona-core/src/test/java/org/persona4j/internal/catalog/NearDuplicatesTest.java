package org.persona4j.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** MinHash sketches: the estimate follows the exact similarity, and copies are linked however many there are. */
class NearDuplicatesTest {

    private static String text(Random r, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append("w").append(r.nextInt(5_000)).append(' ');
        }
        return s.toString();
    }

    @Test
    void theEstimateIsWithinAFewHundredthsOfTheExactSimilarity() {
        Random r = new Random(24);
        for (int round = 0; round < 50; round++) {
            String[] a = text(r, 400).split(" ");
            String[] b = a.clone();
            for (int k = r.nextInt(200); k > 0; k--) {
                b[r.nextInt(b.length)] = "x" + r.nextInt(10_000);
            }
            long[] sa = NearDuplicates.shingles(a, 5);
            long[] sb = NearDuplicates.shingles(b, 5);
            double exact = NearDuplicates.jaccard(sa, sb);
            double estimate = NearDuplicates.estimate(NearDuplicates.signature(sa), NearDuplicates.signature(sb));
            assertEquals(exact, estimate, 0.15, "exact " + exact);
        }
    }

    @Test
    void everyCopyOfATextIsLinkedEvenWhenThereAreMoreThanABucketHolds() {
        Random r = new Random(7);
        String copied = text(r, 300);
        List<NearDuplicates.Sketch> sketches = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            sketches.add(NearDuplicates.sketch(i % 10 == 0 ? text(r, 300) : copied, 5, false));
        }
        List<NearDuplicates.Pair> pairs = NearDuplicates.find(sketches, 0.9);
        Set<Integer> linked = new HashSet<>();
        pairs.forEach(p -> {
            linked.add(p.first());
            linked.add(p.second());
        });
        Set<Integer> copies = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            if (i % 10 != 0) {
                copies.add(i);
            }
        }
        assertEquals(copies, linked, "all 90 copies, and none of the 10 others");
        assertTrue(pairs.size() < 90 * 3, "linear in the copies, not every pair: " + pairs.size());
    }
}
