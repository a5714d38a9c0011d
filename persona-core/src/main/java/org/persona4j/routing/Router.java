package org.persona4j.routing;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.persona4j.Persona;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.catalog.SearchHit;

/**
 * Picks personas for a task: the ids it would route the task to, best first. A catalog's search is one router
 * ({@link #search}); a model choosing from the personas' descriptions, as Claude Code and Copilot choose a subagent,
 * is another.
 */
@FunctionalInterface
public interface Router {

    /**
     * @param task  the task in a user's words
     * @param limit the most ids to return
     * @return ids best first, at most {@code limit}, each once
     */
    List<String> route(String task, int limit);

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
                .map(SearchHit::persona)
                .map(Persona::id)
                .toList();
    }
}
