package org.persona4j.internal.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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

    static List<Change> changes(Persona old, Persona neu, Lines explained, Map<SectionKind, Integer> firstLines) {
        List<Change> out = new ArrayList<>();
        Context c = new Context(old, neu, explained, out, firstLines);
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

    private record Context(
            Persona old, Persona neu, Lines explained, List<Change> out, Map<SectionKind, Integer> firstLines) {

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
            // Counts, not lists: a thousand equal items pair off in linear time.
            Map<String, Integer> inAfter = counts(after, text);
            Map<String, Integer> inBefore = counts(before, text);
            Map<String, Integer> unmatched = new HashMap<>(inAfter);
            int nearest = firstLines.getOrDefault(kind, 1);
            for (T b : before) {
                String key = normal(text.apply(b));
                if (unmatched.merge(key, -1, Integer::sum) >= 0) {
                    continue;
                }
                explained.old(span.apply(b));
                out.add(new Change(
                        ChangeType.ITEM_REMOVED, kind, text.apply(b), text.apply(b), "", line(span.apply(b)), nearest));
            }
            // The last (count in after − count in before) elements of a text are the added ones.
            Map<String, Integer> seen = new HashMap<>();
            for (T a : after) {
                String key = normal(text.apply(a));
                int k = seen.merge(key, 1, Integer::sum);
                if (k > inBefore.getOrDefault(key, 0)) {
                    explained.neu(span.apply(a));
                    out.add(new Change(
                            ChangeType.ITEM_ADDED, kind, text.apply(a), "", text.apply(a), 0, line(span.apply(a))));
                }
            }
        }

        <T> Map<String, Integer> counts(List<T> items, Function<T, String> text) {
            Map<String, Integer> out = new HashMap<>();
            for (T t : items) {
                out.merge(normal(text.apply(t)), 1, Integer::sum);
            }
            return out;
        }

        void groups(List<CapabilityGroup> before, List<CapabilityGroup> after) {
            Unpaired<CapabilityGroup> fresh = new Unpaired<>(after, g -> name(g.category()));
            List<CapabilityGroup> gone = new ArrayList<>();
            for (CapabilityGroup b : before) {
                CapabilityGroup a = fresh.take(name(b.category()));
                if (a != null) {
                    groupItems(b, a);
                } else {
                    gone.add(b);
                }
            }
            // Renames are looked for among the first groups left on each side only: content comparison is
            // quadratic, and past that a rename is reported as a removal and an addition.
            List<Integer> candidates = fresh.rest();
            for (int g = 0; g < gone.size(); g++) {
                CapabilityGroup b = gone.get(g);
                CapabilityGroup renamed = null;
                if (g < SectionMatcher.MAX_CONTENT_PAIRING) {
                    for (int c = 0; c < candidates.size() && c < SectionMatcher.MAX_CONTENT_PAIRING; c++) {
                        CapabilityGroup a = fresh.get(candidates.get(c));
                        if (mostlySame(b.items(), a.items())) {
                            renamed = a;
                            fresh.take(candidates.remove(c).intValue());
                            break;
                        }
                    }
                }
                if (renamed != null) {
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
                            firstLines.getOrDefault(SectionKind.CAPABILITIES, 1)));
                }
            }
            for (int i : fresh.rest()) {
                CapabilityGroup a = fresh.get(i);
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
            Function<String, String> same = Function.identity();
            Map<String, Integer> inNew = counts(a.items(), same);
            Map<String, Integer> inOld = counts(b.items(), same);
            Map<String, Integer> unmatched = new HashMap<>(inNew);
            boolean changed = false;
            for (String item : b.items()) {
                if (unmatched.merge(normal(item), -1, Integer::sum) < 0) {
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
            Map<String, Integer> seen = new HashMap<>();
            for (String item : a.items()) {
                if (seen.merge(normal(item), 1, Integer::sum) > inOld.getOrDefault(normal(item), 0)) {
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
            Unpaired<Example> fresh = new Unpaired<>(after, x -> name(x.title()));
            for (Example b : before) {
                Example a = fresh.take(name(b.title()));
                if (a == null) {
                    explained.old(b.span());
                    out.add(new Change(
                            ChangeType.EXAMPLE_REMOVED,
                            SectionKind.EXAMPLES,
                            b.title(),
                            b.title(),
                            "",
                            line(b.span()),
                            firstLines.getOrDefault(SectionKind.EXAMPLES, 1)));
                    continue;
                }
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
            for (int i : fresh.rest()) {
                Example a = fresh.get(i);
                explained.neu(a.span());
                out.add(new Change(
                        ChangeType.EXAMPLE_ADDED, SectionKind.EXAMPLES, a.title(), "", a.title(), 0, line(a.span())));
            }
        }

        void templates(List<CodeTemplate> before, List<CodeTemplate> after) {
            Unpaired<CodeTemplate> fresh = new Unpaired<>(after, x -> name(x.name()));
            for (CodeTemplate b : before) {
                CodeTemplate a = fresh.take(name(b.name()));
                if (a == null) {
                    explained.old(b.span());
                    out.add(new Change(
                            ChangeType.TEMPLATE_REMOVED,
                            SectionKind.TEMPLATES,
                            b.name(),
                            b.name(),
                            "",
                            line(b.span()),
                            firstLines.getOrDefault(SectionKind.TEMPLATES, 1)));
                    continue;
                }
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
            for (int i : fresh.rest()) {
                CodeTemplate a = fresh.get(i);
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
