package org.persona4j.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.persona4j.internal.catalog.CatalogEntry;

/**
 * The answer to {@link PersonaCatalog#lookup}: which ids a name a person typed stands for. A name matches, in this
 * order, an exact id; else the front-matter {@code name} or {@code id} of personas; else the end of ids after a
 * {@code /} ({@code backend-engineer} finds {@code engineer/backend-engineer}). One match is found; several are
 * ambiguous; none gives at most five suggestions, the closest ids by edit distance.
 *
 * @param name        what was looked up
 * @param matches     the ids it stands for: one when found, several when ambiguous, none when unknown
 * @param suggestions when nothing matched, up to five close ids, closest first
 */
public record Lookup(String name, List<String> matches, List<String> suggestions) {

    /** The most suggestions given. */
    public static final int MAX_SUGGESTIONS = 5;

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param name        what was looked up
     * @param matches     the ids it stands for: one when found, several when ambiguous, none when unknown
     * @param suggestions when nothing matched, up to five close ids, closest first
     */
    public Lookup {
        Objects.requireNonNull(name, "name");
        matches = List.copyOf(matches);
        suggestions = List.copyOf(suggestions);
    }

    /** {@return {@code true} when the name stands for exactly one persona} */
    public boolean isFound() {
        return matches.size() == 1;
    }

    /** {@return {@code true} when the name stands for several personas} */
    public boolean isAmbiguous() {
        return matches.size() > 1;
    }

    /**
     * {@return the one id found}
     *
     * @throws java.util.NoSuchElementException with {@link #message()} when none or several matched
     */
    public String expectId() {
        if (!isFound()) {
            throw new java.util.NoSuchElementException(message());
        }
        return matches.get(0);
    }

    /** {@return what a person should read: the id found, the candidates, or the suggestions} */
    public String message() {
        if (isFound()) {
            return "'" + name + "' is " + matches.get(0);
        }
        if (isAmbiguous()) {
            return "'" + name + "' matches " + matches.size() + " personas: " + String.join(", ", matches)
                    + "; give the full id";
        }
        return "no file or persona with id '" + name + "'" + suggestionText();
    }

    /** {@return {@code "; did you mean a, b?"}, or empty when there is nothing to suggest} */
    public String suggestionText() {
        return suggestions.isEmpty() ? "" : "; did you mean " + String.join(", ", suggestions) + "?";
    }

    static Lookup of(String name, List<CatalogEntry> entries) {
        String wanted = name.strip();
        for (CatalogEntry e : entries) {
            if (e.id().equals(wanted)) {
                return new Lookup(name, List.of(e.id()), List.of());
            }
        }
        Set<String> byName = new LinkedHashSet<>();
        for (CatalogEntry e : entries) {
            if (e.metadata().name().filter(wanted::equals).isPresent()
                    || e.metadata()
                            .text(org.persona4j.dialect.KeyRole.ID)
                            .map(String::strip)
                            .filter(wanted::equals)
                            .isPresent()) {
                byName.add(e.id());
            }
        }
        if (!byName.isEmpty()) {
            return new Lookup(name, List.copyOf(byName), List.of());
        }
        List<String> bySuffix = new ArrayList<>();
        for (CatalogEntry e : entries) {
            if (e.id().endsWith("/" + wanted)) {
                bySuffix.add(e.id());
            }
        }
        if (!bySuffix.isEmpty()) {
            return new Lookup(name, bySuffix, List.of());
        }
        return new Lookup(name, List.of(), suggest(wanted, entries));
    }

    private static List<String> suggest(String wanted, List<CatalogEntry> entries) {
        String w = wanted.toLowerCase(Locale.ROOT);
        if (w.length() > 200) {
            return List.of();
        }
        record Scored(String id, int distance) {}
        List<Scored> scored = new ArrayList<>();
        for (CatalogEntry e : entries) {
            String id = e.id();
            String last = id.substring(id.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            int d = Math.min(distance(w, last), distance(w, id.toLowerCase(Locale.ROOT)));
            if (last.contains(w) || w.contains(last)) {
                d = Math.min(d, 1);
            }
            if (d <= Math.max(2, w.length() / 3)) {
                scored.add(new Scored(id, d));
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::id))
                .limit(MAX_SUGGESTIONS)
                .map(Scored::id)
                .toList();
    }

    /** Edit distance, for names of bounded length. */
    static int distance(String a, String b) {
        return b.length() > 400 ? Integer.MAX_VALUE / 2 : org.persona4j.internal.EditDistance.between(a, b);
    }
}
