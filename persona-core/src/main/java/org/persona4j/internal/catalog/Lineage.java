package org.persona4j.internal.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.persona4j.Diagnostic;
import org.persona4j.DiagnosticCodes;
import org.persona4j.Persona;
import org.persona4j.SourceSpan;
import org.persona4j.dialect.KeyRole;

/** A persona's chain of {@code extends}, followed through a catalog. */
public final class Lineage {

    private Lineage() {}

    /**
     * {@return the persona and its ancestors, nearest first, as far as the chain can be followed} A cycle or a missing
     * ancestor ends the chain with an error diagnostic that shows it ({@code a → b → a}).
     *
     * @param persona    the persona
     * @param find       finds a persona of the catalog by id
     * @param suggestion what to suggest for an id that is not in the catalog ({@code ""} for nothing)
     * @param found      receives the diagnostics
     */
    public static List<Persona> of(
            Persona persona,
            Function<String, Optional<Persona>> find,
            Function<String, String> suggestion,
            List<Diagnostic> found) {
        List<Persona> lineage = new ArrayList<>(List.of(persona));
        List<String> chain = new ArrayList<>(List.of(persona.id()));
        Persona current = persona;
        while (current.metadata()
                .text(KeyRole.EXTENDS)
                .filter(s -> !s.isBlank())
                .isPresent()) {
            String parentId = current.metadata().text(KeyRole.EXTENDS).get().strip();
            SourceSpan at = current.metadata().span(KeyRole.EXTENDS).orElse(SourceSpan.FILE);
            if (chain.contains(parentId)) {
                chain.add(parentId);
                found.add(DiagnosticCodes.EXTENDS_CYCLE.at(
                        current.source().label(),
                        at,
                        "'extends' makes a cycle: " + String.join(" → ", chain) + "; break it"));
                break;
            }
            chain.add(parentId);
            Optional<Persona> parent = find.apply(parentId);
            if (parent.isEmpty()) {
                found.add(DiagnosticCodes.EXTENDS_MISSING.at(
                        current.source().label(),
                        at,
                        "'extends' names '"
                                + parentId + "', which is not in the catalog (" + String.join(" → ", chain) + ")"
                                + suggestion.apply(parentId)));
                break;
            }
            current = parent.get();
            lineage.add(current);
        }
        return lineage;
    }
}
