package org.persona4j.internal.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.persona4j.Diagnostic;
import org.persona4j.DiagnosticCodes;
import org.persona4j.PersonaFile;
import org.persona4j.PersonaFiles;
import org.persona4j.SourceSpan;
import org.persona4j.internal.catalog.Glob;

/**
 * The walk behind {@link PersonaFiles}: one per call, so it may keep state. Ignore rules are evaluated on absolute
 * {@code /}-separated paths, so that patterns from a configuration above the root, from the root itself and from
 * {@code .gitignore} files below it all compose.
 */
public final class Walker {

    /**
     * Patterns relative to {@code base}, or to each root when {@code base} is {@code null}; {@code trusted} when the
     * caller vouches for them (a configuration named on the command line), rather than the tree being walked holding
     * them (one found in it).
     */
    public record Patterns(Path base, List<String> lines, boolean trusted) {
        /** Trusted patterns. */
        public Patterns(Path base, List<String> lines) {
            this(base, lines, true);
        }
    }

    /** What left a file out, for {@link PersonaFiles.Found#ignored()}: untrusted configuration patterns. */
    public static final String BY_CONFIGURATION = "configuration";
    /** What left a file out, for {@link PersonaFiles.Found#ignored()}: a {@code .gitignore} file. */
    public static final String BY_GITIGNORE = ".gitignore";

    /** A file the walk visited, with the attributes it saw, ordered by path. */
    private record Candidate(Path path, BasicFileAttributes attributes) implements Comparable<Candidate> {
        @Override
        public int compareTo(Candidate other) {
            return path.compareTo(other.path);
        }
    }

    /** The largest {@code .gitignore} read; a larger one is reported and not used. */
    private static final int MAX_IGNORE_FILE = 64 * 1024;
    /** The most bytes of {@code .gitignore} files one walk reads in all; the files past it are reported, not used. */
    private static final int MAX_IGNORE_BYTES = 256 * 1024;

    private final List<Patterns> patterns;
    private final List<Glob> include;
    private final boolean gitignore;
    private final boolean followLinks;
    private final int maxFiles;
    private final boolean listIgnored;

    public Walker(List<Patterns> patterns, List<Glob> include, boolean gitignore, boolean followLinks, int maxFiles) {
        this(patterns, include, gitignore, followLinks, maxFiles, false);
    }

    /**
     * @param listIgnored whether files that untrusted patterns or {@code .gitignore} files leave out are listed in
     *                    {@link PersonaFiles.Found#ignored()} (their folders are then walked too) rather than dropped
     */
    public Walker(
            List<Patterns> patterns,
            List<Glob> include,
            boolean gitignore,
            boolean followLinks,
            int maxFiles,
            boolean listIgnored) {
        this.patterns = patterns;
        this.include = include;
        this.gitignore = gitignore;
        this.followLinks = followLinks;
        this.maxFiles = maxFiles;
        this.listIgnored = listIgnored;
    }

    /** The configured patterns of one trust, for a walk of {@code root} (absolute, normalised). */
    private IgnoreRules configured(Path root, boolean trusted) {
        IgnoreRules rules = IgnoreRules.none();
        for (Patterns p : patterns) {
            if (p.trusted() == trusted) {
                rules = rules.with(slashed(p.base() != null ? p.base() : root), p.lines());
            }
        }
        return rules;
    }

    /**
     * What leaves out a file named itself: {@code null} when nothing does; {@link #TRUSTED} for trusted patterns;
     * {@link #BY_CONFIGURATION} for untrusted ones.
     */
    public String ignoredOutsideWalk(Path parent, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path root = parent.toAbsolutePath().normalize();
        int trusted = configured(root, true).decide(slashed(abs), false);
        if (trusted >= 0) {
            return trusted == 1 ? TRUSTED : null;
        }
        return configured(root, false).decide(slashed(abs), false) == 1 ? BY_CONFIGURATION : null;
    }

    /** Trusted patterns left a file out: it is not read at all. */
    public static final String TRUSTED = "trusted";

    /** The persona files under a directory. */
    public PersonaFiles.Found directory(Path root) throws IOException {
        Path real = root.toRealPath();
        Path absRoot = root.toAbsolutePath().normalize();
        IgnoreRules trusted = configured(absRoot, true);
        IgnoreRules untrusted = configured(absRoot, false);
        IgnoreRules.Budget budget = new IgnoreRules.Budget(IgnoreRules.Budget.DEFAULT);
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        Map<Path, IgnoreRules> gitRules = new HashMap<>();
        // Folders that untrusted patterns leave out, walked all the same when ignored files are listed: what hid them.
        Map<Path, String> hidden = new HashMap<>();
        long[] ignoreBytes = {0};
        Set<FileVisitOption> options = followLinks ? Set.of(FileVisitOption.FOLLOW_LINKS) : Set.of();
        Files.walkFileTree(real, options, Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String rel = relative(real, dir);
                IgnoreRules inherited = dir.equals(real) ? IgnoreRules.none() : gitRules.get(dir.getParent());
                if (!rel.isEmpty()) {
                    String name = String.valueOf(dir.getFileName());
                    if (PersonaFiles.SKIPPED_FOLDERS.contains(name)) {
                        if (holdsPersonaFiles(dir)) {
                            String label = absRoot.resolve(rel).toString();
                            diagnostics.add(DiagnosticCodes.FILE_SKIPPED_FOLDER.at(
                                    label,
                                    SourceSpan.FILE,
                                    label
                                            + " holds persona files, but folders named "
                                            + String.join(", ", PersonaFiles.SKIPPED_FOLDERS)
                                            + " are never searched; name it to read them"));
                        }
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    String abs = slashed(absRoot) + "/" + rel;
                    if (trusted.decide(abs, true, budget) == 1) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    String by = hidden.get(dir.getParent());
                    if (by == null) {
                        by = untrustedDecision(untrusted, inherited, abs, true, budget);
                    }
                    if (by != null) {
                        if (!listIgnored) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        hidden.put(dir, by);
                    }
                }
                gitRules.put(
                        dir,
                        gitignore ? withGitignore(inherited, dir, absRoot, rel, diagnostics, ignoreBytes) : inherited);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                candidates.add(new Candidate(file, attrs));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                String label = absRoot.resolve(relative(real, file)).toString();
                diagnostics.add(skip(
                        label,
                        e instanceof FileSystemLoopException
                                ? "is a symbolic link loop; skipped"
                                : "cannot be read (" + e.getMessage() + "); skipped"));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                if (e != null) {
                    diagnostics.add(skip(dir.toString(), "cannot be listed (" + e.getMessage() + "); skipped"));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        candidates.sort(null);
        Bundles bundles = new Bundles(
                candidates.stream().map(c -> relative(real, c.path())).toList());
        boolean sameRoot = real.equals(root);
        List<PersonaFile> found = new ArrayList<>();
        List<PersonaFiles.Ignored> ignored = new ArrayList<>();
        for (Candidate c : candidates) {
            Path p = c.path();
            String rel = relative(real, p);
            if (!PersonaFiles.isPersonaFileName(rel) || bundles.isBundled(rel) || !included(rel)) {
                continue;
            }
            String abs = slashed(absRoot) + "/" + rel;
            int byTrusted = trusted.decide(abs, false, budget);
            if (byTrusted == 1) {
                continue;
            }
            String by = hidden.get(p.getParent());
            if (by == null && byTrusted < 0) {
                by = untrustedDecision(untrusted, gitRules.get(p.getParent()), abs, false, budget);
            }
            if (by != null && !listIgnored) {
                continue;
            }
            // The path as the caller named it: the walked one itself unless the root was reached through a link.
            Path resolved = sameRoot ? p : root.resolve(rel);
            String label = resolved.toString();
            BasicFileAttributes attrs = c.attributes();
            if (!followLinks && attrs.isSymbolicLink()) {
                diagnostics.add(skip(
                        label,
                        "is a symbolic link, which is not followed; enable following links, or " + "copy the file"));
                continue;
            }
            if (!attrs.isRegularFile()) {
                diagnostics.add(skip(label, "is not a regular file (a pipe, device or socket); skipped"));
                continue;
            }
            if (followLinks && !p.toRealPath().startsWith(real)) {
                diagnostics.add(skip(label, "resolves outside the root " + root + "; skipped"));
                continue;
            }
            if (found.size() + ignored.size() >= maxFiles) {
                diagnostics.add(DiagnosticCodes.FILE_TOO_MANY.at(
                        root.toString(),
                        SourceSpan.FILE,
                        "more than "
                                + maxFiles + " persona files under " + root
                                + "; the rest were not read. Raise maxFiles if "
                                + "this is intended"));
                break;
            }
            PersonaFile file = new PersonaFile(resolved, label, stem(rel), false);
            if (by != null) {
                ignored.add(new PersonaFiles.Ignored(file, by));
            } else {
                found.add(file);
            }
        }
        if (budget.exhausted()) {
            diagnostics.add(skip(
                    root.toString(),
                    "has ignore patterns that cost more to match than a walk may spend; past that point no pattern "
                            + "left a file out"));
        }
        if (untrusted.truncated()
                || trusted.truncated()
                || gitRules.values().stream().anyMatch(IgnoreRules::truncated)) {
            diagnostics.add(skip(
                    root.toString(),
                    "has more than " + IgnoreRules.MAX_RULES + " ignore patterns in all; the rest were not used"));
        }
        return new PersonaFiles.Found(found, diagnostics, ignored);
    }

    /**
     * What leaves a path out among the patterns the walked tree holds: its configuration's untrusted patterns first,
     * then its {@code .gitignore} files; {@code null} when neither does.
     */
    private static String untrustedDecision(
            IgnoreRules untrusted, IgnoreRules git, String abs, boolean directory, IgnoreRules.Budget budget) {
        int decision = untrusted.decide(abs, directory, budget);
        if (decision >= 0) {
            return decision == 1 ? BY_CONFIGURATION : null;
        }
        return git != null && git.decide(abs, directory, budget) == 1 ? BY_GITIGNORE : null;
    }

    /** How far a skipped folder is looked into to tell whether it holds persona files. */
    private static final int SKIPPED_LOOK_DEPTH = 3;

    private static final int SKIPPED_LOOK_ENTRIES = 2000;

    /** Whether a skipped folder holds persona files near its top: a bounded look, links not followed. */
    private static boolean holdsPersonaFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir, SKIPPED_LOOK_DEPTH)) {
            return walk.limit(SKIPPED_LOOK_ENTRIES)
                    .anyMatch(p -> PersonaFiles.isPersonaFileName(String.valueOf(p.getFileName()))
                            && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS));
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private static IgnoreRules withGitignore(
            IgnoreRules inherited, Path dir, Path absRoot, String rel, List<Diagnostic> diagnostics, long[] bytesRead) {
        Path file = dir.resolve(".gitignore");
        if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return inherited;
        }
        String label = (rel.isEmpty() ? absRoot : absRoot.resolve(rel))
                .resolve(".gitignore")
                .toString();
        try {
            long room = MAX_IGNORE_BYTES - bytesRead[0];
            if (room <= 0) {
                diagnostics.add(skip(
                        label,
                        "was not used: the walk read " + MAX_IGNORE_BYTES + " bytes of .gitignore files already"));
                return inherited;
            }
            byte[] bytes = FileBytes.read(file, MAX_IGNORE_FILE + 1).bytes();
            if (bytes.length > MAX_IGNORE_FILE) {
                diagnostics.add(
                        skip(label, "is larger than " + MAX_IGNORE_FILE + " bytes; its patterns were not " + "used"));
                return inherited;
            }
            bytesRead[0] += bytes.length;
            String base = slashed(absRoot) + (rel.isEmpty() ? "" : "/" + rel);
            return inherited.with(
                    base, new String(bytes, StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            diagnostics.add(skip(label, "cannot be read (" + e.getMessage() + "); its patterns were not used"));
            return inherited;
        }
    }

    /**
     * {@return a class-path folder without leading and trailing slashes ({@code /personas/} is {@code personas})}
     *
     * @param prefix the folder as given
     */
    public static String classpathFolder(String prefix) {
        String folder = prefix.strip();
        int from = 0;
        int to = folder.length();
        while (from < to && folder.charAt(from) == '/') {
            from++;
        }
        while (to > from && folder.charAt(to - 1) == '/') {
            to--;
        }
        return folder.substring(from, to);
    }

    /** The persona files under a class-path folder, from directories and jars alike, in path order. */
    public PersonaFiles.Found classpath(ClassLoader loader, String prefix) throws IOException {
        return ClasspathFiles.find(loader, prefix, patterns, this::included, maxFiles);
    }

    private boolean included(String rel) {
        return include.isEmpty() || include.stream().anyMatch(g -> g.matches(rel));
    }

    static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
    }

    private static String slashed(Path absolute) {
        String s = absolute.toAbsolutePath()
                .normalize()
                .toString()
                .replace(absolute.getFileSystem().getSeparator(), "/");
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private static Diagnostic skip(String label, String why) {
        return DiagnosticCodes.FILE_SKIPPED.at(label, SourceSpan.FILE, label + " " + why);
    }

    /** A path without its extension: the default id of a file. */
    public static String stem(String rel) {
        int dot = rel.lastIndexOf('.');
        return dot > rel.lastIndexOf('/') + 1 ? rel.substring(0, dot) : rel;
    }
}
