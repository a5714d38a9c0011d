package org.persona4j.catalog;

import java.io.IOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.persona4j.Diagnostic;
import org.persona4j.DiagnosticCodes;
import org.persona4j.Persona;
import org.persona4j.PersonaFiles;
import org.persona4j.PersonaReader;
import org.persona4j.ReadResult;
import org.persona4j.SourceSpan;
import org.persona4j.internal.catalog.CatalogEntry;
import org.persona4j.internal.catalog.CatalogLoader;
import org.persona4j.internal.catalog.DenseIndex;
import org.persona4j.internal.catalog.Indexes;
import org.persona4j.internal.catalog.Lineage;
import org.persona4j.internal.catalog.Versions;

/**
 * An immutable snapshot of personas loaded from one or more roots: directories, class-path folders and in-memory
 * sources. Roots added later take precedence: a persona there replaces every version of the same id from earlier
 * roots, and the override is reported. Within a root, several versions of an id coexist and {@link #find} returns
 * the latest by semantic version. Files are found by {@link PersonaFiles} and read by a {@link PersonaReader},
 * the same way as everywhere else; files that cannot be read become diagnostics; the rest load.
 *
 * <p>Loading reads front matter only: a body is parsed the first time its persona is asked for, once, and the
 * {@link Persona} handed out is a plain value.
 *
 * <pre>{@code
 * PersonaCatalog catalog = PersonaCatalog.builder().classpath("personas").directory(Path.of("personas")).build();
 * List<Persona> fits = catalog.query().keyword("kafka").appliesTo(Path.of("src/Main.java")).limit(5).list();
 * List<Persona> ranked = catalog.query().text("my API is slow under high load").capability("PostgreSQL").list();
 * }</pre>
 *
 * <p>Thread-safe. A snapshot holds no builder: {@link #reload()} reads the roots as they were configured when it
 * was built, and builds a new snapshot; this one never changes.
 */
public final class PersonaCatalog {

    private final CatalogLoader.Config config;
    private final List<CatalogEntry> latest;
    private final Map<String, List<CatalogEntry>> versions;
    private final List<Diagnostic> diagnostics;
    private final Map<String, List<Diagnostic>> failures;
    private final Map<String, CatalogEntry> bySource;
    /** The changed files this snapshot holds back until they read the same for the settle time. */
    private final Map<String, CatalogLoader.Pending> pending;

    private final Indexes indexes;

    private PersonaCatalog(CatalogLoader.Config config, CatalogLoader.Loaded loaded) {
        this.config = config;
        Map<String, List<CatalogEntry>> byId = new TreeMap<>();
        Map<String, CatalogEntry> sources = new HashMap<>();
        for (CatalogEntry p : loaded.entries()) {
            byId.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(p);
            sources.put(p.key(), p);
        }
        Map<String, List<CatalogEntry>> sorted = new LinkedHashMap<>();
        List<CatalogEntry> newest = new ArrayList<>();
        for (Map.Entry<String, List<CatalogEntry>> e : byId.entrySet()) {
            List<CatalogEntry> vs = new ArrayList<>(e.getValue());
            vs.sort(Comparator.comparing(
                            (CatalogEntry p) -> p.metadata().version().orElse(null), Versions.ORDER)
                    .reversed());
            sorted.put(e.getKey(), List.copyOf(vs));
            newest.add(vs.get(0));
        }
        this.latest = List.copyOf(newest);
        this.versions = Collections.unmodifiableMap(sorted);
        this.diagnostics = List.copyOf(loaded.diagnostics());
        this.failures = Collections.unmodifiableMap(new TreeMap<>(loaded.failures()));
        this.bySource = Map.copyOf(sources);
        this.pending = loaded.pending();
        this.indexes = new Indexes(latest, config.embeddings(), config.vectors());
    }

    /** {@return a builder with the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return the latest version of every persona, ordered by id} The list is a view: a persona's body is parsed when
     * the list's element is first read, not before.
     */
    public List<Persona> personas() {
        return personas(latest);
    }

    /**
     * {@return what the catalog knows of the latest version of every persona without parsing a body, ordered by id}
     * For listing a large catalog (a menu, a server's prompt list) without the memory and time of every body.
     */
    public List<PersonaSummary> summaries() {
        return latest.stream()
                .map(e -> new PersonaSummary(e.id(), e.title(), e.dialect(), e.metadata(), e.source()))
                .toList();
    }

    /** {@return the ids of the personas, sorted; reading them parses nothing} */
    public List<String> ids() {
        return latest.stream().map(CatalogEntry::id).toList();
    }

    /** {@return how many personas it holds: one per id, its latest version} */
    public int size() {
        return latest.size();
    }

    /**
     * {@return the latest version of a persona}
     *
     * @param id the persona's id
     */
    public Optional<Persona> find(String id) {
        List<CatalogEntry> vs = versions.get(id);
        return vs == null ? Optional.empty() : Optional.of(vs.get(0).persona());
    }

    /**
     * {@return a given version of a persona}
     *
     * @param id      the persona's id
     * @param version its {@code version}, as written
     */
    public Optional<Persona> find(String id, String version) {
        return versions.getOrDefault(id, List.of()).stream()
                .filter(p -> p.metadata().version().filter(version::equals).isPresent())
                .findFirst()
                .map(CatalogEntry::persona);
    }

    /**
     * {@return the latest version of a persona}
     *
     * @param id the persona's id
     * @throws NoSuchElementException naming the id and the closest ids there are
     */
    public Persona expect(String id) {
        return find(id).orElseThrow(() -> new NoSuchElementException(lookup(id).message()));
    }

    /**
     * Finds a persona by what a person would type: an exact id, a front-matter {@code name} or {@code id}, or a
     * unique end of an id ({@code backend-engineer} for {@code engineer/backend-engineer}). The answer says
     * whether that was ambiguous, and suggests close ids when nothing matched.
     *
     * @param name an id, a name or the end of an id
     * @return the ids found, and suggestions when none was
     */
    public Lookup lookup(String name) {
        return Lookup.of(Objects.requireNonNull(name, "name"), latest);
    }

    /**
     * {@return the latest version of a persona with what it {@code extends} merged in, ancestors first (see {@link
     * org.persona4j.Personas#compose})} A missing ancestor or a cycle is an error diagnostic that shows the chain
     * ({@code a → b → a}); the persona is still resolved as far as the chain allows.
     *
     * @param id the persona's id
     */
    public ReadResult resolve(String id) {
        Optional<Persona> start = find(id);
        if (start.isEmpty()) {
            return new ReadResult(
                    null,
                    List.of(DiagnosticCodes.EXTENDS_MISSING.at(
                            "catalog", SourceSpan.FILE, lookup(id).message())));
        }
        return resolve(start.get());
    }

    /**
     * {@return a persona (from this catalog or read elsewhere) with what it {@code extends} merged in from this
     * catalog; the result's diagnostics are those of the chain (missing parents, cycles), not the persona's own}
     *
     * @param persona the persona to resolve
     */
    public ReadResult resolve(Persona persona) {
        List<Diagnostic> found = new ArrayList<>();
        List<Persona> lineage = lineage(persona, found);
        Persona merged = lineage.get(lineage.size() - 1);
        for (int i = lineage.size() - 2; i >= 0; i--) {
            merged = org.persona4j.Personas.compose(merged, lineage.get(i));
        }
        return new ReadResult(merged, found);
    }

    /**
     * {@return where each section of a persona comes from when it {@code extends} others in this catalog: each section
     * of the resolved persona inherited, overridden, appended or added, with its file and line, and the ancestors'
     * sections it masks} A persona that extends nothing has only added sections.
     *
     * @param persona the persona, from this catalog or read elsewhere
     */
    public LayerReport layers(Persona persona) {
        List<Diagnostic> found = new ArrayList<>();
        List<Persona> lineage = lineage(persona, found);
        return new LayerReport(resolve(persona).persona(), lineage, org.persona4j.internal.Layers.of(lineage), found);
    }

    /** The persona and its ancestors, nearest first, as far as the chain can be followed. */
    private List<Persona> lineage(Persona persona, List<Diagnostic> found) {
        return Lineage.of(persona, this::find, id -> lookup(id).suggestionText(), found);
    }

    /**
     * {@return every version of a persona, newest first (a view, as {@link #personas()})}
     *
     * @param id the persona's id
     */
    public List<Persona> versions(String id) {
        return personas(versions.getOrDefault(id, List.of()));
    }

    /** {@return what loading found: overrides, duplicates, skipped files, files that are not personas} */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /**
     * {@return the files that failed to load (or failed on the last reload and kept their previous version), and why}
     */
    public Map<String, List<Diagnostic>> failures() {
        return failures;
    }

    /** {@return a query over this snapshot; queries are immutable, so they can be kept and reused} */
    public PersonaQuery query() {
        return new PersonaQuery(this);
    }

    /**
     * {@return the ten personas most relevant to the text, best first (BM25; see {@link SearchHit#explain()})}
     *
     * @param text free text, such as a task description
     */
    public List<SearchHit> search(String text) {
        return search(text, 10);
    }

    /**
     * {@return the {@code limit} personas most relevant to the text, best first}
     *
     * @param text  free text, such as a task description
     * @param limit the most hits to return
     */
    public List<SearchHit> search(String text, int limit) {
        return query().text(text).limit(Math.max(0, limit)).hits();
    }

    /**
     * {@return a new snapshot from the same roots, read as configured when this catalog was built} A file that fails to
     * read now but read before keeps its previous version, and the failure is reported in {@link #failures()}; so does
     * a file that looks half-written: changed while it was read, changed less than the {@linkplain Builder#settleTime
     * settle time} ago, emptied, or stripped of its front matter. A changed file is served only once it has read the
     * same for the settle time: the reload that first sees a change holds it back (a {@code catalog.torn-read}
     * failure), and a reload the settle time later that reads the same bytes serves it.
     *
     * @throws IOException when a root cannot be listed
     */
    public PersonaCatalog reload() throws IOException {
        return new PersonaCatalog(config, CatalogLoader.load(config, bySource, pending));
    }

    List<CatalogEntry> entries() {
        return latest;
    }

    /** The indexes of this snapshot, each built at its first use. */
    Indexes indexes() {
        return indexes;
    }

    private static List<Persona> personas(List<CatalogEntry> entries) {
        return new AbstractList<>() {
            @Override
            public Persona get(int index) {
                return entries.get(index).persona();
            }

            @Override
            public int size() {
                return entries.size();
            }
        };
    }

    /**
     * Builds and loads a catalog. Roots are read in the order added; later ones take precedence. The builder is
     * mutable and not thread-safe; {@link #build()} captures its configuration, so changing the builder afterwards
     * changes nothing a catalog or its reloads see.
     */
    public static final class Builder extends CatalogSources {

        private Builder() {}

        @Override
        Builder self() {
            return this;
        }

        /**
         * Loads the catalog, reading files in parallel.
         *
         * @return the catalog
         * @throws IOException when a root cannot be listed (a file that cannot be read is a diagnostic instead)
         */
        public PersonaCatalog build() throws IOException {
            PersonaFiles.Builder files = PersonaFiles.builder()
                    .followLinks(followLinks)
                    .gitignore(gitignore)
                    .maxFiles(maxFiles);
            include.forEach(files::include);
            if (!exclude.isEmpty()) {
                files.ignore(exclude.toArray(new String[0]));
            }
            PersonaReader r = reader != null
                    ? reader
                    : PersonaReader.builder().options(options).build();
            org.persona4j.spi.EmbeddingProvider model = discoverEmbeddings
                    ? java.util.ServiceLoader.load(org.persona4j.spi.EmbeddingProvider.class, loader).stream()
                            .map(java.util.ServiceLoader.Provider::get)
                            .findFirst()
                            .orElse(null)
                    : embeddings;
            CatalogLoader.Config config =
                    new CatalogLoader.Config(roots, files.build(), r, loader, settle, model, new DenseIndex.Vectors());
            return new PersonaCatalog(config, CatalogLoader.load(config, Map.of()));
        }
    }
}
