package org.persona4j.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.persona4j.Diagnostic;
import org.persona4j.Persona;
import org.persona4j.Personas;
import org.persona4j.ReadOptions;
import org.persona4j.ReadResult;
import org.persona4j.Severity;
import org.persona4j.SourceSpan;
import org.persona4j.internal.catalog.CatalogSources;
import org.persona4j.internal.catalog.Glob;
import org.persona4j.internal.catalog.SearchIndex;
import org.persona4j.internal.catalog.TermIndex;
import org.persona4j.internal.catalog.Versions;

/**
 * An immutable snapshot of personas loaded from one or more roots: directories, class-path folders and in-memory
 * sources. Roots added later take precedence: a persona there replaces every version of the same id from earlier
 * roots, and the override is reported. Within a root, several versions of an id coexist and {@link #find} returns
 * the latest by semantic version. Files that cannot be read become diagnostics; the rest load. Bodies are parsed
 * lazily, on first access, so loading costs little more than reading the files.
 *
 * <pre>{@code
 * PersonaCatalog catalog = PersonaCatalog.builder().classpath("personas").directory(Path.of("personas")).build();
 * List<Persona> fits = catalog.query().keyword("kafka").appliesTo(Path.of("src/Main.java")).limit(5).list();
 * List<SearchHit> hits = catalog.search("my API is slow under high load");
 * }</pre>
 *
 * <p>Thread-safe. {@link #reload()} builds a new snapshot; this one never changes.
 */
public final class PersonaCatalog {

    /** A later root replaced personas with the same id. */
    public static final String OVERRIDE = "catalog.override";
    /** Two files of one root have the same id and version; the first in path order is kept. */
    public static final String DUPLICATE_ID = "catalog.duplicate-id";
    /** {@code extends} names a persona the catalog does not have. */
    public static final String EXTENDS_MISSING = "persona.extends-missing";
    /** {@code extends} leads back to a persona already in the chain. */
    public static final String EXTENDS_CYCLE = "persona.extends-cycle";
    /** A file failed to read; on reload its previous version is kept. */
    public static final String FAILED = "catalog.failed";

    private final Builder config;
    private final List<Persona> latest;
    private final Map<String, List<Persona>> versions;
    private final List<Diagnostic> diagnostics;
    private final Map<String, List<Diagnostic>> failures;
    private final Map<String, Persona> bySource;
    private volatile TermIndex keywordIndex;
    private volatile TermIndex capabilityIndex;
    private volatile TermIndex agentModeIndex;
    private volatile SearchIndex searchIndex;

    private PersonaCatalog(Builder config, List<Persona> loaded, List<Diagnostic> diagnostics,
            Map<String, List<Diagnostic>> failures) {
        this.config = config;
        Map<String, List<Persona>> byId = new TreeMap<>();
        Map<String, Persona> sources = new HashMap<>();
        for (Persona p : loaded) {
            byId.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(p);
            sources.put(p.source().label(), p);
        }
        Map<String, List<Persona>> sorted = new LinkedHashMap<>();
        List<Persona> newest = new ArrayList<>();
        for (Map.Entry<String, List<Persona>> e : byId.entrySet()) {
            List<Persona> vs = new ArrayList<>(e.getValue());
            vs.sort(Comparator.comparing((Persona p) -> p.metadata().version().orElse(null), Versions.ORDER)
                    .reversed());
            sorted.put(e.getKey(), List.copyOf(vs));
            newest.add(vs.get(0));
        }
        this.latest = List.copyOf(newest);
        this.versions = java.util.Collections.unmodifiableMap(sorted);
        this.diagnostics = List.copyOf(diagnostics);
        this.failures = java.util.Collections.unmodifiableMap(new TreeMap<>(failures));
        this.bySource = Map.copyOf(sources);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The latest version of every persona, ordered by id. */
    public List<Persona> personas() {
        return latest;
    }

    public int size() {
        return latest.size();
    }

    /** The latest version of a persona. */
    public Optional<Persona> find(String id) {
        List<Persona> vs = versions.get(id);
        return vs == null ? Optional.empty() : Optional.of(vs.get(0));
    }

    /** A given version of a persona. */
    public Optional<Persona> find(String id, String version) {
        return versions(id).stream().filter(p -> p.metadata().version().filter(version::equals).isPresent())
                .findFirst();
    }

    /**
     * The latest version of a persona.
     *
     * @throws java.util.NoSuchElementException naming the id and the closest ids there are
     */
    public Persona expect(String id) {
        return find(id).orElseThrow(() -> new java.util.NoSuchElementException("no persona with id '" + id
                + "' among " + size() + closestIds(id)));
    }

    /**
     * The latest version of a persona with what it {@code extends} merged in, ancestors first (see
     * {@link org.persona4j.Personas#compose}). A missing ancestor or a cycle is an error diagnostic that shows the
     * chain ({@code a → b → a}); the persona is still resolved as far as the chain allows.
     */
    public ReadResult resolve(String id) {
        Optional<Persona> start = find(id);
        if (start.isEmpty()) {
            return new ReadResult(null, List.of(new Diagnostic(Severity.ERROR, EXTENDS_MISSING, "no persona with id '"
                    + id + "'" + closestIds(id), "catalog", SourceSpan.FILE)));
        }
        List<Persona> lineage = new ArrayList<>(List.of(start.get()));
        List<String> chain = new ArrayList<>(List.of(id));
        List<Diagnostic> found = new ArrayList<>();
        Persona current = start.get();
        while (current.metadata().extraText("extends").filter(s -> !s.isBlank()).isPresent()) {
            String parentId = current.metadata().extraText("extends").get().strip();
            SourceSpan at = current.metadata().span("extends").orElse(SourceSpan.FILE);
            if (chain.contains(parentId)) {
                chain.add(parentId);
                found.add(new Diagnostic(Severity.ERROR, EXTENDS_CYCLE, "'extends' makes a cycle: "
                        + String.join(" → ", chain) + "; break it", current.source().label(), at));
                break;
            }
            chain.add(parentId);
            Optional<Persona> parent = find(parentId);
            if (parent.isEmpty()) {
                found.add(new Diagnostic(Severity.ERROR, EXTENDS_MISSING, "'extends' names '" + parentId
                        + "', which is not in the catalog (" + String.join(" → ", chain) + ")" + closestIds(parentId),
                        current.source().label(), at));
                break;
            }
            current = parent.get();
            lineage.add(current);
        }
        Persona merged = lineage.get(lineage.size() - 1);
        for (int i = lineage.size() - 2; i >= 0; i--) {
            merged = org.persona4j.Personas.compose(merged, lineage.get(i));
        }
        return new ReadResult(merged, found);
    }

    /** Every version of a persona, newest first. */
    public List<Persona> versions(String id) {
        return versions.getOrDefault(id, List.of());
    }

    /** What loading found: overrides, duplicates, skipped files, and the files that failed. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The files that failed to load (or failed on the last reload and kept their previous version), and why. */
    public Map<String, List<Diagnostic>> failures() {
        return failures;
    }

    /** A query over this snapshot; queries are immutable, so they can be kept and reused. */
    public PersonaQuery query() {
        return new PersonaQuery(this, List.of(), null, Integer.MAX_VALUE);
    }

    /** The ten personas most relevant to the text, best first (BM25; see {@link SearchHit#explain()}). */
    public List<SearchHit> search(String text) {
        return search(text, 10);
    }

    /** The {@code limit} personas most relevant to the text, best first. */
    public List<SearchHit> search(String text, int limit) {
        SearchIndex index = searchIndex;
        if (index == null) {
            synchronized (this) {
                index = searchIndex;
                if (index == null) {
                    index = new SearchIndex(latest);
                    searchIndex = index;
                }
            }
        }
        return index.search(Objects.requireNonNull(text, "text"), Math.max(0, limit));
    }

    /**
     * A new snapshot from the same roots. A file that fails to read now but read before keeps its previous version,
     * and the failure is reported in {@link #failures()}.
     *
     * @throws IOException when a root cannot be listed
     */
    public PersonaCatalog reload() throws IOException {
        return config.load(this);
    }

    TermIndex keywordIndex() {
        TermIndex index = keywordIndex;
        if (index == null) {
            index = TermIndex.build(latest, p -> p.metadata().keywords());
            keywordIndex = index;
        }
        return index;
    }

    TermIndex agentModeIndex() {
        TermIndex index = agentModeIndex;
        if (index == null) {
            index = TermIndex.build(latest, p -> p.metadata().agentMode().map(List::of).orElse(List.of()));
            agentModeIndex = index;
        }
        return index;
    }

    /** Built on first use: it parses every body. */
    TermIndex capabilityIndex() {
        TermIndex index = capabilityIndex;
        if (index == null) {
            synchronized (this) {
                index = capabilityIndex;
                if (index == null) {
                    latest.parallelStream().forEach(Persona::body);
                    index = TermIndex.build(latest, p -> p.capabilities().stream()
                            .flatMap(g -> java.util.stream.Stream.concat(java.util.stream.Stream.of(g.category()),
                                    g.items().stream())).toList());
                    capabilityIndex = index;
                }
            }
        }
        return index;
    }

    private String closestIds(String id) {
        String wanted = org.persona4j.internal.catalog.Words.normalise(id);
        List<String> close = versions.keySet().stream()
                .filter(k -> org.persona4j.internal.catalog.Words.normalise(k).contains(wanted)
                        || wanted.contains(org.persona4j.internal.catalog.Words.normalise(
                                k.substring(k.lastIndexOf('/') + 1))))
                .limit(5).toList();
        return close.isEmpty() ? "" : "; close: " + String.join(", ", close);
    }

    /** Builds and loads a catalog. Roots are read in the order added; later ones take precedence. */
    public static final class Builder {
        private final List<Root> roots = new ArrayList<>();
        private final List<Glob> include = new ArrayList<>();
        private final List<Glob> exclude = new ArrayList<>();
        private boolean followLinks;
        private int maxFiles = 100_000;
        private ReadOptions options = ReadOptions.builder().lazyBody(true).build();
        private ClassLoader loader = PersonaCatalog.class.getClassLoader();

        private Builder() {
        }

        /** A directory, searched recursively for {@code .md} files; ids are paths relative to it. */
        public Builder directory(Path dir) {
            roots.add(new Root(Objects.requireNonNull(dir, "dir"), null, null, null));
            return this;
        }

        /** A class-path folder (in a directory or a jar), such as {@code personas}; ids are paths below it. */
        public Builder classpath(String prefix) {
            roots.add(new Root(null, Objects.requireNonNull(prefix, "prefix"), null, null));
            return this;
        }

        /** The class loader for class-path roots (default: this library's). */
        public Builder classLoader(ClassLoader value) {
            this.loader = Objects.requireNonNull(value, "loader");
            return this;
        }

        /** A persona held in memory, as a root of its own. */
        public Builder source(String id, String markdown) {
            roots.add(new Root(null, null, Objects.requireNonNull(id, "id"), Objects.requireNonNull(markdown,
                    "markdown")));
            return this;
        }

        /** Only files whose root-relative path matches one of these globs (default: all). */
        public Builder include(String glob) {
            include.add(Glob.compile(glob));
            return this;
        }

        /** No files whose root-relative path matches this glob. */
        public Builder exclude(String glob) {
            exclude.add(Glob.compile(glob));
            return this;
        }

        /** Follow symbolic links, to targets inside the root only (default: links are skipped and reported). */
        public Builder followLinks(boolean value) {
            this.followLinks = value;
            return this;
        }

        /** The most files one root may hold (default 100,000). */
        public Builder maxFiles(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxFiles must be positive");
            }
            this.maxFiles = value;
            return this;
        }

        /** Reading limits; bodies are always read lazily. */
        public Builder readOptions(ReadOptions value) {
            this.options = Objects.requireNonNull(value, "options").toBuilder().lazyBody(true).build();
            return this;
        }

        /**
         * Loads the catalog, reading files in parallel.
         *
         * @throws IOException when a root cannot be listed (a file that cannot be read is a diagnostic instead)
         */
        public PersonaCatalog build() throws IOException {
            return load(null);
        }

        private PersonaCatalog load(PersonaCatalog previous) throws IOException {
            List<Diagnostic> diagnostics = new ArrayList<>();
            Map<String, List<Diagnostic>> failures = new TreeMap<>();
            Map<String, Persona> chosen = new LinkedHashMap<>(); // id@version -> persona
            Map<String, Integer> rootOf = new HashMap<>();
            for (int r = 0; r < roots.size(); r++) {
                List<Persona> read = read(roots.get(r), diagnostics, failures, previous);
                Map<String, Boolean> overridden = new HashMap<>();
                for (Persona p : read) {
                    String key = p.id() + "@" + p.metadata().version().orElse("");
                    Integer earlierRoot = rootOf.get(p.id());
                    if (earlierRoot != null && earlierRoot < r && overridden.putIfAbsent(p.id(), true) == null) {
                        List<String> replaced = new ArrayList<>();
                        chosen.entrySet().removeIf(e -> {
                            boolean same = e.getValue().id().equals(p.id());
                            if (same) {
                                replaced.add(e.getValue().source().label());
                            }
                            return same;
                        });
                        diagnostics.add(new Diagnostic(Severity.INFO, OVERRIDE, "'" + p.id() + "' from "
                                + p.source().label() + " overrides " + String.join(", ", replaced),
                                p.source().label(), SourceSpan.FILE));
                    }
                    Persona same = chosen.get(key);
                    if (same != null) {
                        diagnostics.add(new Diagnostic(Severity.WARNING, DUPLICATE_ID, "id '" + p.id() + "'"
                                + p.metadata().version().map(v -> " version " + v).orElse("")
                                + " is also used by " + same.source().label() + ", which is kept; give this file "
                                + "another id or version", p.source().label(), SourceSpan.FILE));
                        continue;
                    }
                    chosen.put(key, p);
                    rootOf.put(p.id(), r);
                }
            }
            return new PersonaCatalog(this, new ArrayList<>(chosen.values()), diagnostics, failures);
        }

        private List<Persona> read(Root root, List<Diagnostic> diagnostics, Map<String, List<Diagnostic>> failures,
                PersonaCatalog previous) throws IOException {
            if (root.id() != null) {
                ReadResult r = Personas.parse(root.markdown().getBytes(StandardCharsets.UTF_8), "memory:" + root.id(),
                        root.id(), options);
                return keep(List.of(r), List.of("memory:" + root.id()), failures, previous);
            }
            List<CatalogSources.Found> files = root.dir() != null
                    ? CatalogSources.directory(root.dir(), include, exclude, followLinks, maxFiles, diagnostics)
                    : CatalogSources.classpath(loader, root.prefix(), maxFiles, diagnostics);
            ReadResult[] results = new ReadResult[files.size()];
            IntStream.range(0, files.size()).parallel().forEach(i -> results[i] = readOne(files.get(i)));
            return keep(List.of(results), files.stream().map(CatalogSources.Found::label).toList(), failures,
                    previous);
        }

        private ReadResult readOne(CatalogSources.Found f) {
            try {
                byte[] bytes = CatalogSources.readAtMost(f.path(),
                        (int) Math.min(Integer.MAX_VALUE - 8L, options.maxFileBytes() + 1L));
                return Personas.parse(bytes, f.label(), f.id(), options);
            } catch (IOException e) {
                return new ReadResult(null, List.of(new Diagnostic(Severity.ERROR, CatalogSources.UNREADABLE,
                        "cannot be read: " + e.getMessage(), f.label(), SourceSpan.FILE)));
            }
        }

        /** The personas that read cleanly, or their previous version when they did not. */
        private static List<Persona> keep(List<ReadResult> results, List<String> labels,
                Map<String, List<Diagnostic>> failures, PersonaCatalog previous) {
            List<Persona> out = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                ReadResult r = results.get(i);
                if (r.persona() != null && !r.hasErrors()) {
                    out.add(r.persona());
                    continue;
                }
                List<Diagnostic> why = new ArrayList<>(r.diagnostics().stream().filter(Diagnostic::isError).toList());
                Persona before = previous == null ? null : previous.bySource.get(labels.get(i));
                if (before != null) {
                    out.add(before);
                    why.add(new Diagnostic(Severity.WARNING, FAILED, "the file no longer reads; its previous "
                            + "version is kept", labels.get(i), SourceSpan.FILE));
                }
                failures.put(labels.get(i), List.copyOf(why));
            }
            return out;
        }
    }

    /** One root: a directory, a class-path folder, or an in-memory persona. */
    private record Root(Path dir, String prefix, String id, String markdown) {
    }
}
