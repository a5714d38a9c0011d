package org.persona4j.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.persona4j.Diagnostic;
import org.persona4j.Persona;
import org.persona4j.PersonaMetadata;
import org.persona4j.PersonaMetadataBuilder;
import org.persona4j.SourceSpan;
import org.persona4j.dialect.KeyRole;
import org.persona4j.model.PersonaBody;
import org.persona4j.model.Section;
import org.persona4j.model.SectionKind;

/**
 * Merges a child persona over a parent, for {@code extends} and for composition:
 * <ul>
 *   <li>sections merge by kind: the child's sections of a kind replace the parent's, in the parent's place; for the
 *       kinds the child lists under {@code append:} the child's come after the parent's instead;</li>
 *   <li>sections of kind {@code OTHER} merge by heading: the child's replaces the parent's of the same heading;</li>
 *   <li>sections only the child has come last, in the child's order;</li>
 *   <li>metadata merges by key: every key the child gives a value wins (an empty one keeps the parent's);</li>
 *   <li>the result has the child's id and source.</li>
 * </ul>
 */
public final class Merger {

    private Merger() {}

    public static Persona merge(Persona parent, Persona child) {
        List<Diagnostic> found = new ArrayList<>(child.headerDiagnostics());
        Set<SectionKind> append = appendKinds(child, found);
        PersonaBody pb = parent.body();
        PersonaBody cb = child.body();
        Set<SectionKind> childKinds = EnumSet.noneOf(SectionKind.class);
        cb.sections().forEach(s -> childKinds.add(s.kind()));
        childKinds.remove(SectionKind.OTHER);

        List<Section> sections = new ArrayList<>();
        Set<SectionKind> placed = EnumSet.noneOf(SectionKind.class);
        // Lookups by heading and by kind, built once: a merge stays linear in the sections of both personas.
        java.util.Map<String, java.util.ArrayDeque<Section>> childOther = new java.util.HashMap<>();
        java.util.Map<SectionKind, List<Section>> childByKind = new java.util.EnumMap<>(SectionKind.class);
        for (Section c : cb.sections()) {
            if (c.kind() == SectionKind.OTHER) {
                childOther
                        .computeIfAbsent(key(c.heading()), k -> new java.util.ArrayDeque<>())
                        .add(c);
            } else {
                childByKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c);
            }
        }
        Set<Section> usedOther = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Section> ps = pb.sections();
        java.util.Map<SectionKind, Integer> lastOfKind = new java.util.EnumMap<>(SectionKind.class);
        for (int i = 0; i < ps.size(); i++) {
            lastOfKind.put(ps.get(i).kind(), i);
        }
        for (int i = 0; i < ps.size(); i++) {
            Section p = ps.get(i);
            if (p.kind() == SectionKind.OTHER) {
                java.util.ArrayDeque<Section> candidates = childOther.get(key(p.heading()));
                Section same = candidates == null ? null : candidates.poll();
                sections.add(same != null ? same : p);
                if (same != null) {
                    usedOther.add(same);
                }
            } else if (!childKinds.contains(p.kind())) {
                sections.add(p);
            } else if (append.contains(p.kind())) {
                sections.add(p);
                if (lastOfKind.get(p.kind()) == i) {
                    sections.addAll(childByKind.get(p.kind()));
                    placed.add(p.kind());
                }
            } else if (placed.add(p.kind())) {
                sections.addAll(childByKind.get(p.kind()));
            }
        }
        for (Section c : cb.sections()) {
            boolean done = c.kind() == SectionKind.OTHER ? usedOther.contains(c) : placed.contains(c.kind());
            if (!done) {
                sections.add(c);
            }
        }

        // The views follow from the merged sections: a child's goals replace the parent's, or follow them when
        // appended, because its sections do.
        PersonaBody body = new PersonaBody(
                cb.title().isEmpty() ? pb.title() : cb.title(),
                cb.preamble().isEmpty() ? pb.preamble() : cb.preamble(),
                sections,
                concat(pb.links(), cb.links()),
                concat(pb.diagnostics(), cb.diagnostics()),
                cb.preamble().isEmpty() ? pb.preambleLine() : cb.preambleLine(),
                cb.preamble().isEmpty() ? pb.preambleCode() : cb.preambleCode());
        return Persona.of(
                child.id(),
                child.dialect(),
                metadata(parent.metadata(), child.metadata()),
                child.source(),
                body,
                found);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    static String key(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT);
    }

    /** The kinds listed under the child's {@code append:} key (a list, or comma-separated text). */
    static Set<SectionKind> appendKinds(Persona child, List<Diagnostic> found) {
        Set<SectionKind> kinds = EnumSet.noneOf(SectionKind.class);
        List<String> names = child.metadata().list(KeyRole.APPEND);
        for (String name : names) {
            String n = name.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            try {
                kinds.add(SectionKind.valueOf(n));
            } catch (IllegalArgumentException e) {
                SectionKind byHeading = SectionKind.fromHeading(name);
                if (byHeading != SectionKind.OTHER) {
                    kinds.add(byHeading);
                } else {
                    found.add(org.persona4j.DiagnosticCodes.APPEND_UNKNOWN.at(
                            child.source().label(),
                            child.metadata().span(KeyRole.APPEND).orElse(SourceSpan.FILE),
                            "'append' names '"
                                    + name.strip() + "', which is not a section kind; use names such as constraints "
                                    + "or directives"));
                }
            }
        }
        return kinds;
    }

    /** Every key the child gives a value wins; the rest, and those it writes with no value, come from the parent. */
    private static PersonaMetadata metadata(PersonaMetadata parent, PersonaMetadata child) {
        PersonaMetadataBuilder b = parent.toBuilder().dialect(child.dialect());
        child.values().forEach((key, value) -> {
            if (value != null || !parent.values().containsKey(key)) {
                b.put(key, value);
                child.span(key).ifPresent(span -> b.span(key, span));
            }
        });
        return b.build();
    }
}
