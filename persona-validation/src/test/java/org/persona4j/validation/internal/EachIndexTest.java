package org.persona4j.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class EachIndexTest {

    @Test
    void runsEveryIndexExactlyOnce() {
        for (int count : new int[] {0, 1, 2, 17, 1_000}) {
            AtomicIntegerArray runs = new AtomicIntegerArray(count);
            EachIndex.run(count, runs::incrementAndGet);
            for (int i = 0; i < count; i++) {
                assertEquals(1, runs.get(i), "index " + i + " of " + count);
            }
        }
    }

    @Test
    void aFailingTaskIsRethrownAndStopsTheRest() {
        IllegalStateException boom = new IllegalStateException("boom");
        java.util.Set<Integer> ran = ConcurrentHashMap.newKeySet();
        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> EachIndex.run(1_000_000, i -> {
                    ran.add(i);
                    if (i == 3) {
                        throw boom;
                    }
                }));
        // On a pool thread the failure comes back as the pool rethrows it: a copy of its type, caused by it.
        assertTrue(thrown == boom || thrown.getCause() == boom, String.valueOf(thrown));
        // Each thread stops at its next index: not all of them ran (a million, so that even a thread descheduled
        // between its failure and telling the others cannot leave them time to run everything).
        assertTrue(ran.size() < 1_000_000, "ran " + ran.size());
    }
}
