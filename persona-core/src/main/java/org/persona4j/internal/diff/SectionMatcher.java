package org.persona4j.internal.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.persona4j.model.Section;
import org.persona4j.model.SectionKind;

/**
 * Pairs the sections of two versions of a persona: first by kind and heading (numbering such as {@code 3.} aside),
 * then the rest of a kind in order (a renamed heading), then sections of kind {@code OTHER} whose lines are mostly
 * the same (a renamed free-form section).
 */
final class SectionMatcher {

    /** Unpaired {@code OTHER} sections are compared for content only up to this many on each side. */
    static final int MAX_CONTENT_PAIRING = 64;

    private SectionMatcher() {}

    /** For each old section, the index of its new section, or -1. */
    static int[] match(List<Section> old, List<Section> neu) {
        int[] pair = new int[old.size()];
        Arrays.fill(pair, -1);
        boolean[] taken = new boolean[neu.size()];
        Map<String, ArrayDeque<Integer>> byKey = new HashMap<>();
        for (int j = 0; j < neu.size(); j++) {
            byKey.computeIfAbsent(key(neu.get(j)), k -> new ArrayDeque<>()).add(j);
        }
        for (int i = 0; i < old.size(); i++) {
            ArrayDeque<Integer> same = byKey.get(key(old.get(i)));
            if (same != null && !same.isEmpty()) {
                pair[i] = same.poll();
                taken[pair[i]] = true;
            }
        }
        // Then the rest of a kind, in order: one queue of untaken new sections per kind keeps this linear.
        Map<SectionKind, ArrayDeque<Integer>> byKind = new java.util.EnumMap<>(SectionKind.class);
        for (int j = 0; j < neu.size(); j++) {
            if (!taken[j]) {
                byKind.computeIfAbsent(neu.get(j).kind(), k -> new ArrayDeque<>())
                        .add(j);
            }
        }
        for (int i = 0; i < old.size(); i++) {
            SectionKind kind = old.get(i).kind();
            if (pair[i] >= 0 || kind == SectionKind.OTHER) {
                continue;
            }
            ArrayDeque<Integer> same = byKind.get(kind);
            if (same != null && !same.isEmpty()) {
                pair[i] = same.poll();
                taken[pair[i]] = true;
            }
        }
        int looking = 0;
        for (int i = 0; i < old.size() && looking < MAX_CONTENT_PAIRING; i++) {
            if (pair[i] >= 0 || old.get(i).kind() != SectionKind.OTHER) {
                continue;
            }
            looking++;
            Set<String> lines = lines(old.get(i).text());
            int seen = 0;
            for (int j = 0; j < neu.size() && seen < MAX_CONTENT_PAIRING; j++) {
                if (taken[j] || neu.get(j).kind() != SectionKind.OTHER) {
                    continue;
                }
                seen++;
                if (mostlySame(lines, lines(neu.get(j).text()))) {
                    pair[i] = j;
                    taken[j] = true;
                    break;
                }
            }
        }
        return pair;
    }

    /**
     * The old indexes of pairs that moved: pairs outside a longest run whose new order follows the old (so that
     * one section moved is one move, not a shift of every section after it).
     */
    static Set<Integer> moved(int[] pair) {
        List<Integer> olds = new ArrayList<>();
        for (int i = 0; i < pair.length; i++) {
            if (pair[i] >= 0) {
                olds.add(i);
            }
        }
        int n = olds.size();
        int[] tails = new int[n]; // patience sorting: tails[k] = index into olds ending a run of length k+1
        int[] previous = new int[n];
        int length = 0;
        for (int x = 0; x < n; x++) {
            int value = pair[olds.get(x)];
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (pair[olds.get(tails[mid])] < value) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[x] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = x;
            length = Math.max(length, lo + 1);
        }
        Set<Integer> inOrder = new HashSet<>();
        for (int x = length > 0 ? tails[length - 1] : -1; x >= 0; x = previous[x]) {
            inOrder.add(olds.get(x));
        }
        Set<Integer> moved = new HashSet<>();
        for (int i : olds) {
            if (!inOrder.contains(i)) {
                moved.add(i);
            }
        }
        return moved;
    }

    /** A heading for matching: lower case, spaces collapsed, leading numbering ({@code 3.}, {@code 2.1}) aside. */
    static String heading(String heading) {
        String h = heading.strip();
        int i = 0;
        while (i < h.length() && (Character.isDigit(h.charAt(i)) || h.charAt(i) == '.')) {
            i++;
        }
        if (i > 0 && i < h.length() && h.charAt(i) == ' ') {
            h = h.substring(i);
        }
        return String.join(" ", h.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    }

    private static String key(Section s) {
        return s.kind() + "\u0000" + heading(s.heading());
    }

    private static Set<String> lines(String text) {
        Set<String> out = new HashSet<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }

    /** Whether at least half of the larger side's lines are common to both. */
    private static boolean mostlySame(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        int common = 0;
        for (String line : a) {
            common += b.contains(line) ? 1 : 0;
        }
        return common * 2 >= Math.max(a.size(), b.size());
    }
}
