package org.persona4j.internal.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.persona4j.Diagnostic;
import org.persona4j.DiagnosticCodes;
import org.persona4j.PersonaFile;
import org.persona4j.PersonaFiles;
import org.persona4j.PersonaReader;
import org.persona4j.SourceSpan;
import org.persona4j.internal.ReadCore;
import org.persona4j.spi.SourceInput;

/**
 * Loads the entries of a catalog from its configuration: every root through the one discovery
 * ({@link PersonaFiles}) and the one read path ({@link ReadCore}), heads only, in parallel.
 */
public final class CatalogLoader {

    /** One root: a directory, a class-path folder, a file, or an in-memory persona. */
    public record Root(Path dir, String prefix, String id, String markdown, Path file) {
    }

    /**
     * A catalog's configuration, captured immutably when it is built, so that a snapshot and its reloads always
     * read the same roots the same way.
     */
    public record Config(List<Root> roots, PersonaFiles files, PersonaReader reader, ClassLoader loader) {
        public Config {
            roots = List.copyOf(roots);
        }
    }

    /** What loading found. */
    public record Loaded(List<CatalogEntry> entries, List<Diagnostic> diagnostics,
            Map<String, List<Diagnostic>> failures) {
    }

    /** Fewer files than this are read on the calling thread. */
    private static final int PARALLEL_FROM = 16;

    private CatalogLoader() {
    }

    /**
     * Loads every root; later roots override earlier ones by id.
     *
     * @param previous the previous snapshot's entries by label, whose entry a file keeps when it no longer reads
     * @throws IOException when a root cannot be listed
     */
    public static Loaded load(Config config, Map<String, CatalogEntry> previous) throws IOException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, List<Diagnostic>> failures = new TreeMap<>();
        Map<String, CatalogEntry> chosen = new LinkedHashMap<>(); // id@version -> entry
        Map<String, Integer> rootOf = new HashMap<>();
        for (int r = 0; r < config.roots().size(); r++) {
            List<CatalogEntry> read = read(config, config.roots().get(r), diagnostics, failures, previous);
            Map<String, Boolean> overridden = new HashMap<>();
            for (CatalogEntry p : read) {
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
                    diagnostics.add(DiagnosticCodes.CATALOG_OVERRIDE.at(p.source().label(), SourceSpan.FILE,
                            "'" + p.id() + "' from " + p.source().label() + " overrides "
                                    + String.join(", ", replaced)));
                }
                CatalogEntry same = chosen.get(key);
                if (same != null) {
                    diagnostics.add(DiagnosticCodes.CATALOG_DUPLICATE_ID.at(p.source().label(), SourceSpan.FILE,
                            "id '" + p.id() + "'" + p.metadata().version().map(v -> " version " + v).orElse("")
                                    + " is also used by " + same.source().label() + ", which is kept; give this "
                                    + "file another id or version"));
                    continue;
                }
                chosen.put(key, p);
                rootOf.put(p.id(), r);
            }
        }
        return new Loaded(new ArrayList<>(chosen.values()), diagnostics, failures);
    }

    /** The outcome of reading one file: an entry, or the findings that kept it out. */
    private record Outcome(String label, CatalogEntry entry, List<Diagnostic> findings) {
    }

    private static List<CatalogEntry> read(Config config, Root root, List<Diagnostic> diagnostics,
            Map<String, List<Diagnostic>> failures, Map<String, CatalogEntry> previous) throws IOException {
        if (root.id() != null) {
            String label = "memory:" + root.id();
            byte[] bytes = root.markdown().getBytes(StandardCharsets.UTF_8);
            Outcome o = readHead(config, new SourceInput(label, null, root.id(), bytes), true);
            return keep(List.of(o), diagnostics, failures, previous);
        }
        if (root.file() != null) {
            Path f = root.file();
            String name = String.valueOf(f.getFileName());
            PersonaFile file = new PersonaFile(f, f.toString(), name.contains(".")
                    ? name.substring(0, name.lastIndexOf('.')) : name, true);
            return keep(List.of(readOne(config, file)), diagnostics, failures, previous);
        }
        PersonaFiles.Found found = root.dir() != null ? config.files().directory(root.dir())
                : config.files().classpath(config.loader(), root.prefix());
        diagnostics.addAll(found.diagnostics());
        List<PersonaFile> files = found.files();
        Outcome[] outcomes = new Outcome[files.size()];
        IntStream range = IntStream.range(0, files.size());
        // A handful of files is read faster than a thread pool starts.
        (files.size() < PARALLEL_FROM ? range : range.parallel()).forEach(i -> outcomes[i] = readOne(config,
                files.get(i)));
        return keep(List.of(outcomes), diagnostics, failures, previous);
    }

    private static Outcome readOne(Config config, PersonaFile f) {
        try {
            ReadCore.Loaded loaded = ReadCore.load(f.path(), f.label(), config.reader().options());
            if (loaded.failure() != null) {
                return new Outcome(f.label(), null, List.of(loaded.failure()));
            }
            return readHead(config, ReadCore.input(f, loaded.bytes()), f.named());
        } catch (IOException e) {
            return new Outcome(f.label(), null, List.of(DiagnosticCodes.FILE_UNREADABLE.at(f.label(),
                    SourceSpan.FILE, "cannot be read: " + e.getMessage())));
        }
    }

    private static Outcome readHead(Config config, SourceInput input, boolean named) {
        ReadCore.Head h = ReadCore.readHead(config.reader().parsers(), input, config.reader().options(), named);
        if (h.rejected() != null) {
            return new Outcome(input.label(), null, List.of(h.rejected()));
        }
        CatalogEntry entry = h.body() != null
                ? CatalogEntry.parsed(h.head(), input.bytes(), h.body(), config.reader().options())
                : CatalogEntry.lazy(h.head(), input.bytes(), h.parser(), config.reader().options());
        return new Outcome(input.label(), entry, h.head().diagnostics());
    }

    /**
     * The entries that read cleanly, or their previous version when they did not. A file that is not a persona is
     * reported once and is no failure.
     */
    private static List<CatalogEntry> keep(List<Outcome> outcomes, List<Diagnostic> diagnostics,
            Map<String, List<Diagnostic>> failures, Map<String, CatalogEntry> previous) {
        List<CatalogEntry> out = new ArrayList<>();
        for (Outcome o : outcomes) {
            boolean errors = false;
            for (Diagnostic d : o.findings()) {
                errors |= d.isError();
            }
            if (o.entry() != null && !errors) {
                out.add(o.entry());
                continue;
            }
            if (o.entry() == null && !errors) {
                diagnostics.addAll(o.findings()); // not a persona: information, not a failure
                continue;
            }
            List<Diagnostic> why = new ArrayList<>(o.findings().stream().filter(Diagnostic::isError).toList());
            CatalogEntry before = previous.get(o.label());
            if (before != null) {
                out.add(before);
                why.add(DiagnosticCodes.CATALOG_FAILED.at(o.label(), SourceSpan.FILE, "the file no longer reads; "
                        + "its previous version is kept"));
            }
            failures.put(o.label(), List.copyOf(why));
        }
        return out;
    }
}
