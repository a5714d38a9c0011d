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
import org.persona4j.internal.files.FileBytes;
import org.persona4j.spi.SourceInput;

/**
 * Loads the entries of a catalog from its configuration: every root through the one discovery
 * ({@link PersonaFiles}) and the one read path ({@link ReadCore}), heads only, in parallel.
 */
public final class CatalogLoader {

    /** One root: a directory, a class-path folder, a file, or an in-memory persona. */
    public record Root(Path dir, String prefix, String id, String markdown, Path file, Glob only) {
        public Root(Path dir, String prefix, String id, String markdown, Path file) {
            this(dir, prefix, id, markdown, file, null);
        }

        /** Whether a file found under this root is one of its files: all, or those its glob matches. */
        boolean holds(PersonaFile found) {
            if (only == null) {
                return true;
            }
            String rel = dir != null
                    ? dir.relativize(found.path())
                            .toString()
                            .replace(found.path().getFileSystem().getSeparator(), "/")
                    : found.label().substring(Math.min(found.label().length(), ("classpath:" + prefix + "/").length()));
            return only.matches(rel);
        }
    }

    /**
     * A catalog's configuration, captured immutably when it is built, so that a snapshot and its reloads always
     * read the same roots the same way.
     */
    public record Config(
            List<Root> roots,
            PersonaFiles files,
            PersonaReader reader,
            ClassLoader loader,
            java.time.Duration settle,
            org.persona4j.spi.EmbeddingProvider embeddings,
            DenseIndex.Vectors vectors) {
        public Config {
            roots = List.copyOf(roots);
        }
    }

    /** What loading found, and the changed files it holds back until they read the same for the settle time. */
    public record Loaded(
            List<CatalogEntry> entries,
            List<Diagnostic> diagnostics,
            Map<String, List<Diagnostic>> failures,
            Map<String, Pending> pending) {
        public Loaded(
                List<CatalogEntry> entries, List<Diagnostic> diagnostics, Map<String, List<Diagnostic>> failures) {
            this(entries, diagnostics, failures, Map.of());
        }
    }

    /**
     * A changed file not served yet: the hash of what it read and when that was first read. It is served once a later
     * reload, the settle time after, reads the same.
     */
    public record Pending(String sha256, long firstSeenNanos) {}

    /** Fewer files than this are read on the calling thread. */
    private static final int PARALLEL_FROM = 16;

    private CatalogLoader() {}

    /**
     * Loads every root; later roots override earlier ones by id.
     *
     * @param previous the previous snapshot's entries by label, whose entry a file keeps when it no longer reads
     * @throws IOException when a root cannot be listed
     */
    public static Loaded load(Config config, Map<String, CatalogEntry> previous) throws IOException {
        return load(config, previous, Map.of());
    }

    /**
     * Loads every root; later roots override earlier ones by id.
     *
     * @param previous the previous snapshot's entries by label, whose entry a file keeps when it no longer reads
     * @param pending  the changes the previous snapshot held back
     * @throws IOException when a root cannot be listed
     */
    public static Loaded load(Config config, Map<String, CatalogEntry> previous, Map<String, Pending> pending)
            throws IOException {
        java.util.concurrent.ConcurrentMap<String, Pending> seen = new java.util.concurrent.ConcurrentHashMap<>();
        Reload reload = new Reload(previous, pending, seen);
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, List<Diagnostic>> failures = new TreeMap<>();
        Map<String, CatalogEntry> chosen = new LinkedHashMap<>(); // id@version -> entry
        Map<String, Integer> rootOf = new HashMap<>();
        for (int r = 0; r < config.roots().size(); r++) {
            List<CatalogEntry> read = read(config, config.roots().get(r), diagnostics, failures, reload);
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
                    diagnostics.add(DiagnosticCodes.CATALOG_OVERRIDE.at(
                            p.source().label(),
                            SourceSpan.FILE,
                            "'" + p.id() + "' from " + p.source().label() + " overrides "
                                    + String.join(", ", replaced)));
                }
                CatalogEntry same = chosen.get(key);
                if (same != null) {
                    diagnostics.add(DiagnosticCodes.CATALOG_DUPLICATE_ID.at(
                            p.source().label(),
                            SourceSpan.FILE,
                            "id '" + p.id() + "'"
                                    + p.metadata()
                                            .version()
                                            .map(v -> " version " + v)
                                            .orElse("")
                                    + " is also used by " + same.source().label() + ", which is kept; give this "
                                    + "file another id or version"));
                    continue;
                }
                chosen.put(key, p);
                rootOf.put(p.id(), r);
            }
        }
        java.util.Set<CatalogEntry> shadowing = IdShadowing.shadowing(chosen.values(), diagnostics);
        chosen.values().removeIf(shadowing::contains);
        return new Loaded(new ArrayList<>(chosen.values()), diagnostics, failures, Map.copyOf(seen));
    }

    /** A reload's view of the snapshot before it: its entries, the changes it held back, and those held now. */
    private record Reload(
            Map<String, CatalogEntry> previous,
            Map<String, Pending> pending,
            java.util.concurrent.ConcurrentMap<String, Pending> seen) {
        CatalogEntry get(String label) {
            return previous.get(label);
        }
    }

    /**
     * The outcome of reading one file: an entry, or the findings that kept it out.
     *
     * @param torn {@code true} when the file kept changing while it was read
     */
    private record Outcome(String label, CatalogEntry entry, List<Diagnostic> findings, boolean torn) {
        Outcome(String label, CatalogEntry entry, List<Diagnostic> findings) {
            this(label, entry, findings, false);
        }
    }

    private static List<CatalogEntry> read(
            Config config,
            Root root,
            List<Diagnostic> diagnostics,
            Map<String, List<Diagnostic>> failures,
            Reload reload)
            throws IOException {
        Map<String, CatalogEntry> previous = reload.previous();
        if (root.id() != null) {
            String label = "memory:" + root.id();
            byte[] bytes = root.markdown().getBytes(StandardCharsets.UTF_8);
            return keep(
                    readHeads(config, new SourceInput(label, null, root.id(), bytes), true),
                    diagnostics,
                    failures,
                    previous);
        }
        if (root.file() != null) {
            Path f = root.file();
            String name = String.valueOf(f.getFileName());
            PersonaFile file = new PersonaFile(
                    f, f.toString(), name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name, true);
            return keep(readOne(config, file, reload), diagnostics, failures, previous);
        }
        PersonaFiles.Found found = root.dir() != null
                ? config.files().directory(root.dir())
                : config.files().classpath(config.loader(), root.prefix());
        diagnostics.addAll(found.diagnostics());
        List<PersonaFile> files = found.files().stream().filter(root::holds).toList();
        List<?>[] outcomes = new List<?>[files.size()];
        IntStream range = IntStream.range(0, files.size());
        // A handful of files is read faster than a thread pool starts.
        (files.size() < PARALLEL_FROM ? range : range.parallel())
                .forEach(i -> outcomes[i] = readOne(config, files.get(i), reload));
        List<Outcome> all = new ArrayList<>(files.size());
        for (List<?> o : outcomes) {
            for (Object one : o) {
                all.add((Outcome) one);
            }
        }
        return keep(all, diagnostics, failures, previous);
    }

    /**
     * Whether a changed file has read the same for the settle time: a writer that pauses longer than that mid-file
     * leaves a part that looks finished (its time no longer moves), so a change is served only once two reloads the
     * settle time apart read the same bytes. A zero settle time serves every change at once.
     */
    private static boolean settled(Config config, Reload reload, String label, CatalogEntry read) {
        if (config.settle().isZero()) {
            return true;
        }
        String sha = read.source().sha256();
        long now = System.nanoTime();
        Pending was = reload.pending().get(label);
        if (was != null && was.sha256().equals(sha)) {
            if (now - was.firstSeenNanos() >= config.settle().toNanos()) {
                return true;
            }
            reload.seen().put(label, was);
            return false;
        }
        reload.seen().put(label, new Pending(sha, now));
        return false;
    }

    /**
     * Whether a file was modified less than the settle time ago. A writer that truncates a file and writes it in
     * parts leaves pauses in which a read sees a complete-looking part, with a size and time that do not change
     * while it is read; only the time since the last write tells such a file from a finished one.
     */
    private static boolean modifiedMomentsAgo(
            java.nio.file.attribute.BasicFileAttributes attributes, java.time.Duration settle) {
        long age = System.currentTimeMillis() - attributes.lastModifiedTime().toMillis();
        return age >= -1000 && age < settle.toMillis(); // a time far in the future is a skewed clock, not a write
    }

    /**
     * Reads one file. On a reload (a previous version exists) a file modified less than the settle time ago
     * keeps its previous version for now, and the file must not change while it is read: its size and modification
     * time are compared after the read, and a file that changed is read once more; one that changed again is torn,
     * and its previous version stays.
     */
    private static List<Outcome> readOne(Config config, PersonaFile f, Reload reload) {
        CatalogEntry before = reload.get(f.label());
        try {
            ReadCore.Loaded loaded =
                    ReadCore.load(f.path(), f.label(), config.reader().options());
            if (before != null && loaded.failure() == null && !FileBytes.unchangedSince(f.path(), loaded.before())) {
                loaded = ReadCore.load(f.path(), f.label(), config.reader().options());
                if (loaded.failure() == null && !FileBytes.unchangedSince(f.path(), loaded.before())) {
                    return heldBack(f, "the file changed while it was read, twice; its previous version is kept");
                }
            }
            if (loaded.failure() != null) {
                return List.of(new Outcome(f.label(), null, List.of(loaded.failure())));
            }
            List<Outcome> read = readHeads(config, ReadCore.input(f, loaded.bytes()), f.named());
            Outcome first = read.get(0);
            boolean same = first.entry() != null
                    && before != null
                    && first.entry().source().sha256().equals(before.source().sha256());
            if (before != null
                    && !same
                    && first.entry() != null
                    && !settled(config, reload, f.label(), first.entry())) {
                return heldBack(
                        f,
                        "the file changed since the last reload and is served once it has read the same for "
                                + config.settle().toMillis() + " ms; its previous version is kept until then");
            }
            if (before != null && !same && modifiedMomentsAgo(loaded.before(), config.settle())) {
                return heldBack(
                        f,
                        "the file was changed moments ago and may still be being written; its previous version is "
                                + "kept until a later reload");
            }
            return read;
        } catch (IOException e) {
            return List.of(new Outcome(
                    f.label(),
                    null,
                    List.of(DiagnosticCodes.FILE_UNREADABLE.at(
                            f.label(), SourceSpan.FILE, "cannot be read: " + e.getMessage()))));
        }
    }

    /** A changed file held back: its previous version stays, with a {@code catalog.torn-read} finding saying why. */
    private static List<Outcome> heldBack(PersonaFile f, String why) {
        return List.of(new Outcome(
                f.label(), null, List.of(DiagnosticCodes.CATALOG_TORN_READ.at(f.label(), SourceSpan.FILE, why)), true));
    }

    /** One outcome per persona of the file: one for most files, one per agent of a CrewAI agents.yaml. */
    private static List<Outcome> readHeads(Config config, SourceInput input, boolean named) {
        List<Outcome> out = new ArrayList<>();
        for (ReadCore.Head h : ReadCore.readHeads(
                config.reader().parsers(), input, config.reader().options(), named)) {
            if (h.rejected() != null) {
                out.add(new Outcome(input.label(), null, List.of(h.rejected())));
                continue;
            }
            CatalogEntry entry = h.body() != null
                    ? CatalogEntry.parsed(
                            h.head(), input.bytes(), h.body(), config.reader().options())
                    : CatalogEntry.lazy(
                            h.head(), input.bytes(), h.parser(), config.reader().options());
            out.add(new Outcome(entry.key(), entry, h.head().diagnostics()));
        }
        return out;
    }

    /**
     * Why a file read on reload looks half-written rather than edited: it changed while it was read, it lost its
     * front matter, or it stopped being a persona (emptied) since its last good version; {@code null} when not.
     */
    private static String torn(Outcome o, CatalogEntry last, boolean errors) {
        if (last == null) {
            return null;
        }
        if (o.torn()) {
            return "the file changed while it was read, twice; its previous version is kept";
        }
        // A front matter moved down or indented is an edit to report (front-matter.misplaced), not a half-written file.
        if (o.entry() != null
                && last.hasFrontMatter()
                && !o.entry().hasFrontMatter()
                && !DiagnosticCodes.FRONT_MATTER_MISPLACED.isIn(o.findings())) {
            return "the file lost its front matter since its last good version, as a file being rewritten does; "
                    + "its previous version is kept";
        }
        if (o.entry() == null && !errors) {
            return "the file is no longer a persona (empty, or without front matter and persona sections) since its "
                    + "last good version; its previous version is kept";
        }
        return null;
    }

    /**
     * The entries that read cleanly, or their previous version when they did not. A file that is not a persona is
     * reported once and is no failure.
     */
    private static List<CatalogEntry> keep(
            List<Outcome> outcomes,
            List<Diagnostic> diagnostics,
            Map<String, List<Diagnostic>> failures,
            Map<String, CatalogEntry> previous) {
        List<CatalogEntry> out = new ArrayList<>();
        for (Outcome o : outcomes) {
            boolean errors = false;
            for (Diagnostic d : o.findings()) {
                errors |= d.isError();
            }
            CatalogEntry last = previous.get(o.label());
            String torn = torn(o, last, errors);
            if (torn != null) {
                out.add(last);
                failures.put(
                        o.label(), List.of(DiagnosticCodes.CATALOG_TORN_READ.at(o.label(), SourceSpan.FILE, torn)));
                continue;
            }
            if (o.entry() != null && !errors) {
                out.add(o.entry());
                continue;
            }
            if (o.entry() == null && !errors) {
                diagnostics.addAll(o.findings()); // not a persona: information, not a failure
                continue;
            }
            List<Diagnostic> why = new ArrayList<>(
                    o.findings().stream().filter(Diagnostic::isError).toList());
            CatalogEntry before = previous.get(o.label());
            if (before != null) {
                out.add(before);
                why.add(DiagnosticCodes.CATALOG_FAILED.at(
                        o.label(), SourceSpan.FILE, "the file no longer reads; " + "its previous version is kept"));
            }
            failures.put(o.label(), List.copyOf(why));
        }
        return out;
    }
}
