package org.persona4j.internal.files;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
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

    /** Patterns relative to {@code base}, or to each root when {@code base} is {@code null}. */
    public record Patterns(Path base, List<String> lines) {}

    /** A file the walk visited, with the attributes it saw, ordered by path. */
    private record Candidate(Path path, BasicFileAttributes attributes) implements Comparable<Candidate> {
        @Override
        public int compareTo(Candidate other) {
            return path.compareTo(other.path);
        }
    }

    /** The largest {@code .gitignore} read; a larger one is reported and not used. */
    private static final int MAX_IGNORE_FILE = 64 * 1024;

    private final List<Patterns> patterns;
    private final List<Glob> include;
    private final boolean gitignore;
    private final boolean followLinks;
    private final int maxFiles;

    public Walker(List<Patterns> patterns, List<Glob> include, boolean gitignore, boolean followLinks, int maxFiles) {
        this.patterns = patterns;
        this.include = include;
        this.gitignore = gitignore;
        this.followLinks = followLinks;
        this.maxFiles = maxFiles;
    }

    /** The configured patterns, for a walk of {@code root} (absolute, normalised). */
    private IgnoreRules configured(Path root) {
        IgnoreRules rules = IgnoreRules.none();
        for (Patterns p : patterns) {
            rules = rules.with(slashed(p.base() != null ? p.base() : root), p.lines());
        }
        return rules;
    }

    /** Whether a file named itself is ignored by the configured patterns. */
    public boolean ignoredOutsideWalk(Path parent, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return configured(parent.toAbsolutePath().normalize()).decide(slashed(abs), false) == 1;
    }

    /** The persona files under a directory. */
    public PersonaFiles.Found directory(Path root) throws IOException {
        Path real = root.toRealPath();
        Path absRoot = root.toAbsolutePath().normalize();
        IgnoreRules configured = configured(absRoot);
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        Map<Path, IgnoreRules> gitRules = new HashMap<>();
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
                    if (ignored(configured, inherited, absRoot, rel, true)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                }
                gitRules.put(dir, gitignore ? withGitignore(inherited, dir, absRoot, rel, diagnostics) : inherited);
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
        boolean anyRules = !configured.isEmpty() || gitRules.values().stream().anyMatch(r -> !r.isEmpty());
        boolean sameRoot = real.equals(root);
        List<PersonaFile> found = new ArrayList<>();
        for (Candidate c : candidates) {
            Path p = c.path();
            String rel = relative(real, p);
            if (!PersonaFiles.isPersonaFileName(rel)
                    || bundles.isBundled(rel)
                    || !included(rel)
                    || (anyRules && ignored(configured, gitRules.get(p.getParent()), absRoot, rel, false))) {
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
            if (found.size() >= maxFiles) {
                diagnostics.add(DiagnosticCodes.FILE_TOO_MANY.at(
                        root.toString(),
                        SourceSpan.FILE,
                        "more than "
                                + maxFiles + " persona files under " + root
                                + "; the rest were not read. Raise maxFiles if "
                                + "this is intended"));
                break;
            }
            found.add(new PersonaFile(resolved, label, stem(rel), false));
        }
        return new PersonaFiles.Found(found, diagnostics);
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

    private static boolean ignored(
            IgnoreRules configured, IgnoreRules git, Path absRoot, String rel, boolean directory) {
        String abs = slashed(absRoot) + "/" + rel;
        int decision = configured.decide(abs, directory);
        if (decision >= 0) {
            return decision == 1;
        }
        return git != null && git.decide(abs, directory) == 1;
    }

    private static IgnoreRules withGitignore(
            IgnoreRules inherited, Path dir, Path absRoot, String rel, List<Diagnostic> diagnostics) {
        Path file = dir.resolve(".gitignore");
        if (!Files.isRegularFile(file)) {
            return inherited;
        }
        String label = (rel.isEmpty() ? absRoot : absRoot.resolve(rel))
                .resolve(".gitignore")
                .toString();
        try {
            byte[] bytes = FileBytes.read(file, MAX_IGNORE_FILE + 1).bytes();
            if (bytes.length > MAX_IGNORE_FILE) {
                diagnostics.add(
                        skip(label, "is larger than " + MAX_IGNORE_FILE + " bytes; its patterns were not " + "used"));
                return inherited;
            }
            String base = slashed(absRoot) + (rel.isEmpty() ? "" : "/" + rel);
            return inherited.with(
                    base, new String(bytes, StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            diagnostics.add(skip(label, "cannot be read (" + e.getMessage() + "); its patterns were not used"));
            return inherited;
        }
    }

    /** The persona files under a class-path folder, from directories and jars alike, in path order. */
    public PersonaFiles.Found classpath(ClassLoader loader, String prefix) throws IOException {
        String folder = prefix.endsWith("/") ? prefix : prefix + "/";
        List<PersonaFile> found = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        IgnoreRules configured = IgnoreRules.none();
        for (Patterns p : patterns) {
            if (p.base() == null) {
                configured = configured.with("", p.lines());
            }
        }
        for (URL url : Collections.list(loader.getResources(folder))) {
            Path base;
            try {
                URI uri = url.toURI();
                if ("jar".equals(uri.getScheme())) {
                    FileSystem fs;
                    try {
                        fs = FileSystems.newFileSystem(uri, Map.of());
                    } catch (FileSystemAlreadyExistsException e) {
                        fs = FileSystems.getFileSystem(uri);
                    }
                    base = fs.getPath(folder);
                } else {
                    base = Path.of(uri);
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                diagnostics.add(DiagnosticCodes.FILE_UNREADABLE.at(
                        "classpath:" + folder,
                        SourceSpan.FILE,
                        "class-path location " + url + " cannot be listed; skipped"));
                continue;
            }
            try (Stream<Path> walk = Files.walk(base)) {
                List<Path> all = walk.sorted().toList();
                Bundles bundles =
                        new Bundles(all.stream().map(p -> relative(base, p)).toList());
                for (Path p : all) {
                    String rel = relative(base, p);
                    if (Files.isRegularFile(p)
                            && PersonaFiles.isPersonaFileName(rel)
                            && !bundles.isBundled(rel)
                            && included(rel)
                            && configured.decide("/" + rel, false) != 1
                            && found.size() < maxFiles) {
                        found.add(new PersonaFile(p, "classpath:" + folder + rel, stem(rel), false));
                    }
                }
            }
        }
        return new PersonaFiles.Found(found, diagnostics);
    }

    private boolean included(String rel) {
        return include.isEmpty() || include.stream().anyMatch(g -> g.matches(rel));
    }

    private static String relative(Path root, Path p) {
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
