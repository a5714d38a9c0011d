package org.persona4j.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.persona4j.Dialect;

/**
 * What one dialect is, as its vendor's tool reads it: the table every reader, writer, converter, lint rule and
 * schema of persona4j derives from. {@link Dialect#spec()} gives a dialect's.
 *
 * @param dialect      the dialect
 * @param displayName  its name for people: {@code Claude Code subagent}
 * @param names        the names commands accept for it, shortest first: {@code claude}, {@code claude-subagent}
 * @param lifecycle    whether the vendor still documents it
 * @param replacement  the dialect to write instead when it is retired or deprecated; itself otherwise
 * @param syntax       how the tool reads its front matter
 * @param frontMatterOptional whether the tool uses a file without front matter as it is (a Claude Code rule loads at
 *                     start, a command runs its body), so that none is no finding; a Cursor rule without one is never
 *                     applied on its own
 * @param keys         its front-matter keys, in the order its files usually write them
 * @param files        which files are its, and how they are named
 * @param scope        which files of a repository it applies to
 * @param placeholders the placeholders its tool fills
 * @param tools        the tool names its tool knows
 * @param models       how its tool names models
 * @param maxBodyChars the most characters of the body the tool reads, or 0 when it sets no limit
 * @param sectionKeys  keys whose text is the persona's body, each a section headed by the key's name with a capital
 *                     ({@code role} is the section {@code Role}), in order; for dialects with no Markdown body
 * @param sources      the vendor documentation the table comes from
 * @param notes        how the tool reads its files, in a few sentences, where that is not evident from the rest
 */
public record DialectSpec(
        Dialect dialect,
        String displayName,
        List<String> names,
        Lifecycle lifecycle,
        Dialect replacement,
        FrontMatterSyntax syntax,
        boolean frontMatterOptional,
        List<KeySpec> keys,
        FileRules files,
        Scope scope,
        Placeholders placeholders,
        ToolVocabulary tools,
        ModelVocabulary models,
        int maxBodyChars,
        List<String> sectionKeys,
        List<DocSource> sources,
        String notes) {

    /**
     * Checks the components and keeps unmodifiable copies of the lists.
     *
     * @param dialect      the dialect
     * @param displayName  its name for people
     * @param names        the names commands accept for it
     * @param lifecycle    whether the vendor still documents it
     * @param replacement  the dialect to write instead when it is retired or deprecated
     * @param syntax       how the tool reads its front matter
     * @param frontMatterOptional whether the tool uses a file without front matter as it is
     * @param keys         its front-matter keys
     * @param files        which files are its
     * @param scope        which files of a repository it applies to
     * @param placeholders the placeholders its tool fills
     * @param tools        the tool names its tool knows
     * @param models       how its tool names models
     * @param maxBodyChars the most characters of the body the tool reads, or 0 when it sets no limit
     * @param sectionKeys  keys whose text is the persona's body, each a section headed by the key's name
     * @param sources      the vendor documentation the table comes from
     * @param notes        how the tool reads its files
     */
    public DialectSpec {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(displayName, "displayName");
        names = List.copyOf(names);
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(replacement, "replacement");
        Objects.requireNonNull(syntax, "syntax");
        keys = List.copyOf(keys);
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(placeholders, "placeholders");
        Objects.requireNonNull(tools, "tools");
        Objects.requireNonNull(models, "models");
        sectionKeys = List.copyOf(sectionKeys);
        sources = List.copyOf(sources);
        Objects.requireNonNull(notes, "notes");
        if (names.isEmpty()) {
            throw new IllegalArgumentException(dialect + " has no name");
        }
        List<String> seen = new ArrayList<>();
        for (KeySpec k : keys) {
            if (seen.contains(k.name())) {
                throw new IllegalArgumentException(dialect + " defines '" + k.name() + "' twice");
            }
            seen.add(k.name());
            if (k.type() == KeyType.ENUM && k.values().isEmpty()) {
                throw new IllegalArgumentException(dialect + "'s enum key '" + k.name() + "' lists no values");
            }
        }
    }

    /**
     * {@return the key of this name, if the dialect defines it}
     *
     * @param name a front-matter key
     */
    public Optional<KeySpec> key(String name) {
        for (KeySpec k : keys) {
            if (k.name().equals(name)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the first key with this role, if the dialect has one}
     *
     * @param role what the key means
     */
    public Optional<KeySpec> keyFor(KeyRole role) {
        for (KeySpec k : keys) {
            if (k.role() == role && k.status() != Lifecycle.RETIRED) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** {@return the names of its keys, in order} */
    public List<String> keyNames() {
        return KeySpec.names(keys);
    }

    /** {@return its required keys, in order} */
    public List<KeySpec> requiredKeys() {
        return keys.stream().filter(k -> k.presence() == Presence.REQUIRED).toList();
    }

    /**
     * {@return the heading of the section a {@link #sectionKeys()} key's text makes: the key with a capital}
     *
     * @param key one of {@link #sectionKeys()}
     */
    public static String sectionHeading(String key) {
        return key.isEmpty() ? key : Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    /** {@return the short name commands accept for it, such as {@code claude}} */
    public String shortName() {
        return names.get(0);
    }

    /** {@return whether files of this dialect have front matter at all} */
    public boolean hasFrontMatter() {
        return syntax != FrontMatterSyntax.NONE;
    }
}
