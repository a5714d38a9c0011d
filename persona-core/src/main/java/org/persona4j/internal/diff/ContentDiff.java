package org.persona4j.internal.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.persona4j.Persona;
import org.persona4j.SourceSpan;
import org.persona4j.diff.Change;
import org.persona4j.diff.ChangeType;
import org.persona4j.model.CapabilityGroup;
import org.persona4j.model.CodeTemplate;
import org.persona4j.model.Entry;
import org.persona4j.model.Example;
import org.persona4j.model.Exchange;
import org.persona4j.model.Item;
import org.persona4j.model.SectionKind;

/**
 * Changes to what sections hold: list items by their text (a reworded item is one removed and one added; order
 * does not count), entries by key and value, capability groups by name (a group that keeps at least half of its
 * items under another name is renamed), examples by title and templates by name, compared by content, never by
 * position. Every element that changed marks its lines in {@link Lines}, so that the section's prose diff leaves
 * them out.
 */
final class ContentDiff {

    private ContentDiff() {}

    static List<Change> changes(Persona old, Persona neu, Lines explained) {
        List<Change> out = new ArrayList<>();
        Context c = new Context(old, neu, explained, out);
        c.items(SectionKind.GOALS, old.goals(), neu.goals());
        c.groups(old.capabilities(), neu.capabilities());
        c.entries(SectionKind.KNOWLEDGE, old.knowledge(), neu.knowledge());
        c.items(SectionKind.CONSTRAINTS, old.constraints(), neu.constraints());
        c.items(SectionKind.DIRECTIVES, old.directives(), neu.directives());
        c.entries(SectionKind.INTERACTION, old.interaction(), neu.interaction());
        c.examples(old.examples(), neu.examples());
        c.templates(old.templates(), neu.templates());
        return out;
    }

    private record Context(Persona old, Persona neu, Lines explained, List<Change> out) {

        void items(SectionKind kind, List<Item> before, List<Item> after) {
            matchByText(kind, before, after, Item::text, Item::span);
        }

        void entries(SectionKind kind, List<Entry> before, List<Entry> after) {
            matchByText(kind, before, after, e -> e.key() + ": " + e.value(), Entry::span);
        }

        /** Elements with the same normalized text pair off, in order; what is left was removed or added. */
        <T> void matchByText(
                SectionKind kind,
                List<T> before,
                List<T> after,
                Function<T, String> text,
                Function<T, SourceSpan> span) {
            Map<String, List<T>> remaining = new HashMap<>();
            for (T a : after) {
                remaining
                        .computeIfAbsent(normal(text.apply(a)), k -> new ArrayList<>())
                        .add(a);
            }
            for (T b : before) {
                List<T> same = remaining.get(normal(text.apply(b)));
                if (same != null && !same.isEmpty()) {
                    same.remove(0);
                    continue;
                }
                explained.old(span.apply(b));
                out.add(new Change(
                        ChangeType.ITEM_REMOVED,
                        kind,
                        text.apply(b),
                        text.apply(b),
                        "",
                        line(span.apply(b)),
                        Differ.nearestLine(neu.sections(), kind)));
            }
            for (T a : after) {
                List<T> left = remaining.get(normal(text.apply(a)));
                if (left.remove(a)) {
                    explained.neu(span.apply(a));
                    out.add(new Change(
                            ChangeType.ITEM_ADDED, kind, text.apply(a), "", text.apply(a), 0, line(span.apply(a))));
                }
            }
        }

        void groups(List<CapabilityGroup> before, List<CapabilityGroup> after) {
            Map<String, CapabilityGroup> newByName = new LinkedHashMap<>();
            after.forEach(g -> newByName.putIfAbsent(name(g.category()), g));
            List<CapabilityGroup> gone = new ArrayList<>();
            Set<CapabilityGroup> paired = new HashSet<>();
            for (CapabilityGroup b : before) {
                CapabilityGroup a = newByName.get(name(b.category()));
                if (a != null && paired.add(a)) {
                    groupItems(b, a);
                } else {
                    gone.add(b);
                }
            }
            List<CapabilityGroup> fresh = new ArrayList<>(
                    after.stream().filter(g -> !paired.contains(g)).toList());
            for (CapabilityGroup b : gone) {
                CapabilityGroup renamed = fresh.stream()
                        .filter(a -> mostlySame(b.items(), a.items()))
                        .findFirst()
                        .orElse(null);
                if (renamed != null) {
                    fresh.remove(renamed);
                    explained.old(b.span());
                    explained.neu(renamed.span());
                    out.add(new Change(
                            ChangeType.GROUP_RENAMED,
                            SectionKind.CAPABILITIES,
                            b.category(),
                            b.category(),
                            renamed.category(),
                            line(b.span()),
                            line(renamed.span())));
                    groupItems(b, renamed);
                } else {
                    explained.old(b.span());
                    out.add(new Change(
                            ChangeType.GROUP_REMOVED,
                            SectionKind.CAPABILITIES,
                            b.category(),
                            b.category(),
                            "",
                            line(b.span()),
                            Differ.nearestLine(neu.sections(), SectionKind.CAPABILITIES)));
                }
            }
            for (CapabilityGroup a : fresh) {
                explained.neu(a.span());
                out.add(new Change(
                        ChangeType.GROUP_ADDED,
                        SectionKind.CAPABILITIES,
                        a.category(),
                        "",
                        a.category(),
                        0,
                        line(a.span())));
            }
        }

        /** Items of a group that both versions have; the group's lines stand for its items'. */
        private void groupItems(CapabilityGroup b, CapabilityGroup a) {
            List<String> unmatchedNew =
                    new ArrayList<>(a.items().stream().map(ContentDiff::normal).toList());
            List<String> unmatchedOld =
                    new ArrayList<>(b.items().stream().map(ContentDiff::normal).toList());
            boolean changed = false;
            for (String item : b.items()) {
                if (!unmatchedNew.remove(normal(item))) {
                    changed = true;
                    out.add(new Change(
                            ChangeType.ITEM_REMOVED,
                            SectionKind.CAPABILITIES,
                            item,
                            item,
                            "",
                            line(b.span()),
                            line(a.span())));
                }
            }
            for (String item : a.items()) {
                if (!unmatchedOld.remove(normal(item))) {
                    changed = true;
                    out.add(new Change(
                            ChangeType.ITEM_ADDED, SectionKind.CAPABILITIES, item, "", item, 0, line(a.span())));
                }
            }
            if (changed) {
                explained.old(b.span());
                explained.neu(a.span());
            }
        }

        void examples(List<Example> before, List<Example> after) {
            List<Example> fresh = new ArrayList<>(after);
            for (Example b : before) {
                Example a = fresh.stream()
                        .filter(x -> name(x.title()).equals(name(b.title())))
                        .findFirst()
                        .orElse(null);
                if (a == null) {
                    explained.old(b.span());
                    out.add(new Change(
                            ChangeType.EXAMPLE_REMOVED,
                            SectionKind.EXAMPLES,
                            b.title(),
                            b.title(),
                            "",
                            line(b.span()),
                            Differ.nearestLine(neu.sections(), SectionKind.EXAMPLES)));
                    continue;
                }
                fresh.remove(a);
                List<String> was = turns(b);
                List<String> is = turns(a);
                if (!was.equals(is)) {
                    explained.old(b.span());
                    explained.neu(a.span());
                    int k = 0;
                    while (k < was.size() && k < is.size() && was.get(k).equals(is.get(k))) {
                        k++;
                    }
                    out.add(new Change(
                            ChangeType.EXAMPLE_CHANGED,
                            SectionKind.EXAMPLES,
                            b.title(),
                            turn(b.exchanges(), k),
                            turn(a.exchanges(), k),
                            line(b.span()),
                            line(a.span())));
                }
            }
            for (Example a : fresh) {
                explained.neu(a.span());
                out.add(new Change(
                        ChangeType.EXAMPLE_ADDED, SectionKind.EXAMPLES, a.title(), "", a.title(), 0, line(a.span())));
            }
        }

        void templates(List<CodeTemplate> before, List<CodeTemplate> after) {
            List<CodeTemplate> fresh = new ArrayList<>(after);
            for (CodeTemplate b : before) {
                CodeTemplate a = fresh.stream()
                        .filter(x -> name(x.name()).equals(name(b.name())))
                        .findFirst()
                        .orElse(null);
                if (a == null) {
                    explained.old(b.span());
                    out.add(new Change(
                            ChangeType.TEMPLATE_REMOVED,
                            SectionKind.TEMPLATES,
                            b.name(),
                            b.name(),
                            "",
                            line(b.span()),
                            Differ.nearestLine(neu.sections(), SectionKind.TEMPLATES)));
                    continue;
                }
                fresh.remove(a);
                if (!b.code().equals(a.code()) || !b.language().equals(a.language())) {
                    explained.old(b.span());
                    explained.neu(a.span());
                    out.add(new Change(
                            ChangeType.TEMPLATE_CHANGED,
                            SectionKind.TEMPLATES,
                            b.name(),
                            b.language(),
                            a.language(),
                            line(b.span()),
                            line(a.span())));
                }
            }
            for (CodeTemplate a : fresh) {
                explained.neu(a.span());
                out.add(new Change(
                        ChangeType.TEMPLATE_ADDED, SectionKind.TEMPLATES, a.name(), "", a.name(), 0, line(a.span())));
            }
        }
    }

    /** An example's turns without their positions. */
    private static List<String> turns(Example e) {
        return e.exchanges().stream()
                .map((Exchange x) -> normal(x.role()) + "\u0000" + normal(x.text()))
                .toList();
    }

    /** Turn {@code k} as {@code role: text}, or {@code (no turn k)} past the end. */
    private static String turn(List<Exchange> turns, int k) {
        return k < turns.size()
                ? turns.get(k).role() + ": " + Differ.text(turns.get(k).text())
                : "(no turn " + (k + 1) + ")";
    }

    private static boolean mostlySame(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> other = new HashSet<>(b.stream().map(ContentDiff::normal).toList());
        long common =
                a.stream().map(ContentDiff::normal).filter(other::contains).count();
        return common * 2 >= Math.max(a.size(), b.size());
    }

    /** Text compared for sameness: spaces collapsed, case kept (a changed word is a change). */
    static String normal(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int line(SourceSpan span) {
        return Math.max(0, span.startLine());
    }

    /** A name compared for sameness: {@link #normal} and case aside. */
    static String name(String s) {
        return normal(s).toLowerCase(Locale.ROOT);
    }
}
