package org.persona4j.validation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.persona4j.Dialect;
import org.persona4j.model.SectionKind;

/**
 * What a persona is expected to look like: its section layout, whether the order matters, and the front-matter
 * keys it may use.
 *
 * @param name      how configuration and {@code --profile} refer to it
 * @param layout    the sections expected, in order
 * @param ordered   whether sections out of the layout's order are reported
 * @param knownKeys the front-matter keys that are not reported as unknown
 */
public record Profile(String name, Layout layout, boolean ordered, Set<String> knownKeys) {

    /** AI-LEY's keys, persona4j's own included. */
    private static final List<String> COMMON_KEYS = Dialect.AI_LEY.keys();

    /** The ten-section layout of the reference persona, in order, with the twelve reference keys. */
    public static final Profile REFERENCE = new Profile("reference", Layout.REFERENCE, true, Set.copyOf(COMMON_KEYS));

    /** The "technical" ten-section layout ({@code Agent Identity & Technical Focus} … {@code Metadata}). */
    public static final Profile TECHNICAL = new Profile(
            "technical",
            new Layout(
                    "technical",
                    List.of(
                            SectionKind.ROLE_SUMMARY,
                            SectionKind.DIRECTIVES,
                            SectionKind.GOALS,
                            SectionKind.KNOWLEDGE,
                            SectionKind.INTERACTION,
                            SectionKind.DIRECTIVES,
                            SectionKind.EXAMPLES,
                            SectionKind.CONSTRAINTS,
                            SectionKind.TEMPLATES,
                            SectionKind.METADATA)),
            true,
            Set.copyOf(COMMON_KEYS));

    /** Any sections in any order, and the keys of every dialect. */
    public static final Profile PERMISSIVE = new Profile("permissive", Layout.PERMISSIVE, false, everyDialectsKeys());

    private static Set<String> everyDialectsKeys() {
        Set<String> keys = new java.util.LinkedHashSet<>();
        for (Dialect d : Dialect.values()) {
            keys.addAll(d.keys());
        }
        return keys;
    }

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param name      how configuration and {@code --profile} refer to it
     * @param layout    the sections expected, in order
     * @param ordered   whether sections out of the layout's order are reported
     * @param knownKeys the front-matter keys that are not reported as unknown
     */
    public Profile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(layout, "layout");
        knownKeys = Set.copyOf(knownKeys);
    }

    /**
     * {@return the profile chosen automatically for a persona of another dialect than AI-LEY's: no layout (its tool
     * reads the body as free text), and the keys its vendor documents, with persona4j's own (so none of them is
     * reported as unknown)}
     *
     * @param dialect the persona's dialect
     */
    public static Profile forDialect(Dialect dialect) {
        return new Profile(
                dialect.spec().names().isEmpty()
                        ? dialect.name().toLowerCase(Locale.ROOT).replace('_', '-')
                        : dialect.spec().names().get(0),
                Layout.NONE,
                false,
                Set.copyOf(dialect.keys()));
    }

    /**
     * {@return this profile applied to a persona of a dialect: its layout and order, and the keys it knows with those
     * the dialect's vendor documents, so that a documented key is never unknown}
     *
     * @param dialect the persona's dialect
     */
    public Profile forFilesOf(Dialect dialect) {
        Set<String> keys = new java.util.HashSet<>(knownKeys);
        keys.addAll(dialect.keys());
        return new Profile(name, layout, ordered, keys);
    }

    /** {@return the built-in profiles} */
    public static List<Profile> builtIn() {
        return List.of(REFERENCE, TECHNICAL, PERMISSIVE);
    }

    /**
     * {@return a built-in profile by name, ignoring case}
     *
     * @param name {@code reference}, {@code technical} or {@code permissive}
     * @throws IllegalArgumentException naming the profiles there are
     */
    public static Profile named(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return builtIn().stream()
                .filter(p -> p.name().equals(n))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown profile '" + name + "'; use reference, technical or permissive"));
    }
}
