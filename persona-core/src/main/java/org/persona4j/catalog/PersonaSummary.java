package org.persona4j.catalog;

import java.util.Objects;
import org.persona4j.Dialect;
import org.persona4j.PersonaMetadata;
import org.persona4j.PersonaSource;

/**
 * What a catalog knows of a persona without parsing its body: enough to list it (a menu, a server's prompt list),
 * never enough to render it. {@link PersonaCatalog#find(String)} gives the whole persona.
 *
 * @param id       its id
 * @param title    a name for people, as {@link org.persona4j.Persona#title()}
 * @param dialect  the format it was written in
 * @param metadata its front matter
 * @param source   where it was read from
 */
public record PersonaSummary(String id, String title, Dialect dialect, PersonaMetadata metadata, PersonaSource source) {

    /**
     * Checks the components.
     *
     * @param id       its id
     * @param title    a name for people
     * @param dialect  the format it was written in
     * @param metadata its front matter
     * @param source   where it was read from
     */
    public PersonaSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(source, "source");
    }
}
