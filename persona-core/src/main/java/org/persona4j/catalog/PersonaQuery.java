package org.persona4j.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.persona4j.Persona;
import org.persona4j.internal.catalog.CatalogEntry;
import org.persona4j.internal.catalog.Matching;

/**
 * A query over one catalog snapshot, built fluently. Every method returns a new query; a query is immutable and
 * can be shared between threads.
 *
 * <pre>{@code
 * catalog.query().keyword("kafka").capability("PostgreSQL").agentMode("general")
 *        .appliesTo(Path.of("src/Main.java")).scoreAtLeast(4.0)
 *        .orderBy(PersonaQuery.BY_SCORE).limit(5).list();
 * catalog.query().text("slow API under load").capability("PostgreSQL").limit(5).hits();   // ranked, explained
 * }</pre>
 *
 * <p>Keyword, capability and agent-mode conditions are answered from word indexes and then checked exactly, so
 * results are the same as testing every persona. Conditions on front matter are tested without parsing bodies;
 * only the personas returned (and those a condition of your own needs) are parsed.
 */
public final class PersonaQuery {

    /** By id, the default order. */
    public static final Comparator<Persona> BY_ID = Comparator.comparing(Persona::id);
    /** Highest summary score first, then by id. */
    public static final Comparator<Persona> BY_SCORE = Comparator.comparing(
                    (Persona p) -> p.metadata().summaryScore().orElse(Double.NEGATIVE_INFINITY))
            .reversed()
            .thenComparing(Persona::id);
    /** By title, ignoring case, then by id. */
    public static final Comparator<Persona> BY_TITLE = Comparator.comparing(
                    (Persona p) -> p.title().toLowerCase(Locale.ROOT))
            .thenComparing(Persona::id);

    private static final Comparator<CatalogEntry> ENTRY_BY_SCORE = Comparator.comparing(
                    (CatalogEntry p) -> p.metadata().summaryScore().orElse(Double.NEGATIVE_INFINITY))
            .reversed()
            .thenComparing(CatalogEntry::id);
    private static final Comparator<CatalogEntry> ENTRY_BY_TITLE = Comparator.comparing(
                    (CatalogEntry p) -> p.title().toLowerCase(Locale.ROOT))
            .thenComparing(CatalogEntry::id);

    private final PersonaCatalog catalog;
    private final List<PersonaFilter> filters;
    private final Comparator<Persona> order;
    private final int limit;
    private final String text;

    PersonaQuery(PersonaCatalog catalog) {
        this(catalog, List.of(), null, Integer.MAX_VALUE, null);
    }

    private PersonaQuery(
            PersonaCatalog catalog, List<PersonaFilter> filters, Comparator<Persona> order, int limit, String text) {
        this.catalog = catalog;
        this.filters = List.copyOf(filters);
        this.order = order;
        this.limit = limit;
        this.text = text;
    }

    /**
     * Personas with a keyword containing these words.
     *
     * @param keyword the words to look for
     * @return a query with this condition added
     */
    public PersonaQuery keyword(String keyword) {
        return where(PersonaFilter.keyword(keyword));
    }

    /**
     * Personas with a capability containing these words (reads the bodies on first use).
     *
     * @param capability the words to look for
     * @return a query with this condition added
     */
    public PersonaQuery capability(String capability) {
        return where(PersonaFilter.capability(capability));
    }

    /**
     * Personas whose {@code agentMode} is {@code mode} (compared as words, ignoring case).
     *
     * @param mode the agent mode, such as {@code agent}
     * @return a query with this condition added
     */
    public PersonaQuery agentMode(String mode) {
        return where(PersonaFilter.agentMode(mode));
    }

    /**
     * Personas that apply to the file, as their dialect's tool decides ({@link Applicability}); combine with
     * {@code orderBy(Applicability.precedence(file))} to list them the strongest first.
     *
     * @param file a path relative to the project, such as {@code src/Main.java}
     * @return a query with this condition added
     */
    public PersonaQuery appliesTo(Path file) {
        return where(PersonaFilter.appliesTo(file));
    }

    /**
     * Personas written in this dialect.
     *
     * @param dialect the dialect the personas are written in
     * @return a query with this condition added
     */
    public PersonaQuery dialect(org.persona4j.Dialect dialect) {
        return where(PersonaFilter.dialect(dialect));
    }

    /**
     * Personas that list this tool.
     *
     * @param tool a tool's name, such as {@code Read}
     * @return a query with this condition added
     */
    public PersonaQuery tool(String tool) {
        return where(PersonaFilter.tool(tool));
    }

    /**
     * Personas that name this model.
     *
     * @param model a model's name, such as {@code sonnet}
     * @return a query with this condition added
     */
    public PersonaQuery model(String model) {
        return where(PersonaFilter.model(model));
    }

    /**
     * Personas whose {@code summaryScore} is at least {@code minimum}.
     *
     * @param minimum the lowest score that passes
     * @return a query with this condition added
     */
    public PersonaQuery scoreAtLeast(double minimum) {
        return where(PersonaFilter.scoreAtLeast(minimum));
    }

    /**
     * Ranks the personas that meet the other conditions by relevance to this free text (BM25 over title,
     * keywords, description and body, words stemmed with Porter2; see {@link SearchHit#explain()}); personas that
     * share no word with it are left out, and a text of stop words only finds none. Personas whose bodies are mostly
     * the same come as one hit, the others in {@link SearchHit#twins()}. With an
     * {@linkplain org.persona4j.spi.EmbeddingProvider embedding model} (such as {@code persona-embeddings} on the class
     * path; see {@link PersonaCatalog.Builder#embeddings}), the ranking by words is fused with a ranking by meaning
     * (each ranking's scores scaled to 0–1 over its first hundred, added in equal parts), so the hundred personas
     * closest in meaning come too,
     * whether or not they share a word; the personas are embedded at the first such query, and a model that fails to
     * run leaves the ranking by words. Results come best first unless {@link #orderBy} says otherwise.
     *
     * @param freeText the text to rank by, such as a task description
     * @return a query that ranks by this text
     */
    public PersonaQuery text(String freeText) {
        return new PersonaQuery(catalog, filters, order, limit, Objects.requireNonNull(freeText, "text"));
    }

    /**
     * Adds a condition that must hold too.
     *
     * @param filter the condition to add
     * @return a query with this condition added
     */
    public PersonaQuery where(PersonaFilter filter) {
        List<PersonaFilter> more = new ArrayList<>(filters);
        more.add(Objects.requireNonNull(filter, "filter"));
        return new PersonaQuery(catalog, more, order, limit, text);
    }

    /**
     * Adds a condition that holds when any of these do.
     *
     * @param first one condition
     * @param more  the others
     * @return a query with this condition added
     */
    public PersonaQuery anyOf(PersonaFilter first, PersonaFilter... more) {
        PersonaFilter f = first;
        for (PersonaFilter m : more) {
            f = f.or(m);
        }
        return where(f);
    }

    /**
     * Adds a condition that must not hold.
     *
     * @param filter the condition that must fail
     * @return a query with this condition added
     */
    public PersonaQuery not(PersonaFilter filter) {
        return where(filter.negate());
    }

    /**
     * The personas in this order (default: by id).
     *
     * @param comparator the order of the results
     * @return a query in this order
     */
    public PersonaQuery orderBy(Comparator<Persona> comparator) {
        return new PersonaQuery(catalog, filters, Objects.requireNonNull(comparator, "comparator"), limit, text);
    }

    /**
     * At most {@code max} personas.
     *
     * @param max the most personas to return
     * @return a query with this limit
     */
    public PersonaQuery limit(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + max);
        }
        return new PersonaQuery(catalog, filters, order, max, text);
    }

    /** {@return the matching personas, in order, at most {@code limit}} */
    public List<Persona> list() {
        if (text != null) {
            List<SearchHit> hits = hits();
            List<Persona> out = new ArrayList<>(hits.size());
            for (SearchHit h : hits) {
                out.add(h.persona());
            }
            return List.copyOf(out);
        }
        return ordered();
    }

    /**
     * {@return the matching personas with their relevance to the {@link #text} (score 0 and no matches without text),
     * in order, at most {@code limit}}
     */
    public List<SearchHit> hits() {
        if (text == null) {
            List<SearchHit> out = new ArrayList<>();
            for (Persona p : ordered()) {
                out.add(new SearchHit(p, 0, List.of()));
            }
            return List.copyOf(out);
        }
        BitSet matching = matching(catalog.entries());
        List<SearchHit> ranked = catalog.indexes().rank(text, order == null ? limit : Integer.MAX_VALUE, matching);
        if (order == null) {
            return ranked;
        }
        List<SearchHit> sorted = new ArrayList<>(ranked);
        sorted.sort(Comparator.comparing(SearchHit::persona, order));
        return List.copyOf(sorted.subList(0, Math.min(limit, sorted.size())));
    }

    /** The matching personas without text, in order, at most {@code limit}; only those returned are built. */
    private List<Persona> ordered() {
        List<CatalogEntry> all = catalog.entries();
        BitSet matching = matching(all);
        if (order == null || order == BY_ID) { // entries are in id order: take the first ones as they come
            Persona[] personas = new Persona[Math.min(limit, matching.cardinality())];
            for (int i = matching.nextSetBit(0), k = 0; k < personas.length; i = matching.nextSetBit(i + 1)) {
                personas[k++] = all.get(i).persona();
            }
            return java.util.Collections.unmodifiableList(java.util.Arrays.asList(personas));
        }
        List<CatalogEntry> out = new ArrayList<>();
        for (int i = matching.nextSetBit(0); i >= 0; i = matching.nextSetBit(i + 1)) {
            out.add(all.get(i));
        }
        List<Persona> personas = new ArrayList<>(out.size());
        if (order == BY_SCORE || order == BY_TITLE) { // the built-in orders need no body: sort the entries
            out.sort(order == BY_SCORE ? ENTRY_BY_SCORE : ENTRY_BY_TITLE);
            for (CatalogEntry e : out.subList(0, Math.min(limit, out.size()))) {
                personas.add(e.persona());
            }
            return List.copyOf(personas);
        }
        for (CatalogEntry e : out) {
            personas.add(e.persona());
        }
        personas.sort(order);
        return List.copyOf(personas.subList(0, Math.min(limit, personas.size())));
    }

    /**
     * {@return how many personas match, ignoring the limit} With a {@link #text}, how many hits it gives: each group
     * of twins counts once.
     */
    public long count() {
        BitSet matching = matching(catalog.entries());
        return text == null
                ? matching.cardinality()
                : catalog.indexes().rank(text, Integer.MAX_VALUE, matching).size();
    }

    /** {@return the first persona the query finds, in its order, if any} */
    public Optional<Persona> findFirst() {
        List<Persona> first = limit(1).list();
        return first.isEmpty() ? Optional.empty() : Optional.of(first.get(0));
    }

    /**
     * {@return the first match}
     *
     * @throws NoSuchElementException saying what was asked and which persona came closest
     */
    public Persona expectFirst() {
        return findFirst()
                .orElseThrow(() -> new NoSuchElementException(
                        "no persona matches " + describe() + " among " + catalog.size() + closest()));
    }

    /** {@return the query's conditions in words} */
    public String describe() {
        List<String> parts =
                new ArrayList<>(filters.stream().map(PersonaFilter::describe).toList());
        if (text != null) {
            parts.add("text '" + text + "'");
        }
        return parts.isEmpty() ? "anything" : String.join(" and ", parts);
    }

    private BitSet matching(List<CatalogEntry> all) {
        return Matching.matching(all, filters, catalog.indexes());
    }

    private String closest() {
        return Matching.closest(catalog.entries(), filters);
    }
}
