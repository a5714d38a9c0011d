package org.persona4j.internal.catalog;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.persona4j.catalog.PersonaFilter;

/**
 * Which catalog entries meet a query's conditions: keyword, capability and agent-mode conditions are answered from the
 * catalog's indexes, every other one on each entry left, from its metadata where it can be, parsing the body only for a
 * condition that needs it.
 */
public final class Matching {

    private Matching() {}

    /**
     * {@return the entries that meet every condition}
     *
     * @param all     the catalog's entries
     * @param filters the conditions
     * @param indexes the catalog's indexes, which answer some conditions without looking at each entry
     */
    public static BitSet matching(List<CatalogEntry> all, List<PersonaFilter> filters, Indexes indexes) {
        BitSet candidates = new BitSet(all.size());
        candidates.set(0, all.size());
        List<PersonaFilter> rest = new ArrayList<>();
        for (PersonaFilter f : filters) {
            narrow(f, candidates, rest, indexes);
        }
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            for (PersonaFilter f : rest) {
                if (!test(f, all.get(i))) {
                    candidates.clear(i);
                    break;
                }
            }
        }
        return candidates;
    }

    /**
     * {@return whether an entry meets a condition} Its body is parsed only for a condition that needs it.
     *
     * @param f the condition
     * @param e the entry
     */
    public static boolean test(PersonaFilter f, CatalogEntry e) {
        if (f instanceof PersonaFilter.Keyword k) {
            return k.test(e.metadata());
        } else if (f instanceof PersonaFilter.AgentMode m) {
            return m.test(e.metadata());
        } else if (f instanceof PersonaFilter.OnMetadata m) {
            return m.test().test(e.id(), e.metadata());
        } else if (f instanceof PersonaFilter.OnDialect d) {
            return e.dialect() == d.dialect();
        } else if (f instanceof PersonaFilter.Not n) {
            return !test(n.filter(), e);
        } else if (f instanceof PersonaFilter.Combined c) {
            for (PersonaFilter part : c.parts()) {
                if (test(part, e) != c.all()) {
                    return !c.all();
                }
            }
            return c.all();
        }
        return f.test(e.persona());
    }

    /**
     * Answers keyword, capability and agent-mode conditions (also inside "and" combinations) exactly from the
     * catalog's indexes; every other condition is left in {@code rest}, to be tested on what remains.
     */
    private static void narrow(PersonaFilter f, BitSet candidates, List<PersonaFilter> rest, Indexes indexes) {
        if (f instanceof PersonaFilter.Keyword k) {
            candidates.and(indexes.keywords().matching(k.words()));
        } else if (f instanceof PersonaFilter.Capability c) {
            candidates.and(indexes.capabilities().matching(c.words()));
        } else if (f instanceof PersonaFilter.AgentMode m) {
            candidates.and(indexes.agentModes().exactly(m.mode()));
        } else if (f instanceof PersonaFilter.Combined c && c.all()) {
            c.parts().forEach(part -> narrow(part, candidates, rest, indexes));
        } else {
            rest.add(f);
        }
    }

    /**
     * {@return for a message: the entry that meets the most conditions and those it fails, or {@code ""}}
     *
     * @param entries the catalog's entries
     * @param filters the conditions
     */
    public static String closest(List<CatalogEntry> entries, List<PersonaFilter> filters) {
        if (filters.size() < 2 || entries.isEmpty()) {
            return "";
        }
        CatalogEntry best = null;
        int bestCount = 0;
        List<String> bestMissed = List.of();
        for (CatalogEntry p : entries) {
            List<String> missed = new ArrayList<>();
            for (PersonaFilter f : filters) {
                if (!test(f, p)) {
                    missed.add(f.describe());
                }
            }
            int met = filters.size() - missed.size();
            if (met > bestCount) {
                best = p;
                bestCount = met;
                bestMissed = missed;
            }
        }
        return best == null ? "" : "; closest: " + best.id() + ", which fails " + String.join(" and ", bestMissed);
    }
}
