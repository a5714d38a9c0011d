package org.persona4j.routing;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.persona4j.catalog.PersonaCatalog;

/**
 * Picks personas for a task: the personas it would route the task to, best first. A catalog's search is one router
 * ({@link #search}); a model choosing from the personas' descriptions, as Claude Code and Copilot choose a subagent,
 * is another.
 */
@FunctionalInterface
public interface Router {

    /**
     * @param task  the task in a user's words
     * @param limit the most picks to return
     * @return picks best first, at most {@code limit}, each id once
     */
    List<Pick> route(String task, int limit);

    /**
     * One choice of a router: a persona, and its twins (personas of mostly the same text that the router showed as
     * one choice with it); the choice is right when any of them is expected.
     *
     * @param id    the persona picked
     * @param twins the ids folded into the pick
     */
    record Pick(String id, List<String> twins) {
        /**
         * Keeps an unmodifiable copy of the twins.
         *
         * @param id    the persona picked
         * @param twins the ids folded into the pick
         */
        public Pick {
            Objects.requireNonNull(id, "id");
            twins = List.copyOf(twins);
        }

        /**
         * {@return a pick without twins}
         *
         * @param id the persona picked
         */
        public static Pick of(String id) {
            return new Pick(id, List.of());
        }

        /**
         * {@return whether this pick is, or has as a twin, one of the ids}
         *
         * @param ids the ids to look for
         */
        public boolean isAny(java.util.Collection<String> ids) {
            return ids.contains(id) || twins.stream().anyMatch(ids::contains);
        }
    }

    /**
     * {@return the catalog's search ({@code query().text(task)}), the ranking of {@code persona query --text}}
     *
     * @param catalog the catalog to search
     */
    static Router search(PersonaCatalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        return search(() -> catalog);
    }

    /**
     * {@return the search of the catalog's current snapshot at each task}
     *
     * @param catalog gives the snapshot to search, such as {@code catalogs::current}
     */
    static Router search(Supplier<PersonaCatalog> catalog) {
        Objects.requireNonNull(catalog, "catalog");
        return (task, limit) -> catalog.get().query().text(task).limit(limit).hits().stream()
                .map(h -> new Pick(h.persona().id(), h.twins()))
                .toList();
    }
}
