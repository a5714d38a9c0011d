package org.persona4j.internal.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.persona4j.catalog.SearchHit;

/**
 * The personas of a catalog whose text is mostly the same, as groups, so that a search shows each group once: the
 * best-ranked member is the hit and the others are its {@link SearchHit#twins()}. Groups are made once per snapshot,
 * at the first text query, in time linear in the catalog ({@link NearDuplicates}).
 */
public final class Twins {

    /** How alike two personas' texts are before they are one choice (as {@code set.near-duplicate} has it). */
    static final double AT = 0.9;

    /** Per document, the first document of its group (itself when it has no twin). */
    private final int[] group;

    /**
     * @param entries the catalog's personas, in its order
     */
    public Twins(List<CatalogEntry> entries) {
        int n = entries.size();
        List<NearDuplicates.Sketch> sketches = new ArrayList<>(n);
        for (CatalogEntry e : entries) {
            // The body only: a copy often words its description anew (a skill's "use when…" against a prompt's).
            String body =
                    new String(e.bodyUtf8(), e.bodyFrom(), e.bodyUtf8().length - e.bodyFrom(), StandardCharsets.UTF_8);
            sketches.add(NearDuplicates.sketch(body, 5, false));
        }
        int[] parent = new int[n];
        Arrays.setAll(parent, i -> i);
        for (NearDuplicates.Pair p : NearDuplicates.find(sketches, AT)) {
            int a = root(parent, p.first());
            int b = root(parent, p.second());
            parent[Math.max(a, b)] = Math.min(a, b);
        }
        group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = root(parent, i);
        }
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * The ranked documents as hits, each group once: the first {@code limit} groups in rank order, each hit the
     * group's best-ranked member, its twins the others in rank order.
     *
     * @param ranked the documents, best first
     * @param limit  the most hits
     * @param hit    makes the hit of a document at a rank (its index in {@code ranked})
     * @param id     the id of a document
     */
    List<SearchHit> fold(DenseIndex.Ranked ranked, int limit, IntFunction<SearchHit> hit, IntFunction<String> id) {
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int r = 0; r < ranked.docs().length; r++) {
            int g = group[ranked.docs()[r]];
            List<Integer> members = groups.get(g);
            if (members == null) {
                if (groups.size() == limit) {
                    continue; // a later twin of a group already in may still come
                }
                members = new ArrayList<>();
                groups.put(g, members);
            }
            members.add(r);
        }
        List<SearchHit> out = new ArrayList<>(groups.size());
        for (List<Integer> members : groups.values()) {
            SearchHit first = hit.apply(members.get(0));
            List<String> twins = new ArrayList<>();
            for (int k = 1; k < members.size(); k++) {
                twins.add(id.apply(ranked.docs()[members.get(k)]));
            }
            out.add(new SearchHit(first.persona(), first.score(), first.matches(), twins));
        }
        return out;
    }

    /** A grouping in which no persona has a twin. */
    static Twins none(int size) {
        return new Twins(size);
    }

    private Twins(int size) {
        group = new int[size];
        Arrays.setAll(group, i -> i);
    }
}
