package org.persona4j.internal.catalog;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.persona4j.Diagnostic;
import org.persona4j.Severity;
import org.persona4j.SourceSpan;

/**
 * Finds the files of a catalog root, applying the file-system rules of SECURITY.md: regular files only (a FIFO is
 * never opened), symbolic links not followed unless asked, and then only to targets whose real path stays under the
 * root, and a cap on the number of files.
 */
public final class CatalogSources {

    /** Codes of the diagnostics loading a catalog can produce. */
    public static final String SKIPPED = "catalog.skipped";
    public static final String TOO_MANY_FILES = "catalog.too-many-files";
    public static final String UNREADABLE = "catalog.unreadable";

    private static final Set<String> SKIPPED_DIRS = Set.of(".git", "node_modules", "target", "build");

    /** A file to read: where it is, what to call it, and its id unless its front matter names one. */
    public record Found(Path path, String label, String id) {
    }

    private CatalogSources() {
    }

    /**
     * The Markdown files under a directory, in path order.
     *
     * @param include globs a file's root-relative path must match (any), or empty for all {@code .md} files
     * @param exclude globs that exclude a file
     */
    public static List<Found> directory(Path root, List<Glob> include, List<Glob> exclude, boolean followLinks,
            int maxFiles, List<Diagnostic> diagnostics) throws IOException {
        Path realRoot = root.toRealPath();
        List<Path> candidates = new ArrayList<>();
        // What the walk already knows of each file, so that checking them costs no more system calls.
        Map<Path, BasicFileAttributes> attributes = new java.util.HashMap<>();
        Set<FileVisitOption> options = followLinks ? Set.of(FileVisitOption.FOLLOW_LINKS) : Set.of();
        Files.walkFileTree(root, options, Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String rel = relative(root, dir);
                return !rel.isEmpty() && inSkippedDir(rel) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                candidates.add(file);
                attributes.put(file, attrs);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                String why = e instanceof FileSystemLoopException ? "is a symbolic link loop; skipped"
                        : "cannot be read (" + e.getMessage() + "); skipped";
                diagnostics.add(skip(file.toString(), why));
                return FileVisitResult.CONTINUE;
            }
        });
        candidates.sort(null);
        List<Found> found = new ArrayList<>();
        for (Path p : candidates) {
            String rel = relative(root, p);
            if (!isMarkdown(rel) || !included(rel, include, exclude)) {
                continue;
            }
            // Without FOLLOW_LINKS the walk's attributes are the link's own; with it, the target's.
            BasicFileAttributes attrs = attributes.get(p);
            if (!followLinks && attrs != null && attrs.isSymbolicLink()) {
                diagnostics.add(skip(p.toString(), "is a symbolic link, which is not followed; enable following "
                        + "links, or copy the file"));
                continue;
            }
            if (attrs == null || !attrs.isRegularFile()) {
                diagnostics.add(skip(p.toString(), "is not a regular file (a pipe, device or socket); skipped"));
                continue;
            }
            if (followLinks && !p.toRealPath().startsWith(realRoot)) {
                diagnostics.add(skip(p.toString(), "resolves outside the catalog root; skipped"));
                continue;
            }
            if (found.size() >= maxFiles) {
                diagnostics.add(new Diagnostic(Severity.ERROR, TOO_MANY_FILES, "more than " + maxFiles
                        + " persona files under " + root + "; the rest were not loaded. Raise the cap if this is "
                        + "intended", root.toString(), SourceSpan.FILE));
                break;
            }
            found.add(new Found(p, p.toString(), stem(rel)));
        }
        return found;
    }

    /**
     * The bytes of a file, but no more than {@code cap}: sized from the open file, as {@code Files.readAllBytes}
     * does, so a file is read with one allocation; one that grows while it is read is still cut at {@code cap}.
     */
    public static byte[] readAtMost(Path file, int cap) throws IOException {
        try (java.nio.channels.SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            byte[] bytes = new byte[(int) Math.min(cap, Math.max(0, size))];
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // read until the buffer is full or the file ends
            }
            if (buffer.hasRemaining()) {
                return java.util.Arrays.copyOf(bytes, buffer.position()); // it shrank while being read
            }
            if (bytes.length == cap) {
                return bytes;
            }
            byte[] more = java.nio.channels.Channels.newInputStream(channel).readNBytes(cap - bytes.length);
            if (more.length == 0) {
                return bytes;
            }
            byte[] all = java.util.Arrays.copyOf(bytes, bytes.length + more.length); // it grew while being read
            System.arraycopy(more, 0, all, bytes.length, more.length);
            return all;
        }
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
    }

    /** The Markdown files under a class-path folder, from directories and jars alike, in path order. */
    public static List<Found> classpath(ClassLoader loader, String prefix, int maxFiles, List<Diagnostic> diagnostics)
            throws IOException {
        String folder = prefix.endsWith("/") ? prefix : prefix + "/";
        List<Found> found = new ArrayList<>();
        Enumeration<URL> urls = loader.getResources(folder);
        for (URL url : Collections.list(urls)) {
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
                diagnostics.add(new Diagnostic(Severity.WARNING, UNREADABLE, "class-path location " + url
                        + " cannot be listed; skipped", "classpath:" + folder, SourceSpan.FILE));
                continue;
            }
            try (Stream<Path> walk = Files.walk(base)) {
                for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                    String rel = base.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
                    if (Files.isRegularFile(p) && isMarkdown(rel) && found.size() < maxFiles) {
                        found.add(new Found(p, "classpath:" + folder + rel, stem(rel)));
                    }
                }
            }
        }
        return found;
    }

    static boolean isMarkdown(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".markdown");
    }

    private static boolean included(String rel, List<Glob> include, List<Glob> exclude) {
        if (exclude.stream().anyMatch(g -> g.matches(rel))) {
            return false;
        }
        return include.isEmpty() || include.stream().anyMatch(g -> g.matches(rel));
    }

    private static boolean inSkippedDir(String rel) {
        for (String part : rel.split("/")) {
            if (SKIPPED_DIRS.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static Diagnostic skip(String label, String why) {
        return new Diagnostic(Severity.WARNING, SKIPPED, label + " " + why, label, SourceSpan.FILE);
    }

    static String stem(String rel) {
        int dot = rel.lastIndexOf('.');
        return dot > rel.lastIndexOf('/') + 1 ? rel.substring(0, dot) : rel;
    }
}
