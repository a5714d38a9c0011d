package org.persona4j.internal.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.persona4j.Persona;
import org.persona4j.diff.Change;
import org.persona4j.diff.ChangeType;
import org.persona4j.internal.Values;
import org.persona4j.model.Section;
import org.persona4j.model.SectionKind;

/**
 * The structural changes from one version of a persona to another, in file order: front matter, the preamble,
 * sections (added, removed, renamed, moved, prose changed), then their content ({@link ContentDiff}); last, a body
 * that changed under the same declared version.
 */
public final class Differ {

    private Differ() {}

    public static List<Change> changes(Persona old, Persona neu) {
        List<Change> out = new ArrayList<>();
        metadata(old, neu, out);
        int body = out.size();
        Lines explained = new Lines();
        Map<SectionKind, Integer> firstLines = firstLines(neu.sections());
        List<Change> content = ContentDiff.changes(old, neu, explained, firstLines);
        preamble(old, neu, out);
        sections(old, neu, explained, firstLines, out);
        out.addAll(content);
        boolean bodyChanged = out.size() > body;
        if (bodyChanged
                && old.metadata().version().isPresent()
                && old.metadata().version().equals(neu.metadata().version())) {
            String version = old.metadata().version().get();
            out.add(new Change(
                    ChangeType.VERSION_UNCHANGED,
                    null,
                    "version",
                    version,
                    version,
                    old.metadata()
                            .span(org.persona4j.dialect.KeyRole.VERSION)
                            .map(s -> s.startLine())
                            .orElse(1),
                    neu.metadata()
                            .span(org.persona4j.dialect.KeyRole.VERSION)
                            .map(s -> s.startLine())
                            .orElse(1)));
        }
        return out;
    }

    private static void metadata(Persona old, Persona neu, List<Change> out) {
        Set<String> keys = new TreeSet<>(old.metadata().keys());
        keys.addAll(neu.metadata().keys());
        for (String key : keys) {
            Object before = old.metadata().value(key).orElse(null);
            Object after = neu.metadata().value(key).orElse(null);
            int oldLine = old.metadata().span(key).map(s -> s.startLine()).orElse(0);
            int newLine = neu.metadata().span(key).map(s -> s.startLine()).orElse(0);
            if (before == null && after != null) {
                out.add(new Change(ChangeType.METADATA_ADDED, null, key, "", text(after), 0, newLine));
            } else if (before != null && after == null) {
                out.add(new Change(ChangeType.METADATA_REMOVED, null, key, text(before), "", oldLine, 1));
            } else if (before != null && !Objects.equals(before, after)) {
                out.add(new Change(
                        ChangeType.METADATA_CHANGED, null, key, text(before), text(after), oldLine, newLine));
            }
        }
    }

    private static void preamble(Persona old, Persona neu, List<Change> out) {
        String before = old.body().preamble();
        String after = neu.body().preamble();
        if (before.strip().equals(after.strip())) {
            return;
        }
        int oldLine = Math.max(1, old.body().preambleLine());
        int newLine = Math.max(1, neu.body().preambleLine());
        LineDiff.Result d =
                LineDiff.between(before.lines().toList(), after.lines().toList());
        out.add(new Change(
                ChangeType.SECTION_TEXT_CHANGED,
                SectionKind.ROLE_SUMMARY,
                "(text before the first " + "section)",
                count(d.removed().size(), "line") + " removed",
                count(d.added().size(), "line") + " added",
                oldLine + first(d.removed()),
                newLine + first(d.added())));
    }

    private static void sections(
            Persona old, Persona neu, Lines explained, Map<SectionKind, Integer> firstLines, List<Change> out) {
        List<Section> os = old.sections();
        List<Section> ns = neu.sections();
        int[] pair = SectionMatcher.match(os, ns);
        boolean[] paired = new boolean[ns.size()];
        Arrays.stream(pair).filter(j -> j >= 0).forEach(j -> paired[j] = true);
        Set<Integer> moved = SectionMatcher.moved(pair);
        for (int i = 0; i < os.size(); i++) {
            Section o = os.get(i);
            if (pair[i] < 0) {
                out.add(new Change(
                        ChangeType.SECTION_REMOVED,
                        o.kind(),
                        o.heading(),
                        o.heading(),
                        "",
                        o.line(),
                        firstLines.getOrDefault(o.kind(), 1)));
                continue;
            }
            Section n = ns.get(pair[i]);
            if (!SectionMatcher.heading(o.heading()).equals(SectionMatcher.heading(n.heading()))) {
                out.add(new Change(
                        ChangeType.SECTION_RENAMED,
                        n.kind(),
                        o.heading(),
                        o.heading(),
                        n.heading(),
                        o.line(),
                        n.line()));
            }
            if (moved.contains(i)) {
                out.add(new Change(
                        ChangeType.SECTION_MOVED,
                        n.kind(),
                        n.heading(),
                        "position " + (i + 1),
                        "position " + (pair[i] + 1),
                        o.line(),
                        n.line()));
            }
            prose(o, n, explained, out);
        }
        for (int j = 0; j < ns.size(); j++) {
            if (!paired[j]) {
                Section n = ns.get(j);
                out.add(new Change(ChangeType.SECTION_ADDED, n.kind(), n.heading(), "", n.heading(), 0, n.line()));
            }
        }
    }

    /** A change of a paired section's lines that its items, examples and templates do not account for. */
    private static void prose(Section o, Section n, Lines explained, List<Change> out) {
        if (o.text().equals(n.text())) {
            return;
        }
        List<String> before = o.text().lines().map(String::strip).toList();
        List<String> after = n.text().lines().map(String::strip).toList();
        LineDiff.Result d = LineDiff.between(before, after);
        List<Integer> removed = d.removed().stream()
                .map(o::fileLine)
                .filter(l -> !explained.old(l))
                .filter(l -> !before.get(l - o.textLine()).isEmpty())
                .toList();
        List<Integer> added = d.added().stream()
                .map(n::fileLine)
                .filter(l -> !explained.neu(l))
                .filter(l -> !after.get(l - n.textLine()).isEmpty())
                .toList();
        if (removed.isEmpty() && added.isEmpty()) {
            return;
        }
        out.add(new Change(
                ChangeType.SECTION_TEXT_CHANGED,
                n.kind(),
                n.heading(),
                count(removed.size(), "line") + " removed",
                count(added.size(), "line") + " added",
                removed.isEmpty() ? o.line() : removed.get(0),
                added.isEmpty() ? n.line() : added.get(0)));
    }

    /**
     * The new file's line to annotate for something removed, per kind: the first section of the kind (free sections
     * have none; the file's top is used then).
     */
    static Map<SectionKind, Integer> firstLines(List<Section> sections) {
        Map<SectionKind, Integer> out = new java.util.EnumMap<>(SectionKind.class);
        for (Section s : sections) {
            if (s.kind() != SectionKind.OTHER) {
                out.putIfAbsent(s.kind(), s.line());
            }
        }
        return out;
    }

    private static int first(List<Integer> lines) {
        return lines.isEmpty() ? 0 : lines.get(0);
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    static String text(Object value) {
        return Values.shorten(String.valueOf(value), 200);
    }
}
