package org.persona4j.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.persona4j.Persona;
import org.persona4j.catalog.Layer;
import org.persona4j.catalog.LayeredSection;
import org.persona4j.model.Section;
import org.persona4j.model.SectionKind;

/**
 * The layer report of a chain: the merges of {@link Merger} replayed from the farthest ancestor down, each section
 * followed by identity through every merge (sections are values, and two files may hold equal ones).
 */
public final class Layers {

    private Layers() {}

    /**
     * @param chain the persona first, its farthest ancestor last
     * @return the layered sections; the resolved persona is {@code Personas.compose} of the reversed chain
     */
    public static List<LayeredSection> of(List<Persona> chain) {
        List<Persona> down = new ArrayList<>(chain);
        Collections.reverse(down);
        Persona merged = down.get(0);
        Map<Section, Section> replaced = new IdentityHashMap<>(); // a section → the first one it took the place of
        Map<Section, Section> follows = new IdentityHashMap<>(); // an appended section → the last one it follows
        List<Map.Entry<Section, Section>> maskedBy = new ArrayList<>(); // an ancestor's section → what replaced it
        Set<Section> masked = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int k = 1; k < down.size(); k++) {
            Persona child = down.get(k);
            Persona next = Merger.merge(merged, child);
            Set<Section> kept = identities(next.sections());
            Set<SectionKind> append = Merger.appendKinds(child, new ArrayList<>());
            Map<String, List<Section>> slots = new java.util.HashMap<>();
            for (Section p : merged.sections()) {
                slots.computeIfAbsent(slot(p), key -> new ArrayList<>()).add(p);
            }
            for (Section s : child.sections()) {
                if (!kept.contains(s)) {
                    continue;
                }
                List<Section> slot = slots.getOrDefault(slot(s), List.of());
                if (slot.isEmpty()) {
                    continue;
                }
                if (s.kind() != SectionKind.OTHER && append.contains(s.kind())) {
                    follows.put(s, slot.get(slot.size() - 1));
                    continue;
                }
                replaced.putIfAbsent(s, slot.get(0));
                for (Section p : slot) {
                    if (!kept.contains(p) && masked.add(p)) {
                        maskedBy.add(Map.entry(p, s));
                    }
                }
            }
            merged = next;
        }
        Set<Section> own = identities(chain.get(0).sections());
        List<LayeredSection> out = new ArrayList<>();
        for (Section s : merged.sections()) {
            if (!own.contains(s)) {
                out.add(new LayeredSection(s, Layer.INHERITED, replaced.get(s)));
            } else if (follows.containsKey(s)) {
                out.add(new LayeredSection(s, Layer.APPENDED, follows.get(s)));
            } else if (replaced.containsKey(s)) {
                out.add(new LayeredSection(s, Layer.OVERRIDDEN, replaced.get(s)));
            } else {
                out.add(new LayeredSection(s, Layer.ADDED, null));
            }
        }
        // Masked sections: the farthest ancestor's first, each file's in its order.
        Map<Section, Integer> levels = new IdentityHashMap<>();
        for (int i = down.size() - 1; i >= 0; i--) {
            for (Section x : down.get(i).sections()) {
                levels.put(x, i); // the farthest file wins for a section two files share
            }
        }
        maskedBy.sort(java.util.Comparator.<Map.Entry<Section, Section>>comparingInt(
                        e -> levels.getOrDefault(e.getKey(), down.size()))
                .thenComparingInt(e -> e.getKey().line()));
        maskedBy.forEach(e -> out.add(new LayeredSection(e.getKey(), Layer.MASKED, e.getValue())));
        return out;
    }

    /** The place a section fills: its kind, or its kind and heading for free sections. */
    private static String slot(Section s) {
        return s.kind() == SectionKind.OTHER
                ? "OTHER\u0000" + Merger.key(s.heading())
                : s.kind().name();
    }

    private static Set<Section> identities(List<Section> sections) {
        Set<Section> out = Collections.newSetFromMap(new IdentityHashMap<>());
        out.addAll(sections);
        return out;
    }
}
