package org.persona4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.persona4j.internal.catalog.Glob;
import org.persona4j.internal.files.Walker;

/**
 * The one discovery of persona files, used by catalogs, the linter and every command. Immutable and thread-safe;
 * build it with {@link #builder()}.
 *
 * <p>What it finds, the same way for everyone:
 * <ul>
 *   <li>file kinds: {@code .md}, {@code .markdown} and {@code .mdc} files and CrewAI's {@code agents.yaml}, which
 *       covers {@code *.agent.md},
 *       {@code *.chatmode.md}, {@code *.instructions.md}, {@code *.prompt.md} and {@code SKILL.md};</li>
 *   <li>ignores with {@code .gitignore} semantics, from the patterns given here (each relative to a base
 *       directory) and from the {@code .gitignore} files of the walked tree;</li>
 *   <li>folders never entered: {@code .git}, {@code node_modules}, {@code target}, {@code build};</li>
 *   <li>regular files only: a pipe, device or socket is reported and never opened; symbolic links are skipped and
 *       reported unless {@link Builder#followLinks followed}, and then only to targets inside the root;</li>
 *   <li>at most {@link Builder#maxFiles} files per root.</li>
 * </ul>
 * A file named itself (not a directory) is always taken, whatever its name.
 */
public final class PersonaFiles {

    /** Folders a walk never enters. */
    public static final List<String> SKIPPED_FOLDERS = List.of(".git", "node_modules", "target", "build");

    private final List<IgnorePatterns> ignores;
    private final List<Glob> include;
    private final boolean gitignore;
    private final boolean followLinks;
    private final int maxFiles;
    private final boolean listIgnored;

    /** Patterns relative to a base directory, or to each root when {@code base} is {@code null}. */
    private record IgnorePatterns(Path base, List<String> patterns, boolean trusted) {}

    private PersonaFiles(Builder b) {
        this.ignores = List.copyOf(b.ignores);
        this.include = List.copyOf(b.include);
        this.gitignore = b.gitignore;
        this.followLinks = b.followLinks;
        this.maxFiles = b.maxFiles;
        this.listIgnored = b.listIgnored;
    }

    /** {@return a builder with the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the defaults: no patterns of its own, {@code .gitignore} files honoured, links not followed} */
    public static PersonaFiles defaults() {
        return builder().build();
    }

    /**
     * What was found: files in the order of the paths given, each directory's files in path order, and what was
     * skipped and why.
     *
     * @param files       the files to read
     * @param diagnostics files and folders skipped (links, pipes, loops, unreadable folders), caps reached
     * @param ignored     the files that patterns the walked tree holds left out (its {@code .gitignore} files, a
     *                    configuration found in it), when the discovery lists them ({@link Builder#listIgnored}); a
     *                    linter still checks them for what nothing in the tree may switch off
     */
    public record Found(List<PersonaFile> files, List<Diagnostic> diagnostics, List<Ignored> ignored) {
        /**
         * Checks the components and keeps unmodifiable copies of its lists.
         *
         * @param files       the files to read
         * @param diagnostics files and folders skipped (links, pipes, loops, unreadable folders), caps reached
         * @param ignored     the files that patterns the walked tree holds left out
         */
        public Found {
            files = List.copyOf(files);
            diagnostics = List.copyOf(diagnostics);
            ignored = List.copyOf(ignored);
        }

        /**
         * What was found, with no file left out by the tree's own patterns.
         *
         * @param files       the files to read
         * @param diagnostics files and folders skipped
         */
        public Found(List<PersonaFile> files, List<Diagnostic> diagnostics) {
            this(files, diagnostics, List.of());
        }
    }

    /**
     * A persona file that patterns inside the walked tree left out.
     *
     * @param file the file
     * @param by   what left it out: {@code configuration} (the ignore patterns of a configuration found in the tree)
     *             or {@code .gitignore}
     */
    public record Ignored(PersonaFile file, String by) {
        /**
         * Checks the components.
         *
         * @param file the file
         * @param by   what left it out
         */
        public Ignored {
            java.util.Objects.requireNonNull(file, "file");
            java.util.Objects.requireNonNull(by, "by");
        }
    }

    /**
     * {@return {@code true} for a name discovery takes as a persona file: {@code .md}, {@code .markdown}, {@code .mdc},
     * and a CrewAI project's {@code agents.yaml} (or {@code agents.yml})}
     *
     * @param name a file name, without folders
     */
    public static boolean isPersonaFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String file = n.substring(n.lastIndexOf('/') + 1);
        return n.endsWith(".md")
                || n.endsWith(".markdown")
                || n.endsWith(".mdc")
                || file.equals("agents.yaml")
                || file.equals("agents.yml");
    }

    /**
     * {@return the persona files of these paths: directories are walked, files are taken as named (a symbolic link to a
     * directory is walked as that directory)}
     *
     * @param paths files and directories, as the user named them
     * @throws NoSuchFileException when a path does not exist
     * @throws IOException         when a directory cannot be listed
     */
    public Found find(Collection<Path> paths) throws IOException {
        List<PersonaFile> files = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Ignored> ignored = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                Found found = directory(p);
                files.addAll(found.files());
                diagnostics.addAll(found.diagnostics());
                ignored.addAll(found.ignored());
            } else if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                Path parent = p.toAbsolutePath().getParent();
                String by = parent == null ? null : walker().ignoredOutsideWalk(parent, p);
                PersonaFile file = new PersonaFile(p, p.toString(), Walker.stem(String.valueOf(p.getFileName())), true);
                if (by == null) {
                    files.add(file);
                } else if (listIgnored && !by.equals(Walker.TRUSTED)) {
                    ignored.add(new Ignored(file, by));
                }
            } else {
                throw new NoSuchFileException(p.toString(), null, "no such file or directory");
            }
        }
        return new Found(files, diagnostics, ignored);
    }

    /**
     * {@return the persona files under a directory, in path order; ids are paths below it}
     *
     * @param root the directory to walk
     * @throws IOException when the directory cannot be listed
     */
    public Found directory(Path root) throws IOException {
        return walker().directory(Objects.requireNonNull(root, "root"));
    }

    /**
     * {@return the persona files under a class-path folder (in directories and jars alike), in path order; ids are
     * paths below it, labels {@code classpath:folder/…}}
     *
     * @param loader the class loader whose resources are searched
     * @param folder the folder, such as {@code personas}
     * @throws IOException when a location cannot be listed
     */
    public Found classpath(ClassLoader loader, String folder) throws IOException {
        return walker().classpath(Objects.requireNonNull(loader, "loader"), Objects.requireNonNull(folder, "folder"));
    }

    /**
     * {@return the bytes of a small file a person named or a search found (a configuration file), opened the way
     * persona files are: a regular file only (a pipe or device is refused without being opened), never read past
     * {@code maxBytes}}
     *
     * @param file     the file to read
     * @param maxBytes the most bytes to read; a larger file is refused
     * @throws IOException when it is not a regular file, is larger than {@code maxBytes}, or cannot be read
     */
    public static byte[] readSmallFile(Path file, int maxBytes) throws IOException {
        byte[] bytes;
        try {
            bytes = org.persona4j.internal.files.FileBytes.read(Objects.requireNonNull(file, "file"), maxBytes + 1)
                    .bytes();
        } catch (org.persona4j.internal.files.FileBytes.NotRegularFile e) {
            throw new java.nio.file.FileSystemException(file.toString(), null, e.getMessage());
        }
        if (bytes.length > maxBytes) {
            throw new java.nio.file.FileSystemException(
                    file.toString(), null, "larger than " + maxBytes + " bytes, so it was not read");
        }
        return bytes;
    }

    private Walker walker() {
        List<Walker.Patterns> patterns = ignores.stream()
                .map(i -> new Walker.Patterns(i.base(), i.patterns(), i.trusted()))
                .toList();
        return new Walker(patterns, include, gitignore, followLinks, maxFiles, listIgnored);
    }

    /** Builds {@link PersonaFiles}; every option has a safe default. */
    public static final class Builder {
        private final List<IgnorePatterns> ignores = new ArrayList<>();
        private final List<Glob> include = new ArrayList<>();
        private boolean gitignore = true;
        private boolean followLinks;
        private int maxFiles = 100_000;
        private boolean listIgnored;

        private Builder() {}

        /**
         * Ignore patterns ({@code .gitignore} syntax) relative to each directory walked.
         *
         * @param patterns ignore patterns ({@code .gitignore} syntax) relative to each directory walked
         * @return this builder
         */
        public Builder ignore(String... patterns) {
            ignores.add(new IgnorePatterns(null, List.of(patterns), true));
            return this;
        }

        /**
         * Ignore patterns ({@code .gitignore} syntax) relative to {@code base}, such as a configuration's
         * folder.
         *
         * @param base     the folder the patterns are relative to
         * @param patterns ignore patterns ({@code .gitignore} syntax)
         * @return this builder
         */
        public Builder ignore(Path base, Collection<String> patterns) {
            ignores.add(new IgnorePatterns(base.toAbsolutePath().normalize(), List.copyOf(patterns), true));
            return this;
        }

        /**
         * Ignore patterns that the walked tree itself holds, relative to {@code base}, such as those of a
         * configuration found in it: they leave files out as {@link #ignore(Path, Collection)} does, but with
         * {@link #listIgnored} the files they leave out are listed in {@link Found#ignored()}.
         *
         * @param base     the folder the patterns are relative to
         * @param patterns ignore patterns ({@code .gitignore} syntax)
         * @return this builder
         */
        public Builder ignoreUntrusted(Path base, Collection<String> patterns) {
            ignores.add(new IgnorePatterns(base.toAbsolutePath().normalize(), List.copyOf(patterns), false));
            return this;
        }

        /**
         * Whether the files that the walked tree's own patterns leave out ({@code .gitignore} files and
         * {@link #ignoreUntrusted} patterns) are listed in {@link Found#ignored()}, their folders walked to find them,
         * rather than dropped (default {@code false}). A linter lists them to check them for what nothing inside the
         * tree may switch off.
         *
         * @param value whether to list the files the tree's own patterns leave out
         * @return this builder
         */
        public Builder listIgnored(boolean value) {
            this.listIgnored = value;
            return this;
        }

        /**
         * Only files whose path below the root matches one of these globs (default: every persona file).
         *
         * @param glob only files whose path below the root matches one of these globs (default: every persona file)
         * @return this builder
         */
        public Builder include(String glob) {
            include.add(Glob.compile(glob));
            return this;
        }

        /**
         * Whether the {@code .gitignore} files of a walked tree apply (default {@code true}).
         *
         * @param value whether the {@code .gitignore} files of a walked tree apply (default {@code true})
         * @return this builder
         */
        public Builder gitignore(boolean value) {
            this.gitignore = value;
            return this;
        }

        /**
         * Follow symbolic links, to targets inside the root only (default: links are skipped and reported).
         *
         * @param value {@code true} to follow symbolic links to targets inside the root; {@code false} (the default)
         *              skips and reports them
         * @return this builder
         */
        public Builder followLinks(boolean value) {
            this.followLinks = value;
            return this;
        }

        /**
         * The most files one root may give (default 100,000); the rest are reported, not read.
         *
         * @param value the most files one root may give (default 100,000); the rest are reported, not read
         * @return this builder
         */
        public Builder maxFiles(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxFiles must be positive, was " + value);
            }
            this.maxFiles = value;
            return this;
        }

        /** {@return the PersonaFiles with what was set} */
        public PersonaFiles build() {
            return new PersonaFiles(this);
        }
    }
}
