package org.persona4j.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.persona4j.PersonaFiles;
import org.persona4j.PersonaReader;
import org.persona4j.ReadOptions;
import org.persona4j.internal.catalog.CatalogLoader;
import org.persona4j.internal.catalog.Glob;
import org.persona4j.internal.files.Walker;

/**
 * Where a catalog's personas come from and how they are read: the options of {@link PersonaCatalog.Builder}, kept
 * apart from the snapshot they build. Not public: its methods are the builder's.
 * Each option returns the builder itself, typed as {@link PersonaCatalog.Builder}, its only subclass.
 */
abstract class CatalogSources {

    final List<CatalogLoader.Root> roots = new ArrayList<>();
    final List<String> include = new ArrayList<>();
    final List<String> exclude = new ArrayList<>();
    boolean followLinks;
    boolean gitignore = true;
    int maxFiles = 100_000;
    PersonaReader reader;
    ReadOptions options = ReadOptions.defaults();
    ClassLoader loader = PersonaCatalog.class.getClassLoader();
    java.time.Duration settle = java.time.Duration.ofMillis(250);
    org.persona4j.spi.EmbeddingProvider embeddings;
    boolean discoverEmbeddings = true;

    CatalogSources() {}

    /** {@return the builder itself, for chaining} */
    abstract PersonaCatalog.Builder self();

    /**
     * Ranks text queries by meaning as well as by shared words, with this model (default: the first
     * {@link org.persona4j.spi.EmbeddingProvider} on the class path, such as {@code persona-embeddings}'s, else
     * none). Personas are embedded at the first text query, and a reload embeds only those whose text changed.
     *
     * @param value the model, or {@code null} to rank by shared words only
     * @return this builder
     */
    public PersonaCatalog.Builder embeddings(org.persona4j.spi.EmbeddingProvider value) {
        this.embeddings = value;
        this.discoverEmbeddings = false;
        return self();
    }

    /**
     * How long a changed file must rest, and read the same, before {@link PersonaCatalog#reload()} takes it in
     * place of its previous version (default 250 ms): a file being rewritten in place can look whole in a pause
     * of its writer, so a file changed more recently, or read differently by the reload before, keeps its
     * previous version until a later reload, with a {@code catalog.torn-read} failure.
     * {@link java.time.Duration#ZERO} takes every change at once.
     *
     * @param value how long a changed file must rest
     * @return this builder
     */
    public PersonaCatalog.Builder settleTime(java.time.Duration value) {
        if (Objects.requireNonNull(value, "settle").isNegative()) {
            throw new IllegalArgumentException("settleTime must not be negative, was " + value);
        }
        this.settle = value;
        return self();
    }

    /**
     * A directory, searched recursively for persona files (see {@link PersonaFiles}); ids are paths below it.
     *
     * @param dir the directory
     * @return this builder
     */
    public PersonaCatalog.Builder directory(Path dir) {
        roots.add(new CatalogLoader.Root(Objects.requireNonNull(dir, "dir"), null, null, null, null));
        return self();
    }

    /**
     * The persona files of a directory whose path below it matches a glob, such as {@code **}{@code /*.md}
     * ({@code *} within a folder, {@code **} across folders, {@code ?}, {@code [abc]}, {@code {a,b}}; a glob
     * without a {@code /} matches files directly in the directory). Unlike {@link #include(String)}, the glob
     * holds for this root only.
     *
     * @param dir  a directory, searched recursively; ids are paths below it
     * @param glob the paths below {@code dir} to take
     * @return this builder
     */
    public PersonaCatalog.Builder directory(Path dir, String glob) {
        roots.add(new CatalogLoader.Root(
                Objects.requireNonNull(dir, "dir"),
                null,
                null,
                null,
                null,
                Glob.compileAnchored(Objects.requireNonNull(glob, "glob"))));
        return self();
    }

    /**
     * A class-path folder (in a directory or a jar), such as {@code personas}; ids are paths below it. Leading
     * and trailing slashes are ignored ({@code /personas/} is {@code personas}).
     *
     * @param prefix the folder
     * @return this builder
     */
    public PersonaCatalog.Builder classpath(String prefix) {
        roots.add(new CatalogLoader.Root(
                null, Walker.classpathFolder(Objects.requireNonNull(prefix, "prefix")), null, null, null));
        return self();
    }

    /**
     * The persona files of a class-path folder (in every directory and jar that has it) whose path below it
     * matches a glob, as for {@link #directory(Path, String)}.
     *
     * @param prefix a class-path folder, such as {@code personas}; ids are paths below it
     * @param glob   the paths below the folder to take
     * @return this builder
     */
    public PersonaCatalog.Builder classpath(String prefix, String glob) {
        roots.add(new CatalogLoader.Root(
                null,
                Walker.classpathFolder(Objects.requireNonNull(prefix, "prefix")),
                null,
                null,
                null,
                Glob.compileAnchored(Objects.requireNonNull(glob, "glob"))));
        return self();
    }

    /**
     * The class loader for class-path roots (default: this library's).
     *
     * @param value the class loader for class-path roots (default: this library's)
     * @return this builder
     */
    public PersonaCatalog.Builder classLoader(ClassLoader value) {
        this.loader = Objects.requireNonNull(value, "loader");
        return self();
    }

    /**
     * A persona held in memory, as a root of its own, labelled {@code memory:ID}.
     *
     * @param id       the persona's id
     * @param markdown its text
     * @return this builder
     */
    public PersonaCatalog.Builder source(String id, String markdown) {
        roots.add(new CatalogLoader.Root(
                null, null, Objects.requireNonNull(id, "id"), Objects.requireNonNull(markdown, "markdown"), null));
        return self();
    }

    /**
     * One persona file, as a root of its own; its id is its file name without extension.
     *
     * @param file one persona file, as a root of its own; its id is its file name without extension
     * @return this builder
     */
    public PersonaCatalog.Builder file(Path file) {
        roots.add(new CatalogLoader.Root(null, null, null, null, Objects.requireNonNull(file, "file")));
        return self();
    }

    /**
     * Only files whose root-relative path matches one of these globs (default: all).
     *
     * @param glob only files whose root-relative path matches one of these globs (default: all)
     * @return this builder
     */
    public PersonaCatalog.Builder include(String glob) {
        include.add(Objects.requireNonNull(glob, "glob"));
        return self();
    }

    /**
     * No files matching this pattern ({@code .gitignore} syntax, relative to each root).
     *
     * @param pattern no files matching this pattern ({@code .gitignore} syntax, relative to each root)
     * @return this builder
     */
    public PersonaCatalog.Builder exclude(String pattern) {
        exclude.add(Objects.requireNonNull(pattern, "pattern"));
        return self();
    }

    /**
     * Follow symbolic links, to targets inside the root only (default: links are skipped and reported).
     *
     * @param value whether to follow them
     * @return this builder
     */
    public PersonaCatalog.Builder followLinks(boolean value) {
        this.followLinks = value;
        return self();
    }

    /**
     * Whether {@code .gitignore} files under a root apply (default {@code true}).
     *
     * @param value whether {@code .gitignore} files under a root apply (default {@code true})
     * @return this builder
     */
    public PersonaCatalog.Builder gitignore(boolean value) {
        this.gitignore = value;
        return self();
    }

    /**
     * The most files one root may hold (default 100,000).
     *
     * @param value the most files one root may hold (default 100,000)
     * @return this builder
     */
    public PersonaCatalog.Builder maxFiles(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("maxFiles must be positive, was " + value);
        }
        this.maxFiles = value;
        return self();
    }

    /**
     * Reading limits (default {@link ReadOptions#defaults()}); ignored when a {@link #reader} is given.
     *
     * @param value the limits
     * @return this builder
     */
    public PersonaCatalog.Builder readOptions(ReadOptions value) {
        this.options = Objects.requireNonNull(value, "options");
        return self();
    }

    /**
     * The reader to read files with (default: one built with {@link #readOptions}).
     *
     * @param value the reader to read files with (default: one built with {@link #readOptions})
     * @return this builder
     */
    public PersonaCatalog.Builder reader(PersonaReader value) {
        this.reader = Objects.requireNonNull(value, "reader");
        return self();
    }
}
