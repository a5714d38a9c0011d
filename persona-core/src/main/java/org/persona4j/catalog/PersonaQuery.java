package org.persona4j.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.persona4j.Persona;

/**
 * A query over one catalog snapshot, built fluently. Every method returns a new query; a query is immutable and
 * can be shared between threads.
 *
 * <pre>{@code
 * catalog.query().keyword("kafka").capability("PostgreSQL").agentMode("general")
 *        .appliesTo(Path.of("src/Main.java")).scoreAtLeast(4.0)
 *        .orderBy(PersonaQuery.BY_SCORE).limit(5).list();
 * }</pre>
 *
 * <p>Keyword and capability conditions are answered from word indexes and then checked exactly, so results are the
 * same as testing every persona.
 */
public final class PersonaQuery {

    /** By id, the default order. */
    public static final Comparator<Persona> BY_ID = Comparator.comparing(Persona::id);
    /** Highest summary score first, then by id. */
    public static final Comparator<Persona> BY_SCORE = Comparator
            .comparing((Persona p) -> p.metadata().summaryScore().orElse(Double.NEGATIVE_INFINITY)).reversed()
            .thenComparing(Persona::id);
    /** By title, ignoring case, then by id. */
    public static final Comparator<Persona> BY_TITLE = Comparator
            .comparing((Persona p) -> p.title().toLowerCase(java.util.Locale.ROOT)).thenComparing(Persona::id);

    private final PersonaCatalog catalog;
    private final List<PersonaFilter> filters;
    private final Comparator<Persona> order;
    private final int limit;

    PersonaQuery(PersonaCatalog catalog, List<PersonaFilter> filters, Comparator<Persona> order, int limit) {
        this.catalog = catalog;
        this.filters = List.copyOf(filters);
        this.order = order;
        this.limit = limit;
    }

    /** Personas with a keyword containing these words. */
    public PersonaQuery keyword(String keyword) {
        return where(PersonaFilter.keyword(keyword));
    }

    /** Personas with a capability containing these words (reads the bodies on first use). */
    public PersonaQuery capability(String capability) {
        return where(PersonaFilter.capability(capability));
    }

    public PersonaQuery agentMode(String mode) {
        return where(PersonaFilter.agentMode(mode));
    }

    /** Personas whose {@code applyTo} matches the file. */
    public PersonaQuery appliesTo(Path file) {
        return where(PersonaFilter.appliesTo(file));
    }

    public PersonaQuery scoreAtLeast(double minimum) {
        return where(PersonaFilter.scoreAtLeast(minimum));
    }

    /** Adds a condition that must hold too. */
    public PersonaQuery where(PersonaFilter filter) {
        List<PersonaFilter> more = new ArrayList<>(filters);
        more.add(Objects.requireNonNull(filter, "filter"));
        return new PersonaQuery(catalog, more, order, limit);
    }

    /** Adds a condition that holds when any of these do. */
    public PersonaQuery anyOf(PersonaFilter first, PersonaFilter... more) {
        PersonaFilter f = first;
        for (PersonaFilter m : more) {
            f = f.or(m);
        }
        return where(f);
    }

    /** Adds a condition that must not hold. */
    public PersonaQuery not(PersonaFilter filter) {
        return where(filter.negate());
    }

    public PersonaQuery orderBy(Comparator<Persona> comparator) {
        return new PersonaQuery(catalog, filters, Objects.requireNonNull(comparator, "comparator"), limit);
    }

    public PersonaQuery limit(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + max);
        }
        return new PersonaQuery(catalog, filters, order, max);
    }

    /** The matching personas, in order, at most {@code limit}. */
    public List<Persona> list() {
        List<Persona> all = catalog.personas();
        BitSet candidates = new BitSet(all.size());
        candidates.set(0, all.size());
        List<PersonaFilter> rest = new ArrayList<>();
        for (PersonaFilter f : filters) {
            narrow(f, candidates, rest);
        }
        List<Persona> out = new ArrayList<>();
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            Persona p = all.get(i);
            if (matches(p, rest)) {
                out.add(p);
                if (order == null && out.size() >= limit) {
                    break;
                }
            }
        }
        if (order != null) {
            out.sort(order);
        }
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : List.copyOf(out);
    }

    /** How many personas match, ignoring the limit. */
    public long count() {
        return limit(Integer.MAX_VALUE).list().size();
    }

    public Optional<Persona> findFirst() {
        List<Persona> first = limit(1).list();
        return first.isEmpty() ? Optional.empty() : Optional.of(first.get(0));
    }

    /**
     * The first match.
     *
     * @throws NoSuchElementException saying what was asked and which persona came closest
     */
    public Persona expectFirst() {
        return findFirst().orElseThrow(() -> new NoSuchElementException("no persona matches " + describe() + " among "
                + catalog.size() + closest()));
    }

    /** The query's conditions in words. */
    public String describe() {
        return filters.isEmpty() ? "anything" : String.join(" and ", filters.stream().map(PersonaFilter::describe)
                .toList());
    }

    private static boolean matches(Persona p, List<PersonaFilter> filters) {
        for (PersonaFilter f : filters) {
            if (!f.test(p)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Answers keyword, capability and agent-mode conditions (also inside "and" combinations) exactly from the
     * catalog's indexes; every other condition is left in {@code rest}, to be tested on what remains.
     */
    private void narrow(PersonaFilter f, BitSet candidates, List<PersonaFilter> rest) {
        if (f instanceof PersonaFilter.Keyword k) {
            candidates.and(catalog.keywordIndex().matching(k.words()));
        } else if (f instanceof PersonaFilter.Capability c) {
            candidates.and(catalog.capabilityIndex().matching(c.words()));
        } else if (f instanceof PersonaFilter.AgentMode m) {
            candidates.and(catalog.agentModeIndex().exactly(m.mode()));
        } else if (f instanceof PersonaFilter.Combined c && c.all()) {
            c.parts().forEach(part -> narrow(part, candidates, rest));
        } else {
            rest.add(f);
        }
    }

    private String closest() {
        if (filters.size() < 2 || catalog.size() == 0) {
            return "";
        }
        Persona best = null;
        int bestCount = 0;
        List<String> bestMissed = List.of();
        for (Persona p : catalog.personas()) {
            List<String> missed = new ArrayList<>();
            for (PersonaFilter f : filters) {
                if (!f.test(p)) {
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
