package org.persona4j.internal.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The elements of one side that are not paired yet, found by key in constant time and listed in their order: pairing
 * two long lists by name stays linear, whatever the names.
 */
final class Unpaired<T> {

    private final List<T> all;
    private final Map<String, ArrayDeque<Integer>> byKey = new HashMap<>();
    private final boolean[] taken;

    Unpaired(List<T> items, Function<T, String> key) {
        this.all = items;
        this.taken = new boolean[items.size()];
        for (int i = 0; i < items.size(); i++) {
            byKey.computeIfAbsent(key.apply(items.get(i)), k -> new ArrayDeque<>())
                    .add(i);
        }
    }

    /** The first element not yet taken whose key is {@code key}, now taken; or {@code null}. */
    T take(String key) {
        ArrayDeque<Integer> same = byKey.get(key);
        while (same != null && !same.isEmpty()) {
            int i = same.poll();
            if (!taken[i]) {
                taken[i] = true;
                return all.get(i);
            }
        }
        return null;
    }

    /** Takes an element found by {@link #rest()}. */
    void take(int index) {
        taken[index] = true;
    }

    /** The indexes of the elements not taken, in order. */
    List<Integer> rest() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < taken.length; i++) {
            if (!taken[i]) {
                out.add(i);
            }
        }
        return out;
    }

    T get(int index) {
        return all.get(index);
    }
}
