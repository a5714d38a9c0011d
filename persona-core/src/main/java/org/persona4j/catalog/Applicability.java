package org.persona4j.catalog;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.persona4j.Persona;
import org.persona4j.PersonaMetadata;
import org.persona4j.internal.catalog.Scopes;

/**
 * Why a persona applies to a file, as its dialect's tool decides ({@link org.persona4j.dialect.Scope}): an
 * AGENTS.md, CLAUDE.md or GEMINI.md in a folder above the file; a file pattern that matches it (Copilot's
 * {@code applyTo}, Cursor's {@code globs}, Claude's {@code paths}, AI-LEY's {@code applyTo}); a rule that always
 * applies; the repository's instructions. {@link #PRECEDENCE} orders them the way the tools give precedence: the
 * more specific first.
 *
 * @param kind   what made it apply
 * @param depth  how many folders deep the folder is that scopes it (0 at the root): a nearer file is more specific
 * @param reason why, in a sentence for {@code --explain}
 */
public record Applicability(Kind kind, int depth, String reason) {

    /** What makes a persona apply to a file. */
    public enum Kind {
        /** A file pattern of its own matched the file. */
        PATTERN,
        /** It lies in a folder above the file and applies to everything below (AGENTS.md and its kin). */
        FOLDER,
        /** It applies to every file: {@code alwaysApply: true}, a Claude rule without paths, a scope word. */
        ALWAYS,
        /** It is the repository's instructions ({@code .github/copilot-instructions.md}). */
        REPOSITORY
    }

    /**
     * Checks the components.
     *
     * @param kind   what made it apply
     * @param depth  how many folders deep the folder is that scopes it
     * @param reason why, in a sentence
     */
    public Applicability {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        if (depth < 0) {
            throw new IllegalArgumentException("depth must not be negative, was " + depth);
        }
    }

    /**
     * The order of precedence: the deeper folder first (a nearer AGENTS.md over one above it, a nested folder's rules
     * over the root's), then, at one depth, what names the file most closely: a pattern, the folder, always, the
     * repository.
     */
    public static final Comparator<Applicability> PRECEDENCE =
            Comparator.comparingInt(Applicability::depth).reversed().thenComparing(Applicability::kind);

    /**
     * {@return why a persona applies to a file, or empty when it does not} The folder it is in comes from its id,
     * which is its path below the catalog's root unless its front matter names another.
     *
     * @param persona the persona
     * @param file    a path relative to the catalog's root, such as {@code src/Main.java}
     */
    public static Optional<Applicability> of(Persona persona, Path file) {
        return of(persona.id(), persona.metadata(), file);
    }

    /**
     * {@return why a persona with this id and front matter applies to a file, or empty when it does not}
     *
     * @param id       the persona's id: its path below the catalog's root without its extension
     * @param metadata its front matter, whose dialect's table says how it applies
     * @param file     a path relative to the catalog's root
     */
    public static Optional<Applicability> of(String id, PersonaMetadata metadata, Path file) {
        return Scopes.applies(id, metadata, Objects.requireNonNull(file, "file"));
    }

    /**
     * {@return personas ordered by their precedence for a file, the strongest first; those that do not apply last, by
     * id}
     *
     * @param file a path relative to the catalog's root
     */
    public static Comparator<Persona> precedence(Path file) {
        Objects.requireNonNull(file, "file");
        Comparator<Optional<Applicability>> present = Comparator.comparing(o -> o.isEmpty());
        // Each persona's applicability once, not once per comparison: deciding it may compile globs.
        java.util.Map<Persona, Optional<Applicability>> decided =
                java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
        return Comparator.<Persona, Optional<Applicability>>comparing(
                        p -> decided.computeIfAbsent(p, q -> of(q, file)),
                        present.thenComparing(o -> o.orElse(null), Comparator.nullsLast(PRECEDENCE)))
                .thenComparing(Persona::id);
    }
}
